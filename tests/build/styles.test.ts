import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileFor, page, sitemapPaths } from './site.ts';

const everyPage = [...sitemapPaths(), '/404.html'];
const stylesheets = (path: string) =>
	page(path)
		.querySelectorAll('link[rel="stylesheet"]')
		.map((link) => link.getAttribute('href')!);

describe('the stylesheet', () => {
	it('is one file, the same for every page, with no <style> or style attribute in any page', () => {
		const sheets = new Set(everyPage.flatMap(stylesheets));
		expect(sheets.size).toBe(1);
		for (const path of everyPage) {
			expect(stylesheets(path), path).toHaveLength(1);
			expect(page(path).querySelectorAll('style, [style]'), path).toHaveLength(0);
		}
	});

	it('is at most 10 KB compressed', () => {
		const [href] = stylesheets('/');
		expect(gzipSync(readFileSync(fileFor(href))).length).toBeLessThanOrEqual(10 * 1024);
	});
});
