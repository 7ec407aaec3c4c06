import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapPaths } from '../build/site.ts';
import { PAGED_DIST } from '../setup/paths.ts';
import { axeLightAndDark, axeViolations } from './axe.ts';
import { newTab, reuseTab, serveBuild, useSite } from './harness.ts';

/** Every page of the built site: the sitemap's, and the 404 page it does not list. */
const EVERY_PAGE = [...sitemapPaths(), '/404.html'];
/** One page of each type, for checks whose result depends on the layout, not the content. */
const ONE_OF_EACH = [
	'/',
	'/articles/',
	'/articles/healing-trauma-explained/',
	'/references/',
	'/references/mitchell-2021/',
	'/references/jerome-2020/',
	'/trials/mapp1/',
	'/outcomes/caps-5/',
	'/findings/',
	'/checks/',
	'/about/',
	'/404.html',
];

const site = useSite();

describe('axe, WCAG 2.2 AA and best practices, with target-size', () => {
	it.each(EVERY_PAGE)('finds no violations on %s in light or dark mode', async (path) => {
		const page = await reuseTab(site);
		await page.goto(`${site.url}${path}`);
		expect(await axeLightAndDark(page)).toEqual({ light: [], dark: [] });
	});
});

// The real content fits on one page of every list; the synthetic corpus shows page navigation (the
// same component on /findings/2/, whose 500 rows take axe half a minute).
describe('axe on the pages of lists longer than one page', () => {
	let paged: Awaited<ReturnType<typeof serveBuild>>;
	beforeAll(async () => {
		paged = await serveBuild(PAGED_DIST);
	});
	afterAll(() => paged.close());

	it.each(['/articles/2/', '/checks/2/'])(
		'finds no violations on %s in light or dark mode, nor sideways scrolling on a phone',
		async (path) => {
			const page = await reuseTab(site, { width: 360, height: 740 });
			await page.goto(`${paged.url}${path}`);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			const { light, dark } = await axeLightAndDark(page);
			expect({ light, dark, overflow }).toEqual({ light: [], dark: [], overflow: 0 });
		},
	);
});

// Tabs of their own: a page set with setContent keeps its window, and with it the axe a previous
// page's run left there.
describe('the axe harness', () => {
	it('reports missing names, small targets and best-practice problems', async () => {
		const page = await newTab(site);
		await page.setContent(
			'<!doctype html><html lang="en"><title>t</title><main><img src="x.png"><a href="/"></a><h1>A</h1><h4>B</h4><p><a href="/a" style="font-size:8px">a</a><a href="/b" style="font-size:8px">b</a></p></main></html>',
		);
		expect(await axeViolations(page)).toEqual([
			'heading-order: h4',
			'image-alt: img',
			'link-name: a[href="/"]',
			'target-size: a[href="/a"], a[href="/b"]',
		]);
		await page.close();
	});

	it('sees colours that fail only in dark mode in its dark pass', async () => {
		const page = await newTab(site);
		await page.setContent(
			'<!doctype html><html lang="en"><title>t</title><style>@media (prefers-color-scheme: dark) { body { background: #222; color: #333; } }</style><main><h1>Title</h1><p>Text</p></main></html>',
		);
		expect(await axeLightAndDark(page)).toEqual({ light: [], dark: ['color-contrast: h1, p'] });
		await page.close();
	});
});

describe('on a phone', () => {
	it.each(ONE_OF_EACH)('does not scroll sideways on %s', async (path) => {
		const page = await reuseTab(site, { width: 360, height: 740 });
		await page.goto(`${site.url}${path}`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
