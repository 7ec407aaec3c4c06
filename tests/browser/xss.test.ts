import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, removeCopy } from '../unit/cases/content-cases.ts';
import { buildFrom } from '../setup/build-site.ts';
import { ROOT } from '../setup/paths.ts';
import { connectChromium, serveBuild } from './harness.ts';

// A summary whose title and claim statement are HTML that would run if anything rendered it as HTML.
const HOSTILE = '<img src=x onerror=alert(1)>';
const outDir = join(ROOT, 'tests/.tmp/xss-dist');
let contentDir = '';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;
const alerts: string[] = [];

beforeAll(async () => {
	contentDir = brokenCopy({
		name: 'hostile title',
		file: 'articles/tiny-summary.mdx',
		edit: (text) =>
			text
				.replace('title: A tiny summary for tests', `title: "Study ${HOSTILE} onerror"`)
				.replace(
					'statement: The post says the therapy cut symptom scores.',
					`statement: "Claim ${HOSTILE} onerror"`,
				),
		expected: '',
	});
	await buildFrom(contentDir, outDir);
	[browser, server] = await Promise.all([connectChromium(), serveBuild(outDir)]);
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	removeCopy(contentDir);
	rmSync(outDir, { recursive: true, force: true });
});

describe('HTML in a title or claim', () => {
	it('shows as text on the page, in its meta tags and in its JSON-LD', async () => {
		const page = await browser.newPage();
		page.on('dialog', (dialog) => {
			alerts.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(`${server.url}/articles/tiny-summary/`);
		expect(await page.locator('h1').innerText()).toBe(`Study ${HOSTILE} onerror`);
		expect(await page.locator('h3#main-effect').innerText()).toBe(`Claim ${HOSTILE} onerror`);
		expect(await page.locator('img').count()).toBe(0);
		expect(await page.title()).toBe(`Study ${HOSTILE} onerror · evidence-digest`);
		expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
			`Study ${HOSTILE} onerror`,
		);
		// A summary has no Highwire tags (it is saved as a web page); the share card's alt text names it.
		expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toMatch(
			new RegExp(`^Study ${HOSTILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} onerror: `),
		);
		// One graph: the Article, then a ClaimReview per claim.
		const graph = (
			JSON.parse(await page.locator('script[type="application/ld+json"]').innerText()) as {
				'@graph': Record<string, unknown>[];
			}
		)['@graph'];
		expect(graph.find((node) => node['@type'] === 'Article')?.headline).toBe(
			`Study ${HOSTILE} onerror`,
		);
		expect(alerts).toEqual([]);
	});

	it('shows as text in search results, and nothing runs', async () => {
		const page = await browser.newPage();
		page.on('dialog', (dialog) => {
			alerts.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(`${server.url}/search/?q=onerror`);
		await page.locator('.search-layout .result').first().waitFor();
		const titles = await page
			.locator('.search-layout .result-title, .search-layout .result-sections a')
			.allInnerTexts();
		expect(titles).toEqual(
			expect.arrayContaining([`Study ${HOSTILE} onerror`, `Claim ${HOSTILE} onerror`]),
		);
		expect(await page.locator('.search-layout img').count()).toBe(0);
		for (const href of await page
			.locator('.search-layout a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
			expect(href).toMatch(/^\//);
		expect(alerts).toEqual([]);
	});
});
