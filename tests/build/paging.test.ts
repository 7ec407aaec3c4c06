import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import {
	CLAIMS_PER_PAGE,
	HOME_SUMMARIES,
	REFERENCES_PER_PAGE,
	SOURCES_PER_PAGE,
	SUMMARIES_PER_PAGE,
	pageCount,
} from '../../src/lib/site/paging.ts';
import { PAGED_REFERENCES, PAGED_SUMMARIES } from '../setup/build-paged-site.ts';
import { PAGED_CONTENT, PAGED_DIST } from '../setup/paths.ts';
import { sitemapPaths } from './site.ts';

// The synthetic corpus of tests/setup/build-paged-site.ts: more summaries and claims than one page of
// any list holds, so every list is cut into pages.
const { content } = checkContent(PAGED_CONTENT);
const claims = content.articles
	.toSorted((a, b) => a.data.title.localeCompare(b.data.title))
	.flatMap((a) => a.data.claims.map((c) => `/articles/${a.id}/#${c.id}`));
const fileOf = (path: string) => join(PAGED_DIST, path, /\.[a-z]+$/.test(path) ? '' : 'index.html');
const page = (path: string): HTMLElement => parse(readFileSync(fileOf(path), 'utf8'));
const pagesOf = (base: string, total: number, size: number) =>
	Array.from({ length: pageCount(total, size) }, (_, i) => (i === 0 ? base : `${base}${i + 1}/`));
const sitemap = sitemapPaths(PAGED_DIST);
const lists = {
	articles: pagesOf('/articles/', PAGED_SUMMARIES, SUMMARIES_PER_PAGE),
	findings: pagesOf('/findings/', claims.length, CLAIMS_PER_PAGE),
	checks: pagesOf('/checks/', PAGED_SUMMARIES, SOURCES_PER_PAGE),
	references: pagesOf('/references/', PAGED_REFERENCES, REFERENCES_PER_PAGE),
};
const rowHrefs = (path: string) =>
	page(path)
		.querySelectorAll('#findings-table tbody tr')
		.map((tr) => tr.querySelector('td.summary a')!.getAttribute('href'));

describe('lists longer than one page', () => {
	it('are cut into pages, each built, listed in the sitemap and under 1 MB', () => {
		expect(content.articles).toHaveLength(PAGED_SUMMARIES);
		for (const paths of Object.values(lists)) {
			expect(paths.length).toBeGreaterThan(1);
			for (const path of paths) {
				expect(sitemap, path).toContain(path);
				expect(statSync(fileOf(path)).size, path).toBeLessThan(1_000_000);
			}
		}
		expect(
			existsSync(fileOf(lists.findings.at(-1)!.replace(/\d+\/$/, `${lists.findings.length + 1}/`))),
		).toBe(false);
	});

	it('show every claim once across the pages of /findings/, in summary order', () => {
		const pages = lists.findings.map(rowHrefs);
		expect(pages.slice(0, -1).every((rows) => rows.length === CLAIMS_PER_PAGE)).toBe(true);
		expect(pages.flat()).toEqual(claims);
	});

	it('say which claims a page of /findings/ shows, and that sorting and filters reach only those', () => {
		const html = page('/findings/2/');
		const total = claims.length.toLocaleString('en-GB');
		expect(html.querySelector('#findings-caption')?.text).toMatch(
			new RegExp(`^Claims 201–400 of ${total}, in summary order`),
		);
		expect(html.querySelector('#findings-scope')?.text).toContain(
			'work on the claims of this page only',
		);
		expect(html.querySelectorAll('#findings-scope a').map((a) => a.getAttribute('href'))).toEqual([
			'/search/?type=Summary',
			'/search/?type=Summary&status=Differs+from+the+paper',
		]);
		expect(html.querySelector('title')?.text).toBe(
			`Findings: every claim side by side, page 2 of ${lists.findings.length} · evidence-digest`,
		);
	});

	it("draw charts on a page of /findings/ from that page's claims only", () => {
		const outside = lists.findings.map((path) => {
			const rows = new Set(rowHrefs(path));
			const charted = page(path)
				.querySelectorAll('.forest table a[href^="/articles/"]')
				.map((a) => a.getAttribute('href')!);
			return { path, charted: charted.length, outside: charted.filter((href) => !rows.has(href)) };
		});
		expect(outside.some(({ charted }) => charted > 0)).toBe(true);
		expect(outside.filter((p) => p.outside.length > 0)).toEqual([]);
	});

	it('link their pages with a named navigation: previous, numbers, next, the current page marked', () => {
		const nav = page('/findings/2/').querySelector('nav.pagination')!;
		expect(nav.getAttribute('aria-label')).toBe('Pages of the findings table');
		expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/findings/');
		expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/findings/3/');
		expect(
			nav.querySelectorAll('a[aria-current="page"]').map((a) => [a.getAttribute('href'), a.text]),
		).toEqual([['/findings/2/', 'Page 2']]);
		expect(page('/articles/').querySelector('nav.pagination a[rel="prev"]')).toBeNull();
		expect(page(lists.checks.at(-1)!).querySelector('nav.pagination a[rel="next"]')).toBeNull();
	});

	it('list the summaries newest first on /articles/, each once', () => {
		const cards = lists.articles.flatMap((path) => page(path).querySelectorAll('.card'));
		const dates = cards.map((card) =>
			card.querySelectorAll('time').at(-1)!.getAttribute('datetime')!,
		);
		expect(cards).toHaveLength(PAGED_SUMMARIES);
		expect(dates).toEqual(dates.toSorted().reverse());
		expect(page('/articles/2/').querySelector('#summaries-heading')?.text).toBe(
			`Summaries 51–100 of ${PAGED_SUMMARIES}`,
		);
	});

	it('list every reference once across the pages of /references/, by id, the first page at /references/', () => {
		expect(content.references).toHaveLength(PAGED_REFERENCES);
		const listed = lists.references.map((path) =>
			page(path)
				.querySelectorAll('main ul.stack > li > .reference > a:first-child')
				.map((a) => a.getAttribute('href')),
		);
		expect(listed.slice(0, -1).every((hrefs) => hrefs.length === REFERENCES_PER_PAGE)).toBe(true);
		expect(listed.flat()).toEqual(
			content.references
				.map((r) => r.id)
				.toSorted((a, b) => a.localeCompare(b))
				.map((id) => `/references/${id}/`),
		);
		expect(existsSync(fileOf('/references/1/'))).toBe(false);
		const second = page('/references/2/');
		expect(second.querySelector('title')?.text).toBe(
			`References, page 2 of ${lists.references.length} · evidence-digest`,
		);
		expect(second.querySelector('#references-range')?.text).toBe(
			`References 101–${Math.min(200, PAGED_REFERENCES)} of ${PAGED_REFERENCES}`,
		);
		const nav = second.querySelector('nav.pagination')!;
		expect(nav.getAttribute('aria-label')).toBe('Pages of the list of references');
		expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/references/');
		expect(
			page('/references/').querySelector('nav.pagination a[rel="next"]')?.getAttribute('href'),
		).toBe('/references/2/');
		// A reference's own page is still at /references/<id>/, beside the pages of the list.
		expect(existsSync(fileOf(listed[0][0]!))).toBe(true);
	});

	it('keep the home page to the newest summaries, their key numbers and a link to all of them', () => {
		const html = page('/');
		const listed = html.querySelectorAll('.card h3 a').map((a) => a.getAttribute('href'));
		expect(listed).toEqual(
			page('/articles/')
				.querySelectorAll('.card h3 a')
				.slice(0, HOME_SUMMARIES)
				.map((a) => a.getAttribute('href')),
		);
		expect(html.querySelector('a[href="/articles/"]')?.text).toBe(
			`All ${PAGED_SUMMARIES} summaries`,
		);
		const keyNumbers = html
			.querySelectorAll('#key-numbers-heading ~ .table-wrap td:last-child a')
			.map((a) => a.getAttribute('href')!.replace(/#.*/, ''));
		expect(keyNumbers.length).toBeGreaterThan(0);
		expect(keyNumbers.filter((href) => !listed.includes(href))).toEqual([]);
	});

	it("send each summary's header link to its section on the right page of /checks/", () => {
		for (const path of lists.checks) {
			for (const section of page(path).querySelectorAll('section.source')) {
				const link = page(`/articles/${section.id}/`).querySelector(
					`header a[href$="#${section.id}"]`,
				);
				expect(link?.getAttribute('href')).toBe(`${path}#${section.id}`);
			}
		}
	});

	it('link only to pages that were built', () => {
		const paths = [...Object.values(lists).flat(), '/'];
		const hrefs = paths.flatMap((path) =>
			page(path)
				.querySelectorAll('a[href^="/"]')
				.map((a) => new URL(a.getAttribute('href')!, 'https://site.test').pathname),
		);
		expect([...new Set(hrefs)].filter((href) => !existsSync(fileOf(href)))).toEqual([]);
		expect(
			readdirSync(join(PAGED_DIST, 'articles')).filter((name) => /^\d+$/.test(name)).length,
		).toBe(lists.articles.length - 1);
	});
});
