import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.ts';

describe('the bench’s options', () => {
	it('measures builds unless --dev asks for the dev servers, three edits by default', () => {
		expect(parseOptions([])).toMatchObject({ dev: false, edits: 3, articles: 1000, runs: 3 });
		expect(parseOptions(['--dev', '--edits', '5', '--peers'])).toMatchObject({
			dev: true,
			edits: 5,
			peers: true,
		});
	});

	it('stops on an impossible number of edits, or a profile of dev servers, saying what it expected', () => {
		expect(() => parseOptions(['--dev', '--edits', '0'])).toThrow(
			'--edits: expected a whole number of at least 1, found "0"',
		);
		expect(() => parseOptions(['--dev', '--profile'])).toThrow(
			'--profile profiles a build, not the dev servers of --dev',
		);
	});
});
