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

	// The browser tests' dark pass runs axe's colour rules alone (tests/browser/axe.ts): sound only
	// while dark mode changes colours and nothing else.
	it('changes nothing but colour custom properties in dark mode', () => {
		const [href] = stylesheets('/');
		const css = readFileSync(fileFor(href), 'utf8');
		const blocks = [...css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)].map((match) => {
			let depth = 1;
			let end = match.index + match[0].length;
			while (depth) depth += { '{': 1, '}': -1 }[css[end++]] ?? 0;
			return css.slice(match.index, end);
		});
		expect(blocks.length).toBeGreaterThan(0);
		for (const block of blocks) {
			expect(block).toMatch(/^@media \(prefers-color-scheme: ?dark\)\{:root\{[^{}]*\}\}$/);
			const declarations = block.slice(block.indexOf(':root{') + 6, -2).split(';');
			for (const declaration of declarations)
				expect(declaration).toMatch(/^--[a-z-]+:(#[0-9a-f]{3,8}|rgba?\([^)]*\))$/);
		}
		expect(css).not.toMatch(/light-dark\(/);
	});

	it('is at most 10 KB compressed', () => {
		const [href] = stylesheets('/');
		expect(gzipSync(readFileSync(fileFor(href))).length).toBeLessThanOrEqual(10 * 1024);
	});
});
