import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { coinsTitle } from '../../../../src/lib/citations/coins.ts';
import { statusNote } from '../../../../src/lib/citations/export-item.ts';
import {
	citeItems,
	formatBibliography,
	summaryItem,
	toBibtex,
	toCslJson,
	toRis,
	type IdentifiedReference,
} from '../../../../src/lib/citations/index.ts';
import { ReferenceSchema, type ReferenceInput } from '../../../../src/schemas/reference.ts';

const reference = (id: string, input: ReferenceInput, accessed?: Date): IdentifiedReference => ({
	id,
	data: ReferenceSchema.parse(input),
	...(accessed && { accessed }),
});
const retracted = reference('paper-2020', {
	type: 'article-journal',
	title: 'A paper',
	author: [{ family: 'Ot’alora G.', given: 'Marcela' }],
	issued: { 'date-parts': [[2020]] },
	'container-title': 'A journal',
	DOI: '10.1000/paper',
	study: { design: 'rct' },
	status: {
		type: 'retracted',
		date: '2024-08-10',
		notice: '10.1000/notice',
		reason: 'Misconduct.',
	},
});
const letter = reference('agency-2024', {
	type: 'document',
	title: '[A complete response letter]',
	author: [{ literal: 'U.S. Food and Drug Administration' }],
	issued: { 'date-parts': [[2024, 8, 9]] },
	study: { design: 'regulatory' },
});
const treaty = reference('un-1971', {
	type: 'legislation',
	title: 'A convention',
	author: [{ literal: 'United Nations' }],
	issued: { 'date-parts': [[1971, 2, 21]] },
	study: { design: 'regulatory' },
});
const undated = reference(
	'site-nd',
	{
		type: 'webpage',
		title: 'A page',
		author: [{ literal: 'A Site' }],
		'container-title': 'A Site',
		URL: 'https://example.org/page',
		study: { design: 'web-page' },
	},
	new Date('2026-12-01T00:00:00Z'),
);
const preprint = reference('lab-2026', {
	type: 'article',
	genre: 'Preprint',
	title: 'A living review',
	author: [{ family: 'Lab', given: 'Ada' }],
	issued: { 'date-parts': [[2026]] },
	publisher: 'medRxiv',
	DOI: '10.1000/preprint',
	study: { design: 'meta-analysis' },
});
const all = [retracted, letter, treaty, undated, preprint];

describe('a retraction travels with the record', () => {
	it('is named with its notice and date in a sentence every format carries', () => {
		expect(statusNote(retracted.data.status!)).toBe(
			'Retracted on 10 August 2024 (notice: https://doi.org/10.1000/notice).',
		);
		const { entries } = parseBibtex(toBibtex([retracted]));
		expect(entries[0].fields).toMatchObject({
			note: 'Retracted on 10 August 2024 (notice: https://doi.org/10.1000/notice).',
			keywords: ['retracted'],
		});
		expect(toRis([retracted])).toMatch(/^N1 {2}- Retracted on 10 August 2024 \(notice: .*\)\.$/m);
		expect(toRis([retracted])).toMatch(/^KW {2}- retracted$/m);
		expect(JSON.parse(toCslJson([retracted]))[0]).toMatchObject({
			note: 'Retracted on 10 August 2024 (notice: https://doi.org/10.1000/notice).',
			keyword: 'retracted',
		});
	});
});

describe('each record is exported as what it is', () => {
	it('writes a regulator letter as a report issued by the agency, whole', () => {
		expect(toRis([letter])).toMatch(/^TY {2}- RPRT$/m);
		expect(toRis([letter])).toMatch(/^AU {2}- U\.S\. Food and Drug Administration$/m);
		expect(toRis([letter])).toMatch(/^PB {2}- U\.S\. Food and Drug Administration$/m);
		const [entry] = parseBibtex(toBibtex([letter])).entries;
		expect(entry.type).toBe('techreport');
		expect(entry.fields.author).toEqual([{ name: 'U.S. Food and Drug Administration' }]);
	});

	it('writes a treaty as a statute in RIS, not a court case', () => {
		expect(toRis([treaty])).toMatch(/^TY {2}- STAT$/m);
		expect(parseBibtex(toBibtex([treaty])).entries[0].type).toBe('misc');
	});

	it('gives an undated web page the day the site last read it', () => {
		const [entry] = parseBibtex(toBibtex([undated])).entries;
		expect([entry.type, entry.fields.urldate, entry.fields.organization]).toEqual([
			'online',
			'2026-12-01',
			['A Site'],
		]);
		const ris = toRis([undated]);
		expect(ris).toMatch(/^Y2 {2}- 2026\/12\/01\/$/m);
		expect(ris).not.toMatch(/^M1 {2}- /m);
		expect(JSON.parse(toCslJson([undated]))[0].accessed).toEqual({ 'date-parts': [[2026, 12, 1]] });
	});

	it('writes names as UTF-8 that bibtexparser reads back as written', () => {
		const bibtex = toBibtex(all);
		expect(bibtex).toContain('Ot’alora G., Marcela');
		expect(bibtex).not.toContain('\\textquoteright');
		expect(parseBibtex(bibtex).entries[0].fields.author).toEqual([
			{ lastName: 'Ot’alora G.', firstName: 'Marcela' },
		]);
	});
});

describe('"cite this summary"', () => {
	const title = 'A “quoted” post: 50% & $5_000 {braces} <b>not bold</b> #1 ~ ^ \\ Ot’alora';
	const item = summaryItem({
		slug: 'a-post',
		title,
		published: new Date('2026-11-22T00:00:00Z'),
		url: 'https://evidence-digest.example/articles/a-post/',
	});
	const { bibtex, ris } = citeItems([item]).get(item.id)!;

	it('gives BibTeX that bibtexparser reads back to the same title, dated, with the address once', () => {
		const { entries, errors } = parseBibtex(bibtex);
		expect(errors).toEqual([]);
		expect(entries[0].fields).toMatchObject({
			title,
			date: '2026-11-22',
			url: 'https://evidence-digest.example/articles/a-post/',
			author: [{ name: 'evidence-digest' }],
		});
		expect(entries[0].fields.month).toBeUndefined();
		expect(bibtex.split('https://evidence-digest.example/articles/a-post/')).toHaveLength(2);
		expect(entries[0].type).toBe('online');
	});

	it('gives RIS that astrocite reads as a web page of this site', () => {
		const [record] = parseRis(ris) as unknown as Record<string, unknown>[];
		expect(record).toMatchObject({
			type: 'webpage',
			title,
			URL: 'https://evidence-digest.example/articles/a-post/',
			'container-title': 'evidence-digest',
		});
	});
});

describe('a preprint', () => {
	it('reads "[Preprint]" and its server in APA, and is no journal article in BibTeX, RIS or COinS', () => {
		const apa = formatBibliography([preprint])
			.get('lab-2026')!
			.replace(/<[^>]+>/g, '');
		expect(apa).toMatch(/^Lab, A\. \(2026\)\. A living review \[Preprint\]\. medRxiv\.$/);
		const { entries } = parseBibtex(toBibtex([preprint]));
		expect(entries[0].type).toBe('misc');
		expect(toRis([preprint])).toMatch(/^TY {2}- GEN$/m);
		expect(toRis([preprint])).toMatch(/^PB {2}- medRxiv$/m);
		expect(entries[0].fields).toMatchObject({ publisher: ['medRxiv'] });
		const kev = new URLSearchParams(coinsTitle(preprint.data));
		expect([kev.get('rft.type'), kev.get('rft.publisher'), kev.get('rft.jtitle')]).toEqual([
			'preprint',
			'medRxiv',
			null,
		]);
	});
});

describe('COinS on a reference page', () => {
	it('keeps an organisation whole and names the type and site', () => {
		const kev = new URLSearchParams(coinsTitle(letter.data));
		expect([kev.get('rft.aucorp'), kev.get('rft.type'), kev.get('rft.publisher')]).toEqual([
			'U.S. Food and Drug Administration',
			'report',
			'U.S. Food and Drug Administration',
		]);
		const page = new URLSearchParams(coinsTitle(undated.data));
		expect([page.get('rft.type'), page.get('rft.source'), page.get('rft_id')]).toEqual([
			'webpage',
			'A Site',
			'https://example.org/page',
		]);
	});

	it('gives a paper its DOI as its address and its authors in order', () => {
		const kev = new URLSearchParams(coinsTitle(retracted.data));
		expect(kev.getAll('rft_id')).toEqual([
			'info:doi/10.1000/paper',
			'https://doi.org/10.1000/paper',
		]);
		expect([kev.get('rft.aulast'), kev.get('rft.aufirst'), kev.get('rft.jtitle')]).toEqual([
			'Ot’alora G.',
			'Marcela',
			'A journal',
		]);
	});
});
