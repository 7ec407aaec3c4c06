import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium, serveBuild } from '../browser/harness.ts';

/** What a reader's browser loads and how fast search answers, measured in Chromium. */
export interface BrowserFigures {
	/** CSS a reading page loads: inline <style> plus stylesheets fetched, uncompressed. */
	cssBytes: number;
	/** The same CSS gzip-compressed, as static hosts send it: what the CSS target is judged on. */
	cssGzipBytes: number;
	/** JavaScript a reading page loads before search is opened: inline scripts plus scripts fetched. */
	jsBytes: number;
	/** Per query, on a fresh page: ms to open search (load Pagefind, and its filters where the search box does). */
	openMs: number[];
	/** Per query, on a fresh page with search open: ms from calling search() to its first results rendered. */
	searchMs: number[];
	/** Per query, on a fresh page: bytes sent (text gzip-compressed) from opening search to its results rendered. */
	firstQueryBytes: number[];
	/** The same, less Pagefind's fixed files (pagefind.js, its worker and WebAssembly): what the index itself cost. */
	firstQueryBeyondFixedBytes: number[];
}

// Pagefind's files that every search loads whatever the site: its script, worker and WebAssembly.
const FIXED = /\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[a-z-]+\.pagefind)$/;

/** The middle value (the mean of the two middle ones for an even count; 0 for none). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return 0;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Static hosts and CDNs send text compressed; Pagefind's index files are gzip already.
const COMPRESSIBLE = /text|javascript|json|css|svg|xml/;

/** Bytes of one response as a host sends it: gzip-compressed when it is text, else as stored. */
async function sentBytes(request: Request): Promise<number> {
	const response = await request.response();
	const body = await response?.body().catch(() => undefined);
	if (!response || !body) return (await request.sizes()).responseBodySize;
	return COMPRESSIBLE.test(response.headers()['content-type'] ?? '')
		? gzipSync(body).length
		: body.length;
}

/** Bytes of every response a page receives while `action` runs, by resource type: raw and as sent (also by type). */
async function transferred(
	page: Page,
	action: () => Promise<void>,
): Promise<{
	raw: Map<string, number>;
	sentByType: Map<string, number>;
	sent: number;
	fixed: number;
}> {
	const raw = new Map<string, number>();
	const sentByType = new Map<string, number>();
	let sent = 0;
	let fixed = 0;
	const pending: Promise<void>[] = [];
	const onFinished = (request: Request) => {
		const type = request.resourceType();
		pending.push(
			request
				.sizes()
				.then((sizes) => void raw.set(type, (raw.get(type) ?? 0) + sizes.responseBodySize)),
		);
		const isFixed = FIXED.test(new URL(request.url()).pathname);
		pending.push(
			sentBytes(request).then((bytes) => {
				sent += bytes;
				sentByType.set(type, (sentByType.get(type) ?? 0) + bytes);
				if (isFixed) fixed += bytes;
			}),
		);
	};
	page.on('requestfinished', onFinished);
	await action();
	page.off('requestfinished', onFinished);
	await Promise.all(pending);
	return { raw, sentByType, sent, fixed };
}

async function readingPageBytes(
	browser: Browser,
	url: string,
): Promise<{ cssBytes: number; cssGzipBytes: number; jsBytes: number }> {
	const page = await browser.newPage();
	try {
		const fetched = await transferred(
			page,
			async () => void (await page.goto(url, { waitUntil: 'networkidle' })),
		);
		const inline = await page.evaluate(() => {
			const size = (text: string) => new TextEncoder().encode(text).length;
			const styles = [...document.querySelectorAll('style')].map((el) => el.textContent ?? '');
			const scripts = [...document.querySelectorAll('script:not([src])')].filter(
				(el) => !/json/.test(el.getAttribute('type') ?? ''),
			);
			return {
				styles,
				css: styles.reduce((sum, text) => sum + size(text), 0),
				js: scripts.reduce((sum, el) => sum + size(el.textContent ?? ''), 0),
			};
		});
		// Inline styles travel inside the HTML, compressed with it; each is counted compressed on its own (a slight overestimate).
		const inlineGzip = inline.styles.reduce(
			(sum, text) => sum + (text ? gzipSync(text).length : 0),
			0,
		);
		return {
			cssBytes: inline.css + (fetched.raw.get('stylesheet') ?? 0),
			cssGzipBytes: inlineGzip + (fetched.sentByType.get('stylesheet') ?? 0),
			jsBytes: inline.js + (fetched.raw.get('script') ?? 0),
		};
	} finally {
		await page.close();
	}
}

/**
 * Opens search on a fresh page as the site's search box does (imports the site's pagefind.js and
 * init(); with `loadsFilters`, as Pagefind's own UIs do, also filters(), which loads every filter
 * index; without, an empty search, which waits for Pagefind's WebAssembly and metadata and loads
 * nothing else), then times one query from search() to its first five results rendered. Bytes
 * count everything fetched from opening to results.
 */
async function searchOnce(
	browser: Browser,
	url: string,
	query: string,
	loadsFilters: boolean,
): Promise<{ openMs: number; ms: number; bytes: number; fixed: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
		let times = { openMs: 0, ms: 0 };
		const fetched = await transferred(page, async () => {
			times = await page.evaluate(
				async ({ q, loadsFilters }) => {
					const opening = performance.now();
					const pagefind = await import(
						/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`
					);
					await pagefind.init();
					await (loadsFilters ? pagefind.filters() : pagefind.search(''));
					const start = performance.now();
					const search = await pagefind.search(q);
					const results = await Promise.all(
						search.results
							.slice(0, 5)
							.map(
								(r: {
									data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
								}) => r.data(),
							),
					);
					const list = document.createElement('ol');
					list.innerHTML = results
						.map(
							(r) => `<li><a href="${r.url}">${r.meta.title ?? r.url}</a><p>${r.excerpt}</p></li>`,
						)
						.join('');
					document.body.prepend(list);
					await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
					return { openMs: start - opening, ms: performance.now() - start };
				},
				{ q: query, loadsFilters },
			);
		});
		return { ...times, bytes: fetched.sent, fixed: fetched.fixed };
	} finally {
		await context.close();
	}
}

/**
 * Loads a built site's reading page in Chromium to count its CSS and JS, then searches each query
 * `repeats` times, each on a fresh page with an empty cache, as a reader opening search would.
 * `loadsFilters`: whether the site's search box loads every filter when it opens (searchOnce).
 */
export async function measureInBrowser(
	site: string,
	readingPath: string,
	queries: readonly string[],
	{ loadsFilters, repeats = 2 }: { loadsFilters: boolean; repeats?: number },
): Promise<BrowserFigures> {
	const [browser, server] = await Promise.all([launchChromium(), serveBuild(site)]);
	try {
		const url = `${server.url}${readingPath}`;
		const { cssBytes, cssGzipBytes, jsBytes } = await readingPageBytes(browser, url);
		const figures: BrowserFigures = {
			cssBytes,
			cssGzipBytes,
			jsBytes,
			openMs: [],
			searchMs: [],
			firstQueryBytes: [],
			firstQueryBeyondFixedBytes: [],
		};
		for (let round = 0; round < repeats; round++) {
			for (const query of queries) {
				const { openMs, ms, bytes, fixed } = await searchOnce(browser, url, query, loadsFilters);
				figures.firstQueryBeyondFixedBytes.push(bytes - fixed);
				figures.openMs.push(openMs);
				figures.searchMs.push(ms);
				figures.firstQueryBytes.push(bytes);
			}
		}
		return figures;
	} finally {
		await browser.close();
		await server.close();
	}
}
