/**
 * Repairs to citation-js's BibTeX and RIS text that its options cannot make, so that other tools
 * read our exports without loss (tried with bibtexparser, biber, rispy and Zotero).
 * Each takes the CSL items in the order they were formatted, which citation-js keeps.
 */

// citation-js with its plugins and options as index.ts loads and sets them.
import { Cite } from '@citation-js/core';
import { type IssuedDate, referenceDateParts } from '../format/reference-date.ts';

type CslItem = Record<string, unknown> & { id: string };

// citation-js's RIS writer breaks every value after each 70 characters (@citation-js/plugin-ris), which
// readers join with a space ("pla cebo"); a line of 70 characters is followed by its continuation.
const WRAP = 70;
const TAG = 6; // "TI  - "

/** RIS with each field on one line again: the continuation lines joined back without a space. */
export function unwrapRis(ris: string): string {
	const out: string[] = [];
	let segment = -1;
	for (const line of ris.split('\n')) {
		if (segment === WRAP) {
			out[out.length - 1] += line;
			segment = line.length;
		} else {
			out.push(line);
			segment = line.length - TAG;
		}
	}
	return out.join('\n');
}

/** One RIS record repaired (see completeRisRecords). */
function fixRisRecord(record: string, item: CslItem): string {
	let fixed = record.replace(/^ID {2}- .*$/m, `ID  - ${item.id}`);
	const site = item['container-title'];
	if (typeof site === 'string' && !/^T2 {2}- /m.test(fixed))
		fixed = fixed.replace(/^TI {2}- /m, `T2  - ${site}\nTI  - `);
	// The RIS spec writes DA as YYYY/MM/DD/ and a range as SP (start) and EP (end).
	fixed = fixed.replace(
		/^DA {2}- (\d{4})\/(\d{1,2})?\/(\d{1,2})?\//m,
		(_, y: string, m = '', d = '') =>
			`DA  - ${y}/${m && m.padStart(2, '0')}/${d && d.padStart(2, '0')}/`,
	);
	if (!/^EP {2}- /m.test(fixed))
		fixed = fixed.replace(/^SP {2}- ([^-\n]+)-+([^-\n]+)$/m, 'SP  - $1\nEP  - $2');
	// citation-js writes legislation as LEGAL, which Zotero and EndNote read as a court case; STAT is a statute.
	if (item.type === 'legislation') fixed = fixed.replace(/^TY {2}- LEGAL$/m, 'TY  - STAT');
	// A preprint (CSL "article") comes out as JOUR with no journal; RIS has no preprint type, so it is
	// generic, with its server as publisher.
	if (item.type === 'article') {
		fixed = fixed.replace(/^TY {2}- JOUR$/m, 'TY  - GEN');
		if (typeof item.publisher === 'string' && !/^PB {2}- /m.test(fixed))
			fixed = fixed.replace(/^(TI {2}- .*)$/m, `$1\nPB  - ${item.publisher}`);
	}
	const accessed = isoParts(item.accessed);
	if (accessed && !/^Y2 {2}- /m.test(fixed)) {
		const risDate = `${accessed.replaceAll('-', '/')}/`;
		// citation-js puts the accessed date in M1, which RIS gives other meanings; Y2 is the access date.
		fixed = fixed
			.replace(/^M1 {2}- \d{4}\/\d{1,2}\/\d{1,2}\/?\n/m, '')
			.replace(/^(TI {2}- .*)$/m, `$1\nY2  - ${risDate}`);
	}
	if (typeof item.keyword === 'string' && !/^KW {2}- /m.test(fixed))
		fixed = fixed.replace(/^(TI {2}- .*)$/m, `$1\nKW  - ${item.keyword}`);
	return fixed;
}

/**
 * Per record: the whole id in ID (citation-js cuts it to 20 characters), the site or journal name
 * in T2 where citation-js leaves it out (web pages), a padded DA and a page range as SP and EP.
 */
export function completeRisRecords(ris: string, items: readonly CslItem[]): string {
	return ris
		.split(/^ER {2}- *$/m)
		.map((record, i) => (items[i] ? fixRisRecord(record, items[i]) : record))
		.join('ER  - ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** biblatex's date for a CSL date known to the month or day ("2021-05-10"); undefined for a year alone. */
function biblatexDate(item: IssuedDate): string | undefined {
	const [year, month, day] = referenceDateParts(item) ?? [];
	if (year === undefined || month === undefined) return undefined;
	return [String(year), pad(month), ...(day === undefined ? [] : [pad(day)])].join('-');
}

/** A CSL date as biblatex writes it, "2026-11-22", as far as it is known. */
function isoParts(date: unknown): string | undefined {
	const parts = (date as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
	return parts?.map((part, i) => (i ? pad(part) : String(part))).join('-');
}

// biblatex's type for a web page; BibTeX styles that lack it print it as @misc.
const ONLINE = 'online';

/** One BibTeX entry's fields repaired (see fixBibtex). */
function fixEntry(entry: string, item: CslItem): string {
	let fixed = entry;
	const date = biblatexDate(item as IssuedDate);
	// "month = {may 10}": biber warns and drops the day. biblatex reads date; BibTeX styles keep year.
	if (date) fixed = fixed.replace(/^\tmonth = \{[^}]*\},\n/m, `\tdate = {${date}},\n`);
	const site = item['container-title'];
	const web = item.type === 'webpage';
	if (web) fixed = fixed.replace(/^@misc\{/, `@${ONLINE}{`);
	// citation-js writes a preprint (CSL "article") as @article, which needs a journal it has not got.
	if (item.type === 'article') fixed = fixed.replace(/^@article\{/, '@misc{');
	// howpublished repeated the url; a web page's site is its organization (biblatex's @online).
	fixed = fixed.replace(
		/^\thowpublished = \{[^}]*\},\n/m,
		typeof site === 'string' && !/^\t(journal|booktitle) = /m.test(fixed)
			? `\t${web ? 'organization' : 'howpublished'} = {${site}},\n`
			: '',
	);
	const accessed = isoParts(item.accessed);
	if (accessed && !/^\turldate = /m.test(fixed))
		fixed = fixed.replace(/\n\}\s*$/, `\n\turldate = {${accessed}},\n}\n`);
	// Zotero files keywords as tags and biblatex filters by them: a retraction shows in both.
	if (typeof item.keyword === 'string' && !/^\tkeywords = /m.test(fixed))
		fixed = fixed.replace(/\n\}\s*$/, `\n\tkeywords = {${item.keyword}},\n}\n`);
	// An incomplete author list is said in the note, not with BibTeX's "and others": Zotero and
	// bibtexparser read that as an author named "others".
	return fixed;
}

/**
 * BibTeX whose dates, types, site names, access dates and author lists other tools read:
 * `date = {YYYY-MM-DD}` for a known month or day (year kept for BibTeX styles), web pages as
 * biblatex's `@online` naming their site instead of repeating the url, `urldate` for a page read
 * without a date, and the keyword a retraction is filed under.
 */
export function fixBibtex(bibtex: string, items: readonly CslItem[]): string {
	const byKey = new Map(items.map((item) => [item.id, item]));
	return bibtex.replace(/@\w+\{([^,\n]+),\n[\s\S]*?\n\}\n?/g, (entry, key: string) => {
		const item = byKey.get(key);
		return item ? fixEntry(entry, item) : entry;
	});
}

// TeX's special characters as text. The rest of a value stays UTF-8 (citation-js's asciiOnly is
// off), which biber, bibtexparser and Zotero read back as written.
const TEX_SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
	// Not special to BibTeX, but the OT1 font encoding prints them as ¡ and ¿.
	'<': '\\textless{}',
	'>': '\\textgreater{}',
};
const texText = (text: string) => text.replace(/[\\{}&%$#_~^<>]/g, (char) => TEX_SPECIAL[char]);
// Addresses are written verbatim in BibTeX (url, doi); keys are ours.
const VERBATIM = new Set(['id', 'citation-key', 'URL', 'DOI']);

function texValue(value: unknown): unknown {
	if (typeof value === 'string') return texText(value);
	if (Array.isArray(value)) return value.map(texValue);
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, texValue(v)]));
	return value;
}

/** A CSL item whose text BibTeX reads as written: TeX's special characters escaped, addresses untouched. */
export function texSafeItem(item: CslItem): CslItem {
	return Object.fromEntries(
		Object.entries(item).map(([key, value]) => [key, VERBATIM.has(key) ? value : texValue(value)]),
	) as CslItem;
}

type NamePart = 'family' | 'given';

/**
 * A comma separates a BibTeX name's parts ("von Last, Jr, First"), so a name part holding one
 * ("Joseph W., III" as given names) would be split into the wrong parts: it is braced, which keeps it
 * whole. Applied after texSafeItem, so these braces group rather than print.
 */
function bracedCommas(item: CslItem): CslItem {
	const names = item.author;
	if (!Array.isArray(names)) return item;
	const brace = (part: unknown) =>
		typeof part === 'string' && part.includes(',') ? `{${part}}` : part;
	const author = (names as Record<NamePart, unknown>[]).map((name) => ({
		...name,
		...('family' in name && { family: brace(name.family) }),
		...('given' in name && { given: brace(name.given) }),
	}));
	return { ...item, author };
}

/** CSL items as BibTeX, written by citation-js and repaired for other tools' readers. */
export function bibtexOf(items: CslItem[]): string {
	const bibtex = new Cite(items.map((item) => bracedCommas(texSafeItem(item)))).format('bibtex', {
		format: 'text',
	}) as string;
	return fixBibtex(bibtex, items);
}

/** CSL items as RIS, written by citation-js, one line per field, repaired for other tools' readers. */
export function risOf(items: CslItem[]): string {
	return completeRisRecords(
		unwrapRis(new Cite(items).format('ris', { format: 'text' }) as string),
		items,
	);
}
