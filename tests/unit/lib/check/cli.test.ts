import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_CASES, FIXTURE, brokenCopy, removeCopy } from '../../cases/content-cases.ts';

const CLI = fileURLToPath(new URL('../../../../src/lib/check/cli.ts', import.meta.url));
const check = (dir: string) =>
	spawnSync(process.execPath, [CLI], {
		env: { ...process.env, CONTENT_DIR: dir },
		encoding: 'utf8',
	});
const pick = (...names: string[]) => CONTENT_CASES.filter((c) => names.includes(c.name));

describe('npm run check', () => {
	const dir = brokenCopy(
		...pick(
			'a CI that does not contain the estimate',
			'a <script> element',
			'an unknown trial id',
			'a DOI written doi:',
		),
	);
	afterAll(() => removeCopy(dir));

	it('prints every problem at once, grouped under its file, and exits 1', () => {
		const result = check(dir);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^3 content problems stopped the build:\n\n/);
		expect(result.stderr).toMatch(
			/articles\/tiny-summary\.mdx\n {2}claims\.0\.effect\.ci: expected an interval .*\n {2}body \(line 43\): expected no <script> element/,
		);
		expect(result.stderr).toMatch(
			/references\/doe-2021\.json\n {2}study\.trial: expected the id of a file in content\/trials\/, found "trial-two"; did you mean "trial-one"\?/,
		);
		expect(result.stderr).toContain(
			'  warning: DOI: expected a bare DOI, found "doi:10.1234/trial.2021"; it was read as "10.1234/trial.2021"',
		);
	});

	it('passes valid content with a one-line summary and exits 0', () => {
		const result = check(FIXTURE);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(
			'content ok: 1 articles, 2 claims, 3 references, 1 trials, 2 outcomes, 2 events; 0 warnings\n',
		);
	});
});
