/**
 * Repairs to citation-js's BibTeX and RIS text that its options cannot make, so that other tools
 * read our exports without loss (tried with bibtexparser, biber, rispy and Zotero).
 * Each takes the CSL items in the order they were formatted, which citation-js keeps.
 */

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

/** One BibTeX entry's fields repaired (see fixBibtex). */
function fixEntry(entry: string, item: CslItem): string {
	let fixed = entry;
	const date = biblatexDate(item as IssuedDate);
	// "month = {may 10}": biber warns and drops the day. biblatex reads date; BibTeX styles keep year.
	if (date) fixed = fixed.replace(/^\tmonth = \{[^}]*\},\n/m, `\tdate = {${date}},\n`);
	const site = item['container-title'];
	// howpublished repeated the url; the site's name is how a web page was published.
	fixed = fixed.replace(
		/^\thowpublished = \{[^}]*\},\n/m,
		typeof site === 'string' && !/^\t(journal|booktitle) = /m.test(fixed)
			? `\thowpublished = {${site}},\n`
			: '',
	);
	if (!item.issued)
		fixed = fixed.replace(/\n\}\s*$/, '\n\tnote = {No date given on the page},\n}\n');
	return fixed;
}

/**
 * BibTeX whose dates, site names and undated pages other tools read: `date = {YYYY-MM-DD}` for a
 * known month or day (year kept for BibTeX styles), `howpublished` naming the site instead of
 * repeating the url, and a note on pages that give no date.
 */
export function fixBibtex(bibtex: string, items: readonly CslItem[]): string {
	const byKey = new Map(items.map((item) => [item.id, item]));
	return bibtex.replace(/@\w+\{([^,\n]+),\n[\s\S]*?\n\}\n?/g, (entry, key: string) => {
		const item = byKey.get(key);
		return item ? fixEntry(entry, item) : entry;
	});
}
