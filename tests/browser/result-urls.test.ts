import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { CHECK_LABELS } from '../../src/lib/format/check-status.ts';
import { TEST_DIST } from '../setup/paths.ts';
import { useSite } from './harness.ts';

const site = useSite();
const QUERIES = [
	'67%',
	'remission',
	'placebo',
	'therapy',
	'MDMA',
	'Nature Medicine',
	'CAPS-5',
	'ecstasy',
	'trial',
	'FDA',
];

/** Every address Pagefind's own API returns, result and sub-result, for the queries and for each status alone. */
async function pagefindAddresses(): Promise<string[]> {
	await site.page.goto(`${site.url}/about/`);
	// A string, so that the test runner does not rewrite the page's import() as its own.
	const addresses: string[] = await site.page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.init();
		const queries = ${JSON.stringify(QUERIES)}.map((q) => pagefind.search(q));
		const browsing = ${JSON.stringify(Object.values(CHECK_LABELS))}.map((status) => pagefind.search(null, { filters: { status } }));
		const urls = [];
		for (const search of await Promise.all([...queries, ...browsing])) {
			for (const data of await Promise.all(search.results.map((r) => r.data()))) urls.push(data.url, ...data.sub_results.map((s) => s.url));
		}
		return urls;
	})()`);
	return addresses;
}

it('gives only addresses that exist in the build: each page, and each fragment as an element id on it', async () => {
	const addresses = [...new Set(await pagefindAddresses())];
	expect(addresses.length).toBeGreaterThan(50);
	expect(addresses.some((a) => a.includes('#'))).toBe(true);
	const missing = addresses.filter((address) => {
		const url = new URL(address, 'http://x');
		const file = join(
			TEST_DIST,
			decodeURIComponent(url.pathname),
			url.pathname.endsWith('/') ? 'index.html' : '',
		);
		if (!existsSync(file)) return true;
		const id = decodeURIComponent(url.hash.slice(1));
		return id !== '' && parse(readFileSync(file, 'utf8')).getElementById(id) === null;
	});
	expect(missing).toEqual([]);
});
