import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newTab, reuseTab, useSite } from './harness.ts';

const site = useSite();
const SUMMARY = '/articles/healing-trauma-explained/';
/** One page of each kind, for checks that depend on the layout rather than the content. */
const PAGES = [
	'/',
	SUMMARY,
	'/references/mitchell-2021/',
	'/findings/',
	'/checks/',
	'/outcomes/caps-5/',
	'/trials/mapp1/',
	'/search/?q=remission',
	'/about/',
];
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/** Opens a path in the file's tab, at the given size. */
async function open(path: string, viewport = LAPTOP): Promise<Page> {
	const page = await reuseTab(site, viewport);
	await page.goto(`${site.url}${path}`);
	return page;
}

describe('the header', () => {
	it('is one row at most 64 px tall at 1280 px, its navigation and search box beside the name', async () => {
		const page = await open(SUMMARY);
		const header = (await page.locator('.site-header').boundingBox())!;
		const tops = await page
			.locator('.site-name, .site-menu nav a, #search-trigger')
			.evaluateAll((els) =>
				els.map((el) => el.getBoundingClientRect()).map((r) => r.top + r.height / 2),
			);
		expect(header.height).toBeLessThanOrEqual(64);
		expect(tops).toHaveLength(9);
		expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
		expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
	});

	it('leaves the page title within the first 120 px of a phone, the navigation behind Menu', async () => {
		const page = await open(SUMMARY, PHONE);
		expect((await page.locator('h1').boundingBox())!.y).toBeLessThanOrEqual(120);
		expect(await page.locator('.site-menu nav a').first().isVisible()).toBe(false);
		await page.locator('.site-menu > summary').focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('.site-menu nav a').first().isVisible()).toBe(true);
		expect(
			await page
				.locator('.site-menu > summary')
				.evaluate((el) => (el.parentElement as HTMLDetailsElement).open),
		).toBe(true);
	});
});

describe.each([PHONE, LAPTOP])('at $width px', (viewport) => {
	it.each(PAGES)('does not scroll sideways on %s', async (path) => {
		const page = await open(path, viewport);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			),
		).toBeLessThanOrEqual(0);
	});

	it("shows the first claim's verdict within the first screen of the claims section", async () => {
		const page = await open(SUMMARY, viewport);
		const top = (await page.locator('#claims-heading').boundingBox())!.y;
		const verdict = (await page.locator('.claims > li').first().locator('.status').boundingBox())!;
		expect(verdict.y + verdict.height - top).toBeLessThanOrEqual(viewport.height);
	});

	it('holds /search/?q=remission still while results load (layout shift below 0.1)', async () => {
		const page = await newTab(site, viewport);
		await page.addInitScript(() => {
			const shifts = (list: PerformanceEntryList) =>
				(list as unknown as { value: number; hadRecentInput: boolean }[])
					.filter((entry) => !entry.hadRecentInput)
					.reduce((sum, entry) => sum + entry.value, 0);
			const win = window as unknown as { cls: number; takeCls: () => number };
			win.cls = 0;
			const observer = new PerformanceObserver((list) => (win.cls += shifts(list.getEntries())));
			observer.observe({ type: 'layout-shift', buffered: true });
			// Entries not yet handed to the callback are taken at once, so none is missed by timing.
			win.takeCls = () => (win.cls += shifts(observer.takeRecords()));
		});
		await page.goto(`${site.url}/search/?q=remission`);
		// Results first, filter counts later (from a worker): both must have arrived, the fonts too, and
		// two frames must have been drawn since, so that any shift they caused has been measured.
		await page.locator('.search-layout .result').first().waitFor();
		await page.locator('.search-layout .filters fieldset').first().waitFor({ state: 'attached' });
		const cls = await page.evaluate(async () => {
			await document.fonts.ready;
			const frame = () => new Promise(requestAnimationFrame);
			await frame();
			await frame();
			return (window as unknown as { takeCls: () => number }).takeCls();
		});
		expect(cls).toBeLessThan(0.1);
		await page.close();
	});
});

describe('claim details', () => {
	const details = (page: Page) =>
		page.locator('.claims > li').nth(1).locator('.claim-more > p').first();

	it('are closed on a summary page, and open for the claim the address points at', async () => {
		const page = await open(SUMMARY);
		expect(await details(page).isVisible()).toBe(false);
		const id = await page.locator('.claims > li').nth(1).locator('h3').getAttribute('id');
		await page.goto(`${site.url}${SUMMARY}#${id}`);
		expect(await details(page).isVisible()).toBe(true);
		expect(
			await page.locator('.claims > li').first().locator('.claim-more > p').first().isVisible(),
		).toBe(false);
	});

	it('are open in print, where the header and aside are not shown and DOI links print their address', async () => {
		const page = await open(SUMMARY);
		await page.emulateMedia({ media: 'print' });
		expect(await details(page).isVisible()).toBe(true);
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.page-aside').isVisible()).toBe(false);
		const after = await page
			.locator('.claims a[href^="https://doi.org/"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toMatch(/https:\/\/doi\.org\//);
	});
});

describe('the summary aside on a wide screen', () => {
	it('links to every claim, grouped under counts per status', async () => {
		const page = await open(SUMMARY);
		const ids = await page
			.locator('.claims > li h3')
			.evaluateAll((hs) => hs.map((h) => `#${h.id}`));
		const links = await page
			.locator('.page-aside .glance a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.toSorted()).toEqual(ids.toSorted());
		expect(await page.locator('.page-aside').isVisible()).toBe(true);
	});
});
