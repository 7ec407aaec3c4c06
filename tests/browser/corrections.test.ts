import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTED_DIST } from '../setup/paths.ts';
import { axeLightAndDark } from './axe.ts';
import { reuseTab, serveBuild, useSite } from './harness.ts';

const site = useSite();

// The real /corrections/ is empty until a summary is corrected; the fixture with a correction shows the filled list and section.
describe('axe on pages that show a correction', () => {
	let corrected: Awaited<ReturnType<typeof serveBuild>>;
	beforeAll(async () => {
		corrected = await serveBuild(CORRECTED_DIST);
	});
	afterAll(() => corrected.close());

	it.each(['/corrections/', '/articles/tiny-summary/'])(
		'finds no violations on %s in light or dark mode',
		async (path) => {
			const page = await reuseTab(site);
			await page.goto(`${corrected.url}${path}`);
			// The fixture's bibliography has two short author links side by side that axe's target-size
			// flags (the real summaries pass: a11y.test.ts); that is not what this test is about.
			const ours = (violations: string[]) =>
				violations.filter((v) => !/^target-size: \.reference > a/.test(v));
			const both = await axeLightAndDark(page);
			const [light, dark] = [ours(both.light), ours(both.dark)];
			expect({ light, dark }).toEqual({ light: [], dark: [] });
		},
	);
});
