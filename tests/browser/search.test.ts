import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PAGED_DIST } from '../setup/paths.ts';
import { axeViolations } from './axe.ts';
import { reuseTab, serveBuild, useSite } from './harness.ts';

const site = useSite();
let page: Page;
// Each test navigates the file's one tab afresh (harness.ts); a test that routes requests or
// listens to them undoes that itself.
beforeEach(async () => {
	page = await reuseTab(site);
});

const results = () => page.locator('.search-layout .result');
async function searchPage(query: string): Promise<string[]> {
	await page.goto(`${site.url}/search/?${query}`);
	await page
		.locator('.search-layout [role=status]')
		.filter({ hasText: /result/ })
		.waitFor();
	return results()
		.locator('.result-title a, .result-sections a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

describe('searching from /search/', () => {
	it.each([
		['67%', '/articles/healing-trauma-explained/?highlight=67%25#phase-3-diagnosis'],
		['remission', '/articles/meta-analysis-explainer/?highlight=remission#remission-ratio'],
		['Nature Medicine', '/references/mitchell-2021/?highlight=Nature&highlight=Medicine'],
		// The scale's page defines all six subscales; after the December content changes the UCS page ranks sixth, just outside the first five.
		['self-judgment', '/outcomes/scs/?highlight=self-judgment'],
		['meta-analysis', '/references/shahrour-2024/?highlight=meta-analysis'],
		['SSRI', '/articles/self-love-mdma-therapy/?highlight=SSRI#prior-treatment-failure'],
		[
			'author order',
			'/articles/self-love-mdma-therapy/?highlight=author&highlight=order#author-order',
		],
	])('finds "%s" at %s', async (query, expected) => {
		const hrefs = await searchPage(`q=${encodeURIComponent(query)}`);
		expect(hrefs.slice(0, 8)).toContain(expected);
	});

	it('shows a claim as a section of its summary, with its check status and its effect in the excerpt', async () => {
		await searchPage('q=67%25');
		const summary = results().filter({ has: page.locator('a[href*="#phase-3-diagnosis"]') });
		expect(await summary.locator('.result-meta').innerText()).toBe('Summary · Wix blog');
		const claim = summary
			.locator('.result-sections li')
			.filter({ has: page.locator('a[href*="#phase-3-diagnosis"]') });
		expect(await claim.locator('.result-status').innerText()).toBe(
			'Not verified against the paper',
		);
		expect(await claim.locator('.result-excerpt').innerText()).toContain('67%');
		expect(await claim.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
	});

	it.each(['Norway', 'Brazil', 'ketamine'])(
		'says there is nothing for "%s" rather than showing results for a prefix of it',
		async (query) => {
			await page.goto(`${site.url}/search/?q=${query}`);
			await page
				.locator('.search-layout [role=status]')
				.filter({ hasText: /^No results for/ })
				.waitFor();
			expect(await page.locator('.search-layout [role=status]').innerText()).toBe(
				`No results for “${query}”.`,
			);
			expect(await results().count()).toBe(0);
		},
	);

	it('shows the first ten results, and ten more on request', async () => {
		await searchPage('q=therapy');
		expect(await results().count()).toBe(10);
		const status = await page.locator('.search-layout [role=status]').innerText();
		expect(status).toMatch(/^\d+ results, showing the first 10\.$/);
		const total = Number(status.split(' ')[0]);
		await page.getByRole('button', { name: 'Show more results' }).click();
		await expect.poll(() => results().count(), { timeout: 10_000 }).toBe(Math.min(total, 20));
	});

	it('narrows results with a filter and keeps it in the address', async () => {
		const all = (await searchPage('q=therapy')).length;
		await page.getByRole('checkbox', { name: /Differs from the paper/ }).check();
		await expect.poll(() => page.url()).toContain('status=Differs+from+the+paper');
		await expect.poll(async () => (await results().count()) < all).toBe(true);
		for (const status of await results().locator('.result-status').allInnerTexts())
			expect(status).toBe('Differs from the paper');
	});

	it('browses by filter with no query: each summary lists its discrepant claims, linked to their anchors', async () => {
		await searchPage('status=Differs+from+the+paper');
		const statuses = await results().locator('.result-status').allInnerTexts();
		expect(statuses.length).toBeGreaterThan(3);
		expect(new Set(statuses)).toEqual(new Set(['Differs from the paper']));
		for (const href of await results()
			.locator('.result-sections a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
			expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/);
		expect(await page.getByRole('checkbox', { name: /Differs from the paper/ }).isChecked()).toBe(
			true,
		);
	});

	it('names a linked filter value the index does not have and shows every result for the query', async () => {
		await page.goto(`${site.url}/search/?q=mdma&status=bogus`);
		const status = page.locator('.search-layout [role=status]');
		await status.filter({ hasText: /result/ }).waitFor();
		expect(await status.innerText()).toMatch(
			/^No summaries with status “bogus”; showing every result for mdma: \d+ results/,
		);
		expect(await results().count()).toBeGreaterThan(3);
		expect(await page.locator('fieldset input:checked').count()).toBe(0);
	});

	it('combines repeated values of one filter from a link', async () => {
		const one = async (value: string) =>
			(await searchPage(`status=${value}`)).filter((href) => !href.includes('#')).length;
		const differs = await one('Differs+from+the+paper');
		const unverified = await one('Not+verified+against+the+paper');
		await searchPage('status=Differs+from+the+paper&status=Not+verified+against+the+paper');
		const both = await results().count();
		expect(both).toBeGreaterThanOrEqual(Math.max(differs, unverified));
		expect(await page.locator('fieldset[data-filter="status"] input:checked').count()).toBe(2);
		const statuses = new Set(await results().locator('.result-status').allInnerTexts());
		expect(statuses).toEqual(new Set(['Differs from the paper', 'Not verified against the paper']));
	});

	it('keeps the words of a definition list apart in excerpts', async () => {
		await searchPage('q=systematic+review+participants');
		const excerpts = (await results().locator('.result-excerpt').allInnerTexts()).join(' ');
		expect(excerpts).not.toMatch(/[a-z]Participants|analysisParticipants|DesignSystematic/);
		expect(excerpts).toMatch(/Participants/);
	});

	it('announces the result count to screen readers', async () => {
		await searchPage('q=remission');
		expect(await page.locator('.search-layout [role=status]').innerText()).toMatch(/^\d+ results?/);
	});

	it('has no axe violations with results and filters open', async () => {
		await searchPage('q=remission');
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('the header search dialog', () => {
	async function openWith(key: string) {
		await page.goto(`${site.url}/about/`);
		await page.keyboard.press(key);
		await page.locator('#search-dialog[open]').waitFor();
	}

	it.each(['/', 'Control+k'])(
		'opens with %s, moves through results with the arrow keys, opens one with Enter',
		async (key) => {
			await openWith(key);
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
			await page.keyboard.type('67%');
			await page.locator('#search-dialog .result').first().waitFor();
			await page.keyboard.press('ArrowDown');
			const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
			expect(first).toMatch(/^\/[a-z]+\/[a-z0-9-]+\/\?highlight=67%25(#[a-z0-9-]+)?$/);
			await page.keyboard.press('ArrowDown');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).not.toBe(
				first,
			);
			await page.keyboard.press('ArrowUp');
			await page.keyboard.press('Enter');
			await page.waitForURL(`**${first}`);
		},
	);

	it('keeps what is typed while the dialog is still loading', async () => {
		// Hold the dialog's code back, as a slow connection would, until the typing is done.
		let held = false;
		const { promise: typed, resolve: release } = Promise.withResolvers<void>();
		await page.route('**/_astro/dialog.*.js', async (route) => {
			held = true;
			await typed;
			await route.continue();
		});
		try {
			await page.goto(`${site.url}/about/`);
			await page.keyboard.press('/');
			// Vite's loader fetches the dialog's imports first: a busy machine may take more than a second.
			await expect.poll(() => held, { timeout: 10_000 }).toBe(true);
			await page.keyboard.type('67%');
			release();
			await page.locator('#search-dialog .result').first().waitFor();
			expect(await page.locator('#search-dialog-input').inputValue()).toBe('67%');
		} finally {
			release();
			await page.unroute('**/_astro/dialog.*.js');
		}
	});

	it('opens by click and closes with one Esc, even with a query typed', async () => {
		await page.goto(`${site.url}/`);
		await page.locator('#search-trigger').click();
		await page.locator('#search-dialog[open]').waitFor();
		await page.keyboard.type('remission');
		await page.locator('#search-dialog .result').first().waitFor();
		await page.keyboard.press('Escape');
		await page.locator('#search-dialog:not([open])').waitFor({ state: 'attached' });
		expect(await page.locator('#search-dialog').isVisible()).toBe(false);
	});

	it('covers the page on a phone, over a visibly dimmed backdrop', async () => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openWith('/');
		const box = (await page.locator('#search-dialog').boundingBox())!;
		expect(box.width * box.height).toBeGreaterThan(0.9 * 390 * 844);
		const backdrop = await page.evaluate(
			() =>
				getComputedStyle(document.querySelector('#search-dialog')!, '::backdrop').backgroundColor,
		);
		const alpha = Number(/rgba\(0, 0, 0, ([\d.]+)\)/.exec(backdrop)?.[1]);
		expect(alpha).toBeGreaterThanOrEqual(0.5);
	});

	it('loads no filter index, which only the search page counts', async () => {
		const fetched: string[] = [];
		const take = (request: Request) => fetched.push(new URL(request.url()).pathname);
		// Listening from this page on, so that nothing the previous test's page asked for is counted.
		await page.goto(`${site.url}/about/`);
		page.on('request', take);
		try {
			await page.keyboard.press('/');
			await page.locator('#search-dialog[open]').waitFor();
			await page.keyboard.type('remission');
			await page.locator('#search-dialog .result').first().waitFor();
		} finally {
			page.off('request', take);
		}
		expect(fetched.filter((path) => path.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
		expect(fetched.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
	});

	it('has no axe violations with results open', async () => {
		await openWith('/');
		await page.keyboard.type('remission');
		await page.locator('#search-dialog .result').first().waitFor();
		expect(await axeViolations(page)).toEqual([]);
	});

	it('is a plain link to /search/ without JavaScript, where the page says search needs it', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto(`${site.url}/about/`);
		await noJs.locator('#search-trigger').click();
		await noJs.waitForURL('**/search/');
		expect(await noJs.locator('.no-js').innerText()).toContain('needs JavaScript');
		expect(await noJs.locator('.no-js a[href="/"]').count()).toBe(1);
		await context.close();
	});
});

describe('filters on a site with many outlets', () => {
	let paged: Awaited<ReturnType<typeof serveBuild>>;
	beforeAll(async () => {
		paged = await serveBuild(PAGED_DIST);
	});
	afterAll(() => paged.close());

	it('lists the largest values of a long filter, every value after "Show all"', async () => {
		await page.goto(`${paged.url}/search/`);
		const outlets = page.locator('fieldset[data-filter="outlet"] input');
		await outlets.first().waitFor();
		expect(await outlets.count()).toBe(12);
		await page
			.locator('fieldset[data-filter="outlet"]')
			.getByRole('button', { name: /^Show all \d+$/ })
			.click();
		await expect.poll(() => outlets.count()).toBeGreaterThan(12);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('outlet');
	});
});

describe('the target page', () => {
	it.each([
		['CAPS-5', '/outcomes/caps-5/', 'CAPS-5'],
		['self-compassion', '/outcomes/scs/', 'Self-Compassion'],
		['9.4%', '/articles/self-love-mdma-therapy/', '9.4%'],
	])('highlights "%s" reached from a result, as typed', async (query, path, marked) => {
		await searchPage(`q=${encodeURIComponent(query)}`);
		const href = (await results().locator(`a[href^="${path}?"]`).first().getAttribute('href'))!;
		await page.goto(`${site.url}${href}`);
		await page.locator('mark.pagefind-highlight').first().waitFor();
		expect(await page.locator('mark.pagefind-highlight').allInnerTexts()).toContain(marked);
	});

	it('highlights the searched words', async () => {
		await page.goto(
			`${site.url}/articles/healing-trauma-explained/?highlight=67#phase-3-diagnosis`,
		);
		await page.locator('mark.pagefind-highlight').first().waitFor();
		expect(
			await page
				.locator('[data-claim-id="phase-3-diagnosis"] mark.pagefind-highlight')
				.first()
				.innerText(),
		).toBe('67');
	});
});
