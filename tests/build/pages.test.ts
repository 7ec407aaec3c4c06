import { describe, expect, it } from 'vitest';
import { built, contentIds, page, sitemapPaths } from './site.ts';

const collections = ['articles', 'references', 'trials', 'outcomes'] as const;
// Pages allowed a script: the findings table sorts and filters in the page.
const ISLANDS = ['/findings/'];
const scriptsOn = (path: string) => page(path).querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');

describe('built pages', () => {
	it.each(collections)('builds a page for every file in content/%s', (collection) => {
		const missing = contentIds(collection).filter((id) => !built(`/${collection}/${id}/`));
		expect(missing).toEqual([]);
	});

	it('builds the fixed pages, the 404 page, the sitemap and the downloads', () => {
		for (const path of ['/', '/about/', '/references/', '/trials/', '/outcomes/', '/findings/', '/checks/', '/404.html', '/sitemap.xml', '/references/all.bib', '/references/all.ris', '/references/all.json']) {
			expect(built(path), path).toBe(true);
		}
	});

	it('lists every page in the sitemap', () => {
		const listed = sitemapPaths();
		for (const collection of collections) for (const id of contentIds(collection)) expect(listed).toContain(`/${collection}/${id}/`);
		for (const path of listed) expect(built(path), path).toBe(true);
	});

	it.each(sitemapPaths())('gives %s a lang, a title, a description and a canonical address', (path) => {
		const html = page(path);
		expect(html.querySelector('html')?.getAttribute('lang')).toBe('en');
		expect(html.querySelector('title')?.text.trim()).toMatch(/\S+ · evidence-digest$/);
		expect(html.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
		expect(new URL(html.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(path);
		expect(html.querySelectorAll('h1')).toHaveLength(1);
	});

	it.each(sitemapPaths().filter((path) => !ISLANDS.includes(path)))('ships no JavaScript on %s', (path) => {
		expect(scriptsOn(path).map((s) => s.toString())).toEqual([]);
	});

	it('ships one small inline module, and nothing else, on /findings/', () => {
		const scripts = scriptsOn('/findings/');
		expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['module']);
		expect(scripts[0].getAttribute('src')).toBeUndefined();
		expect(scripts[0].text.length).toBeLessThan(2_000);
	});
});
