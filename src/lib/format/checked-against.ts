// The words for what a check was read against and how deep it went, everywhere: claim cards, the
// summary's tally, the findings filter, search filters and the dataset use these same ones.
import { RECORD_KINDS, depthOf, type RecordKind } from '../../schemas/record-kinds.ts';
import type { CheckedAgainst } from '../../schemas/checked-against.ts';
import type { Claim } from '../../schemas/claim.ts';
import { formatDate } from './date.ts';

/** How each kind of record reads inside a sentence: "the MAPP1 paper's full text". */
export const RECORD_KIND_PHRASES: Record<RecordKind, string> = {
	'full-text': 'full text',
	'registry-results': 'registry results',
	regulator: "regulator's document",
	abstract: 'abstract',
	'sponsor-page': "sponsor's trial page",
	secondary: 'secondary report',
};

/** How each depth reads in filters and tallies ("Full text"), strongest first. */
export const DEPTH_LABELS: Record<RecordKind, string> = {
	'full-text': 'Full text',
	'registry-results': 'Registry results',
	regulator: "Regulator's document",
	abstract: 'Abstract only',
	'sponsor-page': "Sponsor's trial page",
	secondary: 'Secondary reports only',
};

/** What each kind of record is, for the methods on /about/. */
export const RECORD_KIND_MEANINGS: Record<RecordKind, string> = {
	'full-text': "The paper's full text, at the publisher or in a full copy such as PubMed Central.",
	'registry-results': 'The results a trial posted to its registry, such as ClinicalTrials.gov.',
	regulator: "A regulator's own document: a decision, a letter, guidance or a notice.",
	abstract: "The paper's abstract, or a record that reproduces it (a repository or index entry).",
	'sponsor-page':
		"The trial sponsor's own page about its trial. It counts only for facts about that trial's design; for anything else it counts as a secondary report.",
	secondary:
		'A report about the record by someone else: news, an aggregator, an encyclopedia or a copy of unknown origin. It cannot carry a verdict alone.',
};

/** The label for a check that lists no record at all (an unverified claim with nothing read). */
export const NO_RECORD_LABEL = 'No record read';

/** The depth of a claim's check, as counted for its kind; undefined when it lists no record. */
export function claimDepth(claim: Pick<Claim, 'kind' | 'check'>): RecordKind | undefined {
	return depthOf(claim.check.checkedAgainst, claim.kind);
}

/** The label of a claim's depth for filters and tallies. */
export function depthLabel(claim: Pick<Claim, 'kind' | 'check'>): string {
	const depth = claimDepth(claim);
	return depth ? DEPTH_LABELS[depth] : NO_RECORD_LABEL;
}

/** Every depth label in order, strongest first, then the one for no record. */
export const DEPTH_ORDER: readonly string[] = [
	...RECORD_KINDS.map((kind) => DEPTH_LABELS[kind]),
	NO_RECORD_LABEL,
];

/** The kinds a check was read against, joined by "; " in the order written (the dataset's cell). */
export function checkedAgainstKinds(entries: readonly Pick<CheckedAgainst, 'kind'>[]): string {
	return [...new Set(entries.map((entry) => entry.kind))].join('; ');
}

/** One entry as a phrase without the record's name: "full text, Table 2". */
export function whereRead(entry: Pick<CheckedAgainst, 'kind' | 'part'>): string {
	return [RECORD_KIND_PHRASES[entry.kind], entry.part].filter(Boolean).join(', ');
}

/** The entries as a short plain phrase for table cells and charts: "full text, Table 2; abstract". */
export function describeCheckedAgainst(
	entries: readonly Pick<CheckedAgainst, 'kind' | 'part'>[],
): string | undefined {
	return entries.length === 0 ? undefined : entries.map(whereRead).join('; ');
}

/** Joins phrases readably: "a", "a and b", "a, b and c". */
export function joinReadably(parts: readonly string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** One record in a card's "Checked against" line: the linked words, its address, and what follows. */
export interface RecordPhrase {
	/** The linked words: "the full text of the MAPP1 paper", "MAPS page for MAPP2". */
	text: string;
	url: string;
	/** What follows the link: " (Table 2)", " (sponsor's trial page)", with ", read 5 December 2026" when dates differ. */
	detail: string;
}

// Kinds that are a part of a paper: "the abstract of X". The others name a record of their own:
// "X (regulator's document)".
const PARTS_OF_A_PAPER: readonly RecordKind[] = ['full-text', 'abstract', 'registry-results'];

/** The part without a repeat of the kind: "Abstract (figshare record 1)" after "abstract" is "figshare record 1". */
function partAfterKind(part: string | undefined, kind: RecordKind): string | undefined {
	if (!part) return undefined;
	const phrase = RECORD_KIND_PHRASES[kind];
	if (!part.toLowerCase().startsWith(phrase)) return part;
	const rest = part
		.slice(phrase.length)
		.trim()
		.replace(/^\((.*)\)$/, '$1');
	return rest || undefined;
}

/**
 * The records of a check as phrases for its card line, each named by `nameOf` (the record's title,
 * or a name for its reference), and the one date they were read on when they share it.
 */
export function recordPhrases(
	entries: readonly CheckedAgainst[],
	nameOf: (entry: CheckedAgainst) => string,
): { records: RecordPhrase[]; date?: string } {
	const oneDay = new Set(entries.map((entry) => entry.read.getTime())).size === 1;
	const records = entries.map((entry) => {
		const name = nameOf(entry);
		const ofPaper = !entry.title && PARTS_OF_A_PAPER.includes(entry.kind);
		const part = ofPaper ? partAfterKind(entry.part, entry.kind) : entry.part;
		const inBrackets = ofPaper ? [part] : [RECORD_KIND_PHRASES[entry.kind], part];
		const bracket = inBrackets.filter(Boolean).join(', ');
		// A part with brackets of its own ("Discussion (reprinted in Focus)") follows a comma instead.
		const after = !bracket ? '' : bracket.includes('(') ? `, ${bracket}` : ` (${bracket})`;
		return {
			text: ofPaper ? `the ${RECORD_KIND_PHRASES[entry.kind]} of ${name}` : name,
			url: entry.url,
			detail: `${after}${oneDay ? '' : `, read ${formatDate(entry.read)}`}`,
		};
	});
	return { records, date: oneDay && entries.length > 0 ? formatDate(entries[0].read) : undefined };
}
