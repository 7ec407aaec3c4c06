import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DESIGN_LABELS } from '../../src/lib/format/design.ts';
import {
	articleFrontmatter,
	built,
	contentData,
	contentIds,
	fileFor,
	page,
	sitemapPaths,
	words,
} from './site.ts';

const collections = ['articles', 'references', 'trials', 'outcomes'] as const;
/** Every HTML page: the sitemap's, and the 404 page it does not list. */
const everyPage = [...sitemapPaths(), '/404.html'];
// Pages allowed a script of their own besides the search loader: the findings table sorts and filters.
const ISLANDS = ['/findings/'];
const scriptsOn = (path: string) =>
	page(path)
		.querySelectorAll('script')
		.filter((s) => s.getAttribute('type') !== 'application/ld+json');

describe('built pages', () => {
	it.each(collections)('builds a page for every file in content/%s', (collection) => {
		const missing = contentIds(collection).filter((id) => !built(`/${collection}/${id}/`));
		expect(missing).toEqual([]);
	});

	it('builds the fixed pages, the 404 page, the sitemap and the downloads', () => {
		for (const path of [
			'/',
			'/articles/',
			'/about/',
			'/references/',
			'/trials/',
			'/outcomes/',
			'/findings/',
			'/checks/',
			'/404.html',
			'/sitemap-index.xml',
			'/sitemap-0.xml',
			'/references/all.bib',
			'/references/all.ris',
			'/references/all.json',
		]) {
			expect(built(path), path).toBe(true);
		}
	});

	it('lists every summary on the home page and on the one page of /articles/, which the home page links to', () => {
		const cards = (path: string) =>
			page(path)
				.querySelectorAll('.card h3 a')
				.map((a) => a.getAttribute('href'))
				.sort();
		const ids = contentIds('articles');
		expect(cards('/')).toEqual(ids.map((id) => `/articles/${id}/`).sort());
		expect(cards('/articles/')).toEqual(cards('/'));
		expect(page('/').querySelector('a[href="/articles/"]')?.text).toBe(
			`All ${ids.length} summaries`,
		);
		expect(page('/articles/').querySelector('nav.pagination')).toBeNull();
	});

	it('lists as key numbers only figures a check read in a primary record, each linked to its claim', () => {
		const links = page('/')
			.querySelectorAll('#key-numbers-heading ~ .table-wrap td:last-child a')
			.map((a) => a.getAttribute('href')!);
		expect(links.length).toBeGreaterThan(0);
		for (const href of links) {
			const [, article, claimId] = /^\/articles\/([^/]+)\/#(.+)$/.exec(href)!;
			const claim = articleFrontmatter(article).claims.find((c) => c.id === claimId)!;
			expect(claim.check.status, href).not.toBe('unverified');
		}
	});

	it("states each paper's study facts in words on its page: design, participants, trial", () => {
		type Study = { design: keyof typeof DESIGN_LABELS; n?: number; trial?: string };
		for (const id of contentIds('references')) {
			const { design, n, trial } = contentData<{ study: Study }>('references', id).study;
			const facts = new Map(
				page(`/references/${id}/`)
					.querySelectorAll('dl.facts dt')
					.map((dt) => [words(dt), words(dt.nextElementSibling)]),
			);
			expect([facts.get('Design'), facts.get('Participants'), facts.get('Trial')], id).toEqual([
				DESIGN_LABELS[design],
				n && `${n}${design === 'meta-analysis' ? ' pooled' : ''}`,
				trial && expect.stringMatching(`^${contentData('trials', trial).name}\\b`),
			]);
		}
	});

	it('lists every page in the sitemap', () => {
		const listed = sitemapPaths();
		for (const collection of collections)
			for (const id of contentIds(collection)) expect(listed).toContain(`/${collection}/${id}/`);
		for (const path of listed) expect(built(path), path).toBe(true);
	});

	// The 404 page is not in the sitemap, and has no canonical address: it is no page of its own.
	it.each(everyPage.filter((path) => path !== '/404.html'))(
		'gives %s a lang, a title, a description and a canonical address',
		(path) => {
			const html = page(path);
			expect(html.querySelector('html')?.getAttribute('lang')).toBe('en');
			expect(html.querySelector('title')?.text.trim()).toMatch(/\S+ · evidence-digest$/);
			expect(
				html.querySelector('meta[name="description"]')?.getAttribute('content')?.length,
			).toBeGreaterThan(20);
			expect(
				new URL(html.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname,
			).toBe(path);
			expect(html.querySelectorAll('h1')).toHaveLength(1);
		},
	);

	// /search/ is the one page whose purpose is search; it also loads the search code.
	it.each(everyPage.filter((path) => path !== '/search/'))(
		'loads no JavaScript on %s but the small search loader (and the findings island)',
		(path) => {
			const loaders = scriptsOn(path).filter((s) => s.getAttribute('src'));
			expect(loaders).toHaveLength(1);
			const src = loaders[0].getAttribute('src')!;
			expect(src).toMatch(/^\/_astro\/Search\.astro.*\.js$/);
			// The loader and what it imports statically; the search code loads only when search opens.
			const loader = readFileSync(fileFor(src), 'utf8');
			const imports = [...loader.matchAll(/from\s*"\.\/([^"]+)"/g)].map(
				([, file]) => readFileSync(fileFor(`/_astro/${file}`), 'utf8').length,
			);
			expect(loader.length + imports.reduce((a, b) => a + b, 0)).toBeLessThan(5_000);
			expect(scriptsOn(path)).toHaveLength(ISLANDS.includes(path) ? 2 : 1);
		},
	);

	it('ships one small inline module besides the search loader on /findings/', () => {
		const inline = scriptsOn('/findings/').filter((s) => !s.getAttribute('src'));
		expect(inline.map((s) => s.getAttribute('type'))).toEqual(['module']);
		expect(inline[0].text.length).toBeLessThan(2_000);
	});
});
