import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { DoiSchema } from '../../src/schemas/doi.ts';
import {
	articleFrontmatter,
	contentData,
	contentIds,
	fileFor,
	page,
	sitemapPaths,
} from './site.ts';

const SITE = 'https://evidence-digest.example/';
const text = (path: string) => readFileSync(fileFor(path), 'utf8');
const meta = (path: string, name: string) =>
	page(path)
		.querySelectorAll(`meta[name="${name}"]`)
		.map((m) => m.getAttribute('content'));
const retracted = contentIds('references').filter(
	(id) =>
		(contentData(`references`, id) as { status?: { type: string } }).status?.type === 'retracted',
);

describe('crawler conventions', () => {
	it('names the sitemap in robots.txt at its absolute address', () => {
		expect(text('/robots.txt')).toMatch(new RegExp(`^Sitemap: ${SITE}sitemap-index\\.xml$`, 'm'));
	});

	it("gives each summary's sitemap entry its last change as lastmod", () => {
		const xml = readFileSync(fileFor('/sitemap-0.xml'), 'utf8');
		for (const id of contentIds('articles')) {
			const { published, updated } = articleFrontmatter(id) as unknown as {
				published: string;
				updated?: string;
			};
			const entry = new RegExp(`<loc>${SITE}articles/${id}/</loc><lastmod>([^<]+)</lastmod>`).exec(
				xml,
			);
			expect(entry?.[1].slice(0, 10), id).toBe(String(updated ?? published).slice(0, 10));
		}
	});

	it('links a favicon.ico and an apple-touch-icon that exist', () => {
		const head = page('/').querySelector('head')!;
		expect(head.querySelector('link[rel="icon"][href="/favicon.ico"]')).not.toBeNull();
		expect(head.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href')).toBe(
			'/apple-touch-icon.png',
		);
		expect(readFileSync(fileFor('/favicon.ico')).readUInt16LE(2)).toBe(1); // an ICO's type: icon
		expect(readFileSync(fileFor('/apple-touch-icon.png')).readUInt32BE(16)).toBe(180); // PNG width
	});

	it('keeps the 404 page out of the index, with no canonical address', () => {
		expect(meta('/404.html', 'robots')).toEqual(['noindex']);
		expect(page('/404.html').querySelector('link[rel="canonical"]')).toBeNull();
		expect(sitemapPaths()).not.toContain('/404.html');
	});

	it('gives the feed a lastBuildDate and a title of its own to each item', () => {
		const xml = text('/feed.xml');
		expect(xml).toMatch(
			/<lastBuildDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} [\d:]{8} GMT<\/lastBuildDate>/,
		);
		const titles = [...xml.matchAll(/<item><title>([^<]*)<\/title>/g)].map(([, t]) => t);
		expect(titles.length).toBeGreaterThan(contentIds('articles').length);
		expect(new Set(titles).size).toBe(titles.length);
	});
});

describe('saving a page in a reference manager', () => {
	it.each(contentIds('articles'))(
		'saves /articles/%s/ as a web page of this site, not a journal article',
		(id) => {
			const head = page(`/articles/${id}/`).querySelector('head')!;
			expect(head.querySelectorAll('meta[name^="citation_"]')).toHaveLength(0);
			expect(meta(`/articles/${id}/`, 'author')).toEqual(['evidence-digest']);
			expect(head.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(
				'evidence-digest',
			);
		},
	);

	it.each(contentIds('references'))(
		"gives /references/%s/ the paper's address and COinS with organisations whole",
		(id) => {
			const data = contentData('references', id) as {
				DOI?: string;
				URL?: string;
				author?: { literal?: string }[];
			};
			const path = `/references/${id}/`;
			// The site stores a DOI lower case (DOIs are case-insensitive; README, Adding a reference).
			const address = data.DOI ? `https://doi.org/${DoiSchema.parse(data.DOI)}` : data.URL;
			expect(meta(path, 'citation_public_url')).toEqual(address ? [address] : []);
			const coins = new URLSearchParams(
				page(path).querySelector('span.Z3988')!.getAttribute('title'),
			);
			expect(coins.getAll('rft.aucorp')).toEqual(
				(data.author ?? []).flatMap((a) => a.literal ?? []),
			);
			if (address) expect(coins.getAll('rft_id')).toContain(address);
			if (retracted.includes(id)) expect(meta(path, 'citation_keywords')).toEqual(['retracted']);
		},
	);
});

describe('the downloads', () => {
	const bib = parseBibtex(text('/references/all.bib'));
	const ris = parseRis(text('/references/all.ris')) as unknown as Record<string, unknown>[];
	const json = JSON.parse(text('/references/all.json')) as Record<string, unknown>[];

	it.each(retracted)('say that %s was retracted, in BibTeX, RIS and CSL-JSON', (id) => {
		// A retraction known only from reports (confirmed: false) is said to be reported, and why.
		const { confirmed } = (contentData('references', id) as { status: { confirmed?: boolean } })
			.status;
		const said = confirmed === false ? 'Reported retracted' : 'Retracted';
		const note = new RegExp(
			`^${said} on \\d+ \\w+ \\d{4} \\(.*${confirmed === false ? 'the notice itself was not seen' : ''}`,
		);
		const entry = bib.entries.find((e) => e.key === id)!.fields as Record<string, unknown>;
		expect(String(entry.note)).toMatch(note);
		expect(entry.keywords).toEqual(['retracted']);
		const record = ris.find((r) => r.id === id)!;
		expect(String(record.note)).toMatch(note);
		expect(String(json.find((r) => r.id === id)!.note)).toMatch(note);
	});

	it('types regulator records as reports, the treaty as a statute, web pages as ELEC and @online', () => {
		const types = (risText: string) =>
			Object.fromEntries(
				risText
					.split(/^ER {2}- *$/m)
					.filter((r) => r.includes('ID  - '))
					.map((r) => [/^ID {2}- (.*)$/m.exec(r)![1], /^TY {2}- (\w+)/m.exec(r)![1]]),
			);
		expect(types(text('/references/all.ris'))).toMatchObject({
			'fda-2024-crl': 'RPRT',
			'un-1971-convention': 'STAT',
			'webmd-nd': 'ELEC',
			'mitchell-2021': 'JOUR',
		});
		const bibType = (id: string) => bib.entries.find((e) => e.key === id)!.type;
		expect(['fda-2024-crl', 'webmd-nd', 'un-1971-convention'].map(bibType)).toEqual([
			'techreport',
			'online',
			'misc',
		]);
	});

	it('gives each summary its BibTeX and RIS as files that parse, dated, with the address once', () => {
		for (const id of contentIds('articles')) {
			const summaryBib = parseBibtex(text(`/articles/${id}/citation.bib`));
			expect(summaryBib.errors, id).toEqual([]);
			const fields = summaryBib.entries[0].fields as Record<string, unknown>;
			expect(fields.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(fields.month).toBeUndefined();
			expect(text(`/articles/${id}/citation.bib`).split(`${SITE}articles/${id}/`)).toHaveLength(2);
			const [record] = parseRis(text(`/articles/${id}/citation.ris`)) as unknown as Record<
				string,
				unknown
			>[];
			expect([record.type, record.URL]).toEqual(['webpage', `${SITE}articles/${id}/`]);
			expect(
				page(`/articles/${id}/`).querySelector(`a[href="/articles/${id}/citation.ris"]`),
			).not.toBeNull();
		}
	});
});
