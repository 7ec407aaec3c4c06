import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { CARD_BACKGROUND, cardSvg } from '../../src/lib/share/card-svg.ts';
import { renderPng } from '../../src/lib/share/render.ts';
import { CHECK_SHORT_LABELS } from '../../src/lib/format/check-status.ts';
import { CHECK_STATUSES } from '../../src/schemas/claim.ts';
import { DoiSchema } from '../../src/schemas/doi.ts';
import {
	articleFrontmatter,
	contentData,
	contentIds,
	countByStatus,
	fileFor,
	page,
	sitemapPaths,
} from './site.ts';

const SITE = 'https://evidence-digest.example/';
const everyPage = [...sitemapPaths(), '/404.html'];
const meta = (path: string, key: string) =>
	page(path).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** A PNG's width and height, from its IHDR chunk (bytes 16 to 23). */
function pngSize(file: string): { width: number; height: number; bytes: number } {
	const png = readFileSync(file);
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length };
}

describe('share cards and Open Graph', () => {
	it.each(everyPage)(
		'gives %s og:title, og:description, og:url and an og:image that exists at its stated size',
		(path) => {
			expect(meta(path, 'og:title')).toBeTruthy();
			expect(meta(path, 'og:description')).toBe(meta(path, 'description'));
			expect(meta(path, 'og:url')).toBe(
				page(path).querySelector('link[rel="canonical"]')?.getAttribute('href'),
			);
			const image = meta(path, 'og:image')!;
			expect(image.startsWith(`${SITE}og/`)).toBe(true);
			// X falls back to og:title, og:description and og:image; only the card type is its own.
			expect(meta(path, 'twitter:card')).toBe('summary_large_image');
			expect(meta(path, 'twitter:image')).toBeUndefined();
			const size = pngSize(fileFor(new URL(image).pathname));
			expect([size.width, size.height]).toEqual([
				Number(meta(path, 'og:image:width')),
				Number(meta(path, 'og:image:height')),
			]);
			expect(size.bytes).toBeLessThan(100 * 1024);
		},
	);

	it('gives each summary its own 1200×630 card, type article and its dates', () => {
		for (const id of contentIds('articles')) {
			const path = `/articles/${id}/`;
			expect([meta(path, 'og:type'), meta(path, 'og:image')]).toEqual([
				'article',
				`${SITE}og/${id}.png`,
			]);
			expect(meta(path, 'article:published_time')).toBe(articleFrontmatter(id).published);
			expect(pngSize(fileFor(`/og/${id}.png`))).toMatchObject({ width: 1200, height: 630 });
		}
		expect([meta('/about/', 'og:type'), meta('/about/', 'og:image')]).toEqual([
			'website',
			`${SITE}og/default.png`,
		]);
	});

	it("draws each summary's card from its title and its claims counted by status, named in the legend", () => {
		for (const id of contentIds('articles')) {
			const { title, claims } = articleFrontmatter(id);
			const counts = countByStatus(claims);
			const svg = cardSvg({ title, counts });
			// The card a reader sees is this drawing, pixel for pixel, so its words are the SVG's.
			const png = readFileSync(fileFor(`/og/${id}.png`));
			expect(renderPng(svg, CARD_BACKGROUND).equals(png), id).toBe(true);
			const texts = parse(svg)
				.querySelectorAll('text')
				.map((text) => text.text);
			expect(texts, id).toEqual(
				expect.arrayContaining([
					`${claims.length} claims checked against the papers`,
					...CHECK_STATUSES.map(
						(status) => `${counts[status]} ${CHECK_SHORT_LABELS[status].toLowerCase()}`,
					),
				]),
			);
		}
	});
});

describe('Highwire tags', () => {
	type Csl = {
		title: string;
		author?: { family?: string; given?: string; literal?: string }[];
		issued?: { 'date-parts': number[][] };
		'container-title'?: string;
		volume?: string | number;
		issue?: string | number;
		page?: string;
		DOI?: string;
		type: string;
	};
	const metas = (path: string, name: string) =>
		page(path)
			.querySelectorAll(`meta[name="${name}"]`)
			.map((m) => m.getAttribute('content'));

	it.each(contentIds('references'))('describe the paper itself on /references/%s/', (id) => {
		const path = `/references/${id}/`;
		const r = contentData<Csl>('references', id);
		expect(metas(path, 'citation_title')).toEqual([r.title]);
		expect(metas(path, 'citation_author')).toEqual(
			(r.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', ')),
		);
		expect(metas(path, 'citation_publication_date')).toEqual(
			r.issued
				? [r.issued['date-parts'][0].map((n, i) => (i ? String(n).padStart(2, '0') : n)).join('/')]
				: [],
		);
		// Stored lower case, as DOIs are case-insensitive (README, Adding a reference).
		expect(metas(path, 'citation_doi')).toEqual(r.DOI ? [DoiSchema.parse(r.DOI)] : []);
		if (r.type === 'article-journal')
			expect(metas(path, 'citation_journal_title')).toEqual([r['container-title']]);
		expect(metas(path, 'citation_volume')).toEqual(r.volume ? [String(r.volume)] : []);
		expect(metas(path, 'citation_issue')).toEqual(r.issue ? [String(r.issue)] : []);
		expect(metas(path, 'citation_firstpage')).toEqual(r.page ? [r.page.split('-')[0]] : []);
	});

	it('leave summary pages describing the summary', () => {
		// A summary has no Highwire tags (Zotero would save it as a journal article): its title and
		// author are the page's own, as a web page of this site.
		const id = contentIds('articles')[0];
		const head = page(`/articles/${id}/`).querySelector('head')!;
		expect(head.querySelectorAll('meta[name^="citation_"]')).toHaveLength(0);
		expect(head.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
			articleFrontmatter(id).title,
		);
		expect(metas(`/articles/${id}/`, 'author')).toEqual(['evidence-digest']);
	});
});
