import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

/**
 * The addresses of the first three results on /search/, each result's own and its sections', without
 * highlight parameters. The query is typed into the one search page, as a reader refines a search:
 * loading the page for each query cost Chromium more than the search (search.test.ts follows ?q=).
 */
async function firstThree(query: string): Promise<string[]> {
	const { page } = site;
	if (!page.url().startsWith(`${site.url}/search/`)) await page.goto(`${site.url}/search/`);
	// Emptied first, so that a query typed twice is searched again. The search page marks each search
	// it renders and then writes its query into the address (src/lib/search/controller.ts): a mark
	// with this query in the address is this query's results, whatever searches ran before it.
	await page.evaluate(() => performance.clearMeasures('search'));
	await page.fill('#search-page-input', '');
	await page.fill('#search-page-input', query);
	await page.waitForFunction(
		(typed) =>
			performance.getEntriesByName('search').length > 0 &&
			new URLSearchParams(location.search).get('q') === typed,
		query,
	);
	const hrefs = await page
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
		// What the papers say, and figures as readers type them.
		['SSRI', '/articles/self-love-mdma-therapy/#prior-treatment-failure'],
		['9.4%', '/articles/self-love-mdma-therapy/#safety-not-established'],
		// Other names, from the glossary, added to the index.
		['side effects', '/outcomes/adverse-events/'],
		['self-compassion', '/outcomes/scs/'],
		['remission', '/outcomes/caps-5-remission/'],
	])('"%s" finds %s among the first three results', async (query, expected) => {
		expect(await firstThree(query)).toContain(expected);
	});

	// The page whose title is the query comes first; a page range or volume never outranks a figure.
	it.each([
		['CAPS-5', '/outcomes/caps-5/'],
		['MAPP2', '/trials/mapp2/'],
		['67%', '/articles/healing-trauma-explained/'],
		['side effects', '/outcomes/adverse-events/'],
		['Source checks', '/checks/'],
		['Findings', '/findings/'],
	])('"%s" has %s first', async (query, expected) => {
		expect((await firstThree(query))[0]).toBe(expected);
	});

	it('"d = 0.91" finds a claim carrying that figure among the first three results', async () => {
		// Four summaries carry MAPP1's d = 0.91 on a claim, with equal scores; any of them will do.
		const claims = [
			'/articles/healing-trauma-explained/#symptom-reduction',
			'/articles/self-love-mdma-therapy/#symptom-reduction',
			'/articles/numinous-self-compassion/#phase-3-promise',
			'/articles/trialfind-self-compassion/#phase-3-symptom-reduction',
		];
		expect((await firstThree('d = 0.91')).filter((href) => claims.includes(href))).not.toEqual([]);
	});

	it('ranks no page by a bibliographic locator: "67%" does not find the page range 672–681', async () => {
		expect(await firstThree('67%')).not.toContain('/references/shahrour-2024/');
	});
});
