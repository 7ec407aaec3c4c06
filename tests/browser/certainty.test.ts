import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTED_DIST } from '../setup/paths.ts';
import { axeLightAndDark } from './axe.ts';
import { reuseTab, serveBuild, useSite } from './harness.ts';

const site = useSite();

// The real outcomes carry no certainty ratings until the content lands; the fixture's relapse
// outcome has one, and its pooled analysis's claim links to it.
describe('published certainty ratings', () => {
	let fixture: Awaited<ReturnType<typeof serveBuild>>;
	beforeAll(async () => {
		fixture = await serveBuild(CORRECTED_DIST);
	});
	afterAll(() => fixture.close());

	it.each([
		[390, '/outcomes/relapse/'],
		[1280, '/outcomes/relapse/'],
		[390, '/articles/tiny-summary/'],
	])(
		'at %i px, %s passes axe in light and dark mode and does not scroll sideways',
		async (width, path) => {
			const page = await reuseTab(site, { width, height: 800 });
			await page.goto(`${fixture.url}${path}`);
			expect(await page.locator('.certainty-entry, .certainty-line').first().isVisible()).toBe(
				true,
			);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			// As in corrections.test.ts: the fixture's two short author links side by side.
			const ours = (violations: string[]) =>
				violations.filter((v) => !/^target-size: \.reference > a/.test(v));
			const both = await axeLightAndDark(page);
			const [light, dark] = [ours(both.light), ours(both.dark)];
			expect({ light, dark, overflow }).toEqual({ light: [], dark: [], overflow: 0 });
		},
	);

	it("follows a claim's certainty line to the outcome page's ratings", async () => {
		const page = await reuseTab(site);
		await page.goto(`${fixture.url}/articles/tiny-summary/`);
		await page.locator('[data-claim-id="relapse-ratio"] .certainty-line a').click();
		await page.waitForURL(/\/outcomes\/relapse\/#certainty$/);
		expect(await page.locator('#certainty').isVisible()).toBe(true);
	});
});
