import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

/** The addresses of the first three results on /search/, each result's own and its sections', without highlight parameters. */
async function firstThree(query: string): Promise<string[]> {
	await site.page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
	await site.page
		.locator('.search-layout [role=status]')
		.filter({ hasText: /result/ })
		.waitFor();
	const hrefs = await site.page
		.locator('.search-layout .result')
		.evaluateAll((results) =>
			results
				.slice(0, 3)
				.flatMap((result) =>
					[...result.querySelectorAll('.result-title a, .result-sections a')].map((a) =>
						a.getAttribute('href')!,
					),
				),
		);
	return hrefs.map((href) => href.replace(/\?[^#]*/, ''));
}

// Queries a reader would type, each with the page or claim that must be among the first three results.
describe('search relevance', () => {
	it.each([
		['67%', '/articles/healing-trauma-explained/#phase-3-diagnosis'],
		['remission', '/articles/meta-analysis-explainer/#remission-ratio'],
		['placebo group', '/articles/healing-trauma-explained/#phase-3-diagnosis'],
		['ecstasy', '/glossary/#mdma'],
		['molly', '/glossary/#mdma'],
		['Nature Medicine', '/references/mitchell-2021/'],
		['CAPS-5', '/outcomes/caps-5/'],
		['MAPP2', '/trials/mapp2/'],
		['self-judgment', '/outcomes/scs-ucs/'],
		['complete response letter', '/glossary/#complete-response-letter'],
		['functional unblinding', '/glossary/#functional-unblinding'],
		['Cohen’s d', '/glossary/#cohens-d'],
	])('"%s" finds %s among the first three results', async (query, expected) => {
		expect(await firstThree(query)).toContain(expected);
	});
});
