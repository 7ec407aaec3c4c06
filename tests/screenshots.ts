/**
 * Screenshots of one page of each kind at a phone's and a laptop's width, light and dark, written to
 * tests/.tmp/screenshots/ (never committed) for a person to look at. Not a test: `npm run screenshots`
 * builds the site into tests/.tmp/dist and runs this; `-- --only=findings` narrows it to matching names.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFrom } from './setup/build-site.ts';
import { TEST_DIST } from './setup/paths.ts';
import { launchChromium, serveBuild } from './browser/harness.ts';

const OUT = fileURLToPath(new URL('./.tmp/screenshots/', import.meta.url));
const PAGES: Record<string, string> = {
	home: '/',
	summary: '/articles/healing-trauma-explained/',
	reference: '/references/mitchell-2021/',
	references: '/references/',
	findings: '/findings/',
	checks: '/checks/',
	outcome: '/outcomes/caps-5/',
	search: '/search/?q=remission',
	about: '/about/',
};
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
if (!process.argv.includes('--no-build')) await buildFrom('', TEST_DIST);
mkdirSync(OUT, { recursive: true });
const [browser, server] = await Promise.all([launchChromium(), serveBuild(TEST_DIST)]);
try {
	for (const [name, path] of Object.entries(PAGES).filter(
		([name]) => !only || name.includes(only),
	)) {
		for (const width of WIDTHS) {
			for (const colorScheme of SCHEMES) {
				const page = await browser.newPage({
					viewport: { width, height: width < 600 ? 844 : 800 },
					colorScheme,
				});
				await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
				const file = `${OUT}${name}-${width}-${colorScheme}.png`;
				// The first two screens: what a reader takes in before scrolling, and a little after.
				await page.screenshot({
					path: file,
					clip: {
						x: 0,
						y: 0,
						width,
						height: Math.min(
							2 * page.viewportSize()!.height,
							await page.evaluate(() => document.documentElement.scrollHeight),
						),
					},
				});
				console.log(file);
				await page.close();
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
