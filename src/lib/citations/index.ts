/**
 * The module that loads citation-js and its plugins: CSL-JSON in; APA HTML, BibTeX, RIS and
 * CSL-JSON out. Style, locale and formats are fixed here (export-fixes.ts writes BibTeX and RIS
 * with it). Each reference is formatted once per build.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Reference } from '../../schemas/reference.ts';
import { referenceYear } from '../format/reference-date.ts';
import { bibtexOf, risOf } from './export-fixes.ts';
import { exportFields } from './export-item.ts';
import { sanitizeCitationHtml } from './sanitize.ts';

/** The citation style and locale for every formatted reference on the site. */
export const STYLE = 'apa';
export const LOCALE = 'en-US';

// BibTeX keys are our ids (kebab-case, which BibTeX and biber accept); citation-js would strip the hyphens.
plugins.config.get('@bibtex').format.checkLabel = false;
// Names and titles as UTF-8, which biber and bibtexparser read back as written: citation-js's ASCII
// escapes ("Ot\textquoteright{}alora") are mangled by bibtexparser.
plugins.config.get('@bibtex').format.asciiOnly = false;

/** A reference with the id it takes from its file name. */
export interface IdentifiedReference {
	id: string;
	data: Reference;
	/** When the site last read it (its claims' latest check): the accessed date of an undated web page. */
	accessed?: Date;
}

type CslName = { family?: string; given?: string; literal?: string };

function initials(given: string): string {
	return given
		.split(/[\s.]+/)
		.filter(Boolean)
		.map((part) =>
			part.includes('-')
				? part
						.split('-')
						.map((p) => `${p[0]}.`)
						.join('-')
				: `${part[0]}.`,
		)
		.join(' ');
}

/** "Mitchell, J. M." for APA's author list. */
function apaName(name: CslName): string {
	if (name.literal) return name.literal;
	return name.given ? `${name.family}, ${initials(name.given)}` : (name.family ?? '');
}

/**
 * The CSL-JSON item for a reference: our extension fields (study, status, results, authorsComplete) are
 * dropped, and so is our provenance note. For citeproc, an incomplete author list becomes one literal ending "et al.", which APA
 * prints as written; exports keep the known names and say in `note` that the list is incomplete.
 */
export function toCsl(
	{ id, data, accessed }: IdentifiedReference,
	purpose: 'display' | 'export',
): Record<string, unknown> {
	const {
		study: _study,
		status: _status,
		results: _results,
		authorsComplete,
		note: _note,
		DOI,
		URL,
		...csl
	} = data;
	const item: Record<string, unknown> = { id, 'citation-key': id, ...csl };
	if (purpose === 'export') {
		if (DOI) item.DOI = DOI;
		if (URL) item.URL = URL;
		// Our provenance notes are for readers of the site; exports say only what a citing author needs.
		Object.assign(item, exportFields(data, accessed));
	} else if (!authorsComplete && data.author) {
		item.author = [{ literal: `${data.author.map(apaName).join(', ')}, et al.` }];
	}
	return item;
}

/**
 * The APA bibliography entry for every reference, as safe HTML without the DOI or URL (pages add
 * those as links, percent-encoded). Formats all references in one citeproc run (a few ms per
 * reference); pages get the result through getBibliography() in lib/site/query.ts, once per build.
 */
export function formatBibliography(
	references: readonly IdentifiedReference[],
): Map<string, string> {
	const cite = new Cite(references.map((r) => toCsl(r, 'display')));
	const entries = cite.format('bibliography', {
		format: 'html',
		template: STYLE,
		lang: LOCALE,
		asEntryArray: true,
	}) as unknown as [string, string][];
	return new Map(entries.map(([id, html]) => [id, sanitizeCitationHtml(html)]));
}

/** The in-text citation label, APA style: "Mitchell et al., 2021", "Agin-Liebes et al., 2025", "WebMD, n.d.". */
export function citationLabel(reference: Reference): string {
	const names = (reference.author ?? []).map((n) => ('literal' in n ? n.literal : n.family));
	const year = referenceYear(reference) ?? 'n.d.';
	const who =
		names.length === 0
			? reference.title
			: names.length === 1 && reference.authorsComplete
				? names[0]
				: names.length === 2 && reference.authorsComplete
					? `${names[0]} & ${names[1]}`
					: `${names[0]} et al.`;
	return `${who}, ${year}`;
}

/**
 * The in-text label of every reference, with the letter APA adds to the year when two references
 * share author and year ("U.S. Food and Drug Administration, 2024a" and "…, 2024b"). The letter is
 * read from each reference's formatted entry (formatBibliography), so a label always matches the
 * reference list. Pages get these through getCitationLabels() in lib/site/query.ts.
 */
export function citationLabels(
	references: readonly IdentifiedReference[],
	bibliography: ReadonlyMap<string, string>,
): Map<string, string> {
	const labels = new Map(references.map(({ id, data }) => [id, citationLabel(data)]));
	const counts = new Map<string, number>();
	for (const label of labels.values()) counts.set(label, (counts.get(label) ?? 0) + 1);
	for (const { id, data } of references) {
		const label = labels.get(id)!;
		if (counts.get(label)! < 2) continue;
		const year = String(referenceYear(data) ?? 'n.d.');
		// APA writes the letter after the year, "(2024a, June 4)", or after "n.d.-": "(n.d.-a)".
		const escaped = year.replace(/\./g, '\\.');
		const letter = new RegExp(`\\(${escaped}(-?[a-z])[,)]`).exec(bibliography.get(id) ?? '')?.[1];
		if (letter) labels.set(id, `${label}${letter}`);
	}
	return labels;
}

/** All references as BibTeX, keyed by our ids, repaired for biber and BibTeX readers (export-fixes.ts). */
export function toBibtex(references: readonly IdentifiedReference[]): string {
	const items = references.map((r) => toCsl(r, 'export') as CslItem);
	return bibtexOf(items);
}

/** All references as RIS, one line per field, whole ids and site names (export-fixes.ts). */
export function toRis(references: readonly IdentifiedReference[]): string {
	return risOf(references.map((r) => toCsl(r, 'export') as CslItem));
}

/** All references as a CSL-JSON array. */
export function toCslJson(references: readonly IdentifiedReference[]): string {
	return `${JSON.stringify(
		references.map((r) => toCsl(r, 'export')),
		null,
		2,
	)}\n`;
}

// citeproc reads <i>, <b>, <sup>, <sub> and <span …> in any field as markup. Our own titles are plain
// text, so each "<" in them is followed by an invisible separator that no tag name starts with, and
// the separator is taken out of the result: "<b>" then stays text in the citation.
const SHIELD = '\u2063';
const shield = (value: unknown) =>
	typeof value === 'string' ? value.replaceAll('<', `<${SHIELD}`) : value;
const unshield = (text: string) => text.replaceAll(`<${SHIELD}`, '<').replaceAll(SHIELD, '');

// Our summaries are all by "evidence-digest", so in one citeproc run APA's disambiguation would add
// year suffixes between them ("2026a"). Each "cite this summary" must read as if cited alone, so in
// that run the name APA puts first (the first author, else editor, else translator; the title when
// there is none) carries an invisible mark of its own: the separator and private-use digits, which
// `unmark` takes out. No two items then share a name. The mark goes before any closing ".", "?" or
// "!", which citeproc would otherwise no longer see and follow with a full stop of its own. A copy
// of APA without its disambiguation did the same, but citeproc took about 1.4 s to build a second
// engine for it, once per build and per test build.
const MARK_DIGIT_ZERO = 0xe000;
const MARK = new RegExp(`${SHIELD}[\ue000-\ue009]+`, 'g');
const markOf = (n: number) =>
	SHIELD + [...String(n)].map((d) => String.fromCharCode(MARK_DIGIT_ZERO + Number(d))).join('');
const unmark = (text: string) => text.replace(MARK, '');
/** `text` with `mark` put before its closing punctuation, if any. */
const withMark = (text: string, mark: string) => text.replace(/[.?!]*$/, (end) => `${mark}${end}`);

/** The item with the name APA puts first, or its title when it names no one, marked as the `n`th. */
function markedItem(item: Record<string, unknown>, n: number): Record<string, unknown> {
	const mark = markOf(n);
	for (const role of ['author', 'editor', 'translator']) {
		const [first, ...rest] = (item[role] as CslName[] | undefined) ?? [];
		if (!first) continue;
		const part = (['literal', 'family', 'given'] as const).find((key) => first[key]) ?? 'literal';
		return { ...item, [role]: [{ ...first, [part]: withMark(first[part] ?? '', mark) }, ...rest] };
	}
	return { ...item, title: withMark(String(item.title ?? ''), mark) };
}

/** A CSL item with its id. */
export type CslItem = Record<string, unknown> & { id: string };

/** "Cite this" text for one item: APA, BibTeX and RIS. */
export interface ItemCitation {
	apa: string;
	bibtex: string;
	ris: string;
}

/** The CSL item for one of our summaries, as "cite this summary" gives it. */
export function summaryItem(summary: {
	slug: string;
	title: string;
	published: Date;
	url: string;
}): CslItem {
	const id = `evidence-digest-${summary.slug}`;
	const { published } = summary;
	return {
		id,
		'citation-key': id,
		type: 'webpage',
		title: summary.title,
		author: [{ literal: 'evidence-digest' }],
		'container-title': 'evidence-digest',
		issued: {
			'date-parts': [
				[published.getUTCFullYear(), published.getUTCMonth() + 1, published.getUTCDate()],
			],
		},
		URL: summary.url,
	};
}

/**
 * Items each cited on their own (our summaries, for "cite this summary") as APA text and BibTeX,
 * by id. One citeproc run formats them all: a run costs milliseconds per call, too slow per page.
 */
export function citeItems(items: readonly CslItem[]): Map<string, ItemCitation> {
	const shielded = items.map((item) =>
		Object.fromEntries(
			Object.entries(item).map(([key, value]) => [key, key === 'id' ? value : shield(value)]),
		),
	);
	const entries = new Cite(shielded.map(markedItem)).format('bibliography', {
		format: 'text',
		template: STYLE,
		lang: LOCALE,
		asEntryArray: true,
		nosort: true,
	}) as unknown as [string, string][];
	const apa = new Map(entries.map(([id, text]) => [id, unshield(unmark(text)).trim()]));
	return new Map(
		shielded.map((item) => [
			item.id as string,
			{
				apa: apa.get(item.id as string) ?? '',
				bibtex: unshield(bibtexOf([item as CslItem])).trim(),
				ris: unshield(risOf([item as CslItem])).trim(),
			},
		]),
	);
}
