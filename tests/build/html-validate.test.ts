import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { PAGED_DIST } from '../setup/paths.ts';
import { fileFor, sitemapPaths } from './site.ts';

const validator = new HtmlValidate(
	new StaticConfigLoader({
		extends: ['html-validate:recommended'],
		rules: {
			// Article titles may have up to 120 characters (src/schemas/article.ts), then " · evidence-digest";
			// search engines shorten long titles themselves.
			'long-title': ['error', { maxlength: 140 }],
		},
	}),
);

async function problems(
	report: Promise<{
		results: { messages: { ruleId: string; message: string; selector: string | null }[] }[];
	}>,
): Promise<string[]> {
	return (await report).results.flatMap((result) =>
		result.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector})`),
	);
}

describe('html-validate', () => {
	it.each([...sitemapPaths(), '/404.html'])('finds nothing wrong in %s', async (path) => {
		expect(await problems(validator.validateFile(fileFor(path)))).toEqual([]);
	});

	// The real content fits on one page of every list; the synthetic corpus shows the pages and their navigation.
	it.each(['/', '/articles/2/', '/findings/2/', '/checks/2/'])(
		'finds nothing wrong in %s of a list longer than one page',
		async (path) => {
			expect(await problems(validator.validateFile(join(PAGED_DIST, path, 'index.html')))).toEqual(
				[],
			);
		},
	);

	it('reports duplicate ids and images without text, so a clean run means something', async () => {
		const page =
			'<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><p id="a">x</p><p id="a">y</p><img src="/x.png"></main></body></html>';
		expect(
			(await problems(validator.validateString(page))).map((line) => line.split(':')[0]),
		).toEqual(['no-dup-id', 'wcag/h37']);
	});
});
