// `npm run bench:search`: measures search on the built site (dist/, from `npm run build`) in
// Chromium: query-to-rendered-results time (median of ten queries, after the debounce), bytes
// transferred for the first query beyond the UI bundle, and the index size. A benchmark, not a test.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, serveBuild } from '../browser/harness.ts';
import { ROOT } from '../setup/paths.ts';

const DIST = join(ROOT, 'dist');
const QUERIES = [
	'remission',
	'67%',
	'self-judgment',
	'Nature Medicine',
	'meta-analysis',
	'placebo',
	'amygdala',
	'retracted',
	'oxytocin',
	'dropout',
];
const INDEX = /\.pf_(fragment|index|meta|filter)$/;

function indexBytes(dir: string): number {
	return readdirSync(dir).reduce((sum, name) => {
		const path = join(dir, name);
		return (
			sum +
			(statSync(path).isDirectory() ? indexBytes(path) : INDEX.test(name) ? statSync(path).size : 0)
		);
	}, 0);
}

const server = await serveBuild(DIST);
const browser = await launchChromium();
try {
	// First query in a fresh page: what it fetches beyond the UI bundle (pagefind.js, worker, wasm, entry).
	const page = await browser.newPage();
	// Pagefind fetches from a worker, out of the page's Resource Timing: count bytes from network events.
	const fetched: { url: string; bytes: number }[] = [];
	page.on('requestfinished', async (request) => {
		const sizes = await request.sizes();
		fetched.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
	});
	await page.goto(`${server.url}/search/`);
	await page.waitForFunction(
		() =>
			performance.getEntriesByName('search').length > 0 ||
			document.querySelector('.filters fieldset'),
	);
	await page.waitForTimeout(300);
	const uiBytes = fetched.reduce((sum, f) => sum + f.bytes, 0);
	const seen = fetched.length;
	await page.fill('#search-page-input', QUERIES[0]);
	await page.waitForFunction(
		() =>
			performance.getEntriesByName('search').length > 0 &&
			/result/.test(document.querySelector('.search-layout [role=status]')?.textContent ?? ''),
	);
	await page.waitForTimeout(300);
	const firstQuery = fetched.slice(seen);
	const firstQueryBytes = firstQuery.reduce((sum, f) => sum + f.bytes, 0);
	// Ten queries, each timed from the search call to rendered results.
	const times: number[] = [];
	for (const query of QUERIES) {
		await page.evaluate(() => performance.clearMeasures('search'));
		await page.fill('#search-page-input', '');
		await page.fill('#search-page-input', query);
		await page.waitForFunction(() => performance.getEntriesByName('search').length > 0);
		times.push(await page.evaluate(() => performance.getEntriesByName('search').at(-1)!.duration));
	}
	times.sort((a, b) => a - b);
	const median = (times[4] + times[5]) / 2;
	const report = {
		medianQueryToResultsMs: Number(median.toFixed(1)),
		firstQueryBytesBeyondUi: firstQueryBytes,
		firstQueryFiles: firstQuery.length,
		pageAndUiBytesBeforeQuery: uiBytes,
		indexBytes: indexBytes(join(DIST, 'pagefind')),
		queries: QUERIES.length,
	};
	console.table(report);
	console.log(JSON.stringify(report));
} finally {
	await browser.close();
	await server.close();
}
