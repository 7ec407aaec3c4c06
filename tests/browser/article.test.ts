import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

describe('reading an article in Chromium', () => {
	it('shows the claims panel with effects, statuses and DOI links', async () => {
		await site.page.goto(`${site.url}/articles/healing-trauma-explained/`);
		const claims = site.page.locator('.claims > li');
		expect(await claims.count()).toBeGreaterThan(5);
		await expect
			.poll(() => site.page.locator('[data-claim-id="phase-3-diagnosis"] .estimate').innerText())
			.toContain('67% (28/42)');
		expect(
			await site.page.locator('[data-claim-id="phase-3-diagnosis"] .status').innerText(),
		).toContain('Not verified against the paper');
		const dois = await site.page
			.locator('a.doi')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(dois.length).toBeGreaterThan(0);
		for (const href of dois) expect(href).toMatch(/^https:\/\/doi\.org\/10\.\d{4,9}\//);
	});

	it('follows a claim to its paper, whose page lists the claim back', async () => {
		await site.page.goto(`${site.url}/articles/healing-trauma-explained/`);
		await site.page.locator('[data-claim-id="phase-3-diagnosis"] .source-links a').first().click();
		await site.page.waitForURL('**/references/mitchell-2021/');
		const back = site.page.locator(
			'.claim-list a[href="/articles/healing-trauma-explained/#phase-3-diagnosis"]',
		);
		expect(await back.count()).toBe(1);
		await back.click();
		await site.page.waitForURL('**/articles/healing-trauma-explained/#phase-3-diagnosis');
		expect(await site.page.locator('#phase-3-diagnosis').isVisible()).toBe(true);
	});

	it('resolves an in-text citation to its reference page', async () => {
		await site.page.goto(`${site.url}/articles/healing-trauma-explained/`);
		const cite = site.page.locator('.prose a.cite[href="/references/jerome-2020/"]').first();
		expect(await cite.innerText()).toBe('(Jerome et al., 2020)');
		await cite.click();
		await site.page.waitForURL('**/references/jerome-2020/');
		expect(await site.page.locator('.banner').innerText()).toContain('Retracted');
	});

	it('serves the 404 page for an unknown address', async () => {
		const response = await site.page.goto(`${site.url}/articles/no-such-summary/`);
		expect(response?.status()).toBe(404);
		expect(await site.page.locator('h1').innerText()).toBe('Page not found');
	});
});
