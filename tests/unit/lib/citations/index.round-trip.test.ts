import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { toBibtex, toCsl, toRis } from '../../../../src/lib/citations/index.ts';
import { ReferenceSchema } from '../../../../src/schemas/reference.ts';

// Every real reference, read by parsers this project does not write, field by field against its CSL-JSON.
const DIR = new URL('../../../../content/references/', import.meta.url);
const references = readdirSync(DIR).map((file) => ({
	id: file.replace(/\.json$/, ''),
	data: ReferenceSchema.parse(JSON.parse(readFileSync(new URL(file, DIR), 'utf8'))),
}));
type Csl = {
	title: string;
	author?: { family?: string; given?: string; literal?: string }[];
	issued?: { 'date-parts': number[][] };
	'container-title'?: string;
	volume?: string;
	issue?: string;
	page?: string;
	DOI?: string;
	URL?: string;
};
const csl = new Map(references.map((r) => [r.id, toCsl(r, 'export') as unknown as Csl]));
const ris = toRis(references);
const risItems = new Map(
	parseRis(ris).map((item) => [String(item.id), item as unknown as Record<string, unknown>]),
);
const bib = parseBibtex(toBibtex(references));
const bibEntries = new Map(
	bib.entries.map((entry) => [entry.key, entry.fields as Record<string, unknown>]),
);
const ids = references.map((r) => r.id);
const dash = (pages?: string) => pages?.replace(/[–-]+/g, '-');

describe('RIS export, read back by astrocite-ris', () => {
	it('writes each field on one line', () => {
		expect(ris.split('\n').filter((line) => line && !/^[A-Z][A-Z0-9] {2}- /.test(line))).toEqual(
			[],
		);
	});

	it.each(ids)(
		'keeps %s: id, title, authors, journal or site, volume, issue, pages, DOI, URL, date',
		(id) => {
			const item = risItems.get(id)!;
			const source = csl.get(id)!;
			expect(item, id).toBeDefined();
			expect(item.title).toBe(source.title);
			// RIS has no mark for an organisation or a particle, so a reader may split "United Nations" into
			// given and family names, or "van der" off "Kolk": the name's words, in order, must survive.
			// RIS writes "Last, First, Suffix"; astrocite-ris reads three parts as BibTeX's "Last, Jr, First",
			// so its given and suffix are swapped back to read given names that hold a comma ("Joseph W., III").
			const read = (item.author as Record<string, string>[] | undefined)?.map((a) =>
				[
					a.suffix ? `${a.suffix}, ${a.given}` : a.given,
					a['dropping-particle'],
					a['non-dropping-particle'],
					a.family,
				]
					.filter(Boolean)
					.join(' '),
			);
			expect(read).toEqual(
				source.author?.map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')),
			);
			expect([
				item['container-title'],
				item.volume,
				item.issue,
				dash(item.page as string),
				item.DOI,
				item.URL,
			]).toEqual([
				source['container-title'],
				source.volume,
				source.issue,
				dash(source.page),
				source.DOI,
				source.URL,
			]);
			expect(ris).toMatch(
				source.issued
					? new RegExp(
							`^DA {2}- ${source.issued['date-parts'][0].map((n, i) => (i ? String(n).padStart(2, '0') : n)).join('/')}/`,
							'm',
						)
					: /./,
			);
		},
	);
});

describe('BibTeX export, read back by @retorquere/bibtex-parser', () => {
	it('parses without errors', () => {
		expect(bib.errors).toEqual([]);
		expect([...bibEntries.keys()].sort()).toEqual([...ids].sort());
	});

	it.each(ids)(
		'keeps %s: title, authors, journal, volume, number, pages, DOI, URL, year and date',
		(id) => {
			const fields = bibEntries.get(id)!;
			const source = csl.get(id)!;
			const [year, month, day] = source.issued?.['date-parts'][0] ?? [];
			expect(fields.title).toBe(source.title);
			// A family name without given names is written in braces, which reads back as one name, as a literal does.
			// A particle read off the family name ("van der" Kolk) is put back before comparing.
			const authors = (fields.author as Record<string, string>[] | undefined)?.map(
				({ prefix, lastName, ...rest }) =>
					lastName === undefined
						? rest
						: { lastName: [prefix, lastName].filter(Boolean).join(' '), ...rest },
			);
			expect(authors).toEqual(
				source.author?.map((a) =>
					(a.literal ?? !a.given)
						? { name: a.literal ?? a.family }
						: { lastName: a.family, firstName: a.given },
				),
			);
			expect([
				fields.volume,
				fields.number,
				dash(fields.pages as string),
				fields.doi,
				fields.url,
			]).toEqual([source.volume, source.issue, dash(source.page), source.DOI, source.URL]);
			expect(fields.year).toBe(year === undefined ? undefined : String(year));
			expect(fields.date).toBe(
				month === undefined
					? undefined
					: [year, month, day]
							.filter((n) => n !== undefined)
							.map((n, i) => (i ? String(n).padStart(2, '0') : n))
							.join('-'),
			);
			// A journal article's journal; a web page's site is its organization (biblatex @online), a list.
			const organization = (fields.organization as string[] | undefined)?.[0];
			expect(fields.journal ?? organization ?? fields.howpublished).toBe(source['container-title']);
			if (source.URL) expect(fields.howpublished).not.toBe(source.URL);
			if (!source.issued) expect(fields.note).toContain('No date given on the page.');
		},
	);
});
