import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFrontmatter, contentIds, fileFor, page, sitemapPaths } from './site.ts';

const SITE = 'https://evidence-digest.example/';
const everyPage = [...sitemapPaths(), '/404.html'];
const meta = (path: string, key: string) => page(path).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** A PNG's width and height, from its IHDR chunk (bytes 16 to 23). */
function pngSize(file: string): { width: number; height: number; bytes: number } {
	const png = readFileSync(file);
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length };
}

describe('share cards and Open Graph', () => {
	it.each(everyPage)('gives %s og:title, og:description, og:url and an og:image that exists at its stated size', (path) => {
		expect(meta(path, 'og:title')).toBeTruthy();
		expect(meta(path, 'og:description')).toBe(meta(path, 'description'));
		expect(meta(path, 'og:url')).toBe(page(path).querySelector('link[rel="canonical"]')?.getAttribute('href'));
		const image = meta(path, 'og:image')!;
		expect(image.startsWith(`${SITE}og/`)).toBe(true);
		expect(meta(path, 'twitter:image')).toBe(image);
		const size = pngSize(fileFor(new URL(image).pathname));
		expect([size.width, size.height]).toEqual([Number(meta(path, 'og:image:width')), Number(meta(path, 'og:image:height'))]);
		expect(size.bytes).toBeLessThan(100 * 1024);
	});

	it('gives each summary its own 1200×630 card, type article and its dates', () => {
		for (const id of contentIds('articles')) {
			const path = `/articles/${id}/`;
			expect([meta(path, 'og:type'), meta(path, 'og:image')]).toEqual(['article', `${SITE}og/${id}.png`]);
			expect(meta(path, 'article:published_time')).toBe(String((articleFrontmatter(id) as unknown as { published: string }).published));
			expect(pngSize(fileFor(`/og/${id}.png`))).toMatchObject({ width: 1200, height: 630 });
		}
		expect([meta('/about/', 'og:type'), meta('/about/', 'og:image')]).toEqual(['website', `${SITE}og/default.png`]);
	});
});
