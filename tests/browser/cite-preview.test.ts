import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './axe.ts';
import { connectChromium, serveBuild } from './harness.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: Awaited<ReturnType<typeof serveBuild>>;
const ARTICLE = '/articles/healing-trauma-explained/';

beforeAll(async () => {
	[browser, server] = await Promise.all([connectChromium(), serveBuild()]);
	// No JavaScript at all: the preview must come from HTML and CSS alone.
	context = await browser.newContext({ javaScriptEnabled: false });
	page = await context.newPage();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const previewOf = async (cite: ReturnType<Page['locator']>) =>
	page.locator(`[id="${await cite.getAttribute('aria-describedby')}"]`);

describe('citation previews, with JavaScript off', () => {
	it('shows the formatted reference while the mouse is over the citation or the preview', async () => {
		await page.goto(`${server.url}${ARTICLE}`);
		const cite = page.locator('.prose a.cite[href="/references/jerome-2020/"]').first();
		const preview = await previewOf(cite);
		expect(await preview.isVisible()).toBe(false);
		await cite.hover();
		await expect.poll(() => preview.isVisible()).toBe(true);
		expect(await preview.innerText()).toMatch(
			/^Jerome, L\., Feduccia, A\. A\., .+ Doblin, R\. \(2020\)\. Long-term follow-up outcomes .+ Retracted on 10 August 2024\.$/s,
		);
		// The browser hides a preview that lost interest after the citation's interest-delay-end; with
		// none, a preview that did not hold interest under the pointer would hide at once, so seeing it
		// still there after two frames (Playwright's stability check) needs no wait of a set time.
		await cite.evaluate((link) =>
			(link as HTMLElement).style.setProperty('interest-delay-end', '0s'),
		);
		const box = (await preview.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await preview.hover({ trial: true });
		expect(await preview.isVisible()).toBe(true);
		await page.mouse.move(1, 1);
		await expect.poll(() => preview.isVisible()).toBe(false);
	});

	it('shows it when the citation gets keyboard focus, and Escape dismisses it', async () => {
		await page.goto(`${server.url}${ARTICLE}`);
		// Clicking text sets where Tab starts from, as it does for a reader.
		await page
			.locator('.prose p')
			.first()
			.click({ position: { x: 2, y: 2 } });
		await page.keyboard.press('Tab');
		const focused = page.locator('a.cite:focus');
		expect(await focused.count()).toBe(1);
		const preview = await previewOf(focused);
		await expect.poll(() => preview.isVisible()).toBe(true);
		expect(await preview.innerText()).toContain('(2021)');
		await page.keyboard.press('Escape');
		await expect.poll(() => preview.isVisible()).toBe(false);
		expect(await page.locator('a.cite:focus').count()).toBe(1);
	});

	it('gives the citation the reference as its accessible description, and stays a plain link', async () => {
		await page.goto(`${server.url}${ARTICLE}`);
		const cdp = await context.newCDPSession(page);
		const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
			nodes: {
				role?: { value: string };
				name?: { value: string };
				description?: { value: string };
			}[];
		};
		const link = nodes.find(
			(n) => n.role?.value === 'link' && n.name?.value === '(Mitchell et al., 2021)',
		);
		expect(link?.description?.value).toMatch(
			/^Mitchell, J\. M\., Bogenschutz, M\., .+ … Doblin, R\. \(2021\)\. MDMA-assisted therapy for severe PTSD.+Nature Medicine/,
		);
		await page.locator('.prose a.cite').first().click();
		await page.waitForURL('**/references/mitchell-2021/');
	});
});

describe('citation previews and axe', () => {
	it('passes axe with a preview open, in light and dark mode', async () => {
		const themed = await browser.newPage();
		await themed.goto(`${server.url}${ARTICLE}`);
		const cite = themed.locator('.prose a.cite').first();
		const preview = themed.locator(`[id="${await cite.getAttribute('aria-describedby')}"]`);
		await cite.hover();
		await expect.poll(() => preview.isVisible()).toBe(true);
		expect(await axeLightAndDark(themed)).toEqual({ light: [], dark: [] });
		// Still open after the switch to dark mode, so that the dark pass saw it.
		expect(await preview.isVisible()).toBe(true);
		await themed.close();
	});
});
