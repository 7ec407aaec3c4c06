import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchChromium, serveBuild } from './harness.ts';

// One page of each type, in light and dark.
// The article is the one with every claim note: a retraction banner, an outcome definition, shared participants.
const PAGES = ['/', '/articles/healing-trauma-explained/', '/references/', '/references/mitchell-2021/', '/references/jerome-2020/', '/trials/mapp1/', '/outcomes/caps-5/', '/findings/', '/checks/', '/about/', '/404.html'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;

beforeAll(async () => {
	[browser, server] = await Promise.all([launchChromium(), serveBuild()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe.each(['light', 'dark'] as const)('axe, WCAG 2.2 AA, %s mode', (colorScheme) => {
	it.each(PAGES)('finds no violations on %s', async (path) => {
		const page = await browser.newPage({ colorScheme });
		await page.goto(`${server.url}${path}`);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('the axe harness', () => {
	it('reports a violation when there is one', async () => {
		const page = await browser.newPage();
		await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="x.png"><a href="/"></a></main></html>');
		expect(await axeViolations(page)).toEqual(['image-alt: img', 'link-name: a']);
		await page.close();
	});
});

describe('on a phone', () => {
	it.each(PAGES)('does not scroll sideways on %s', async (path) => {
		const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${server.url}${path}`);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.close();
	});
});
