// The words for what a check was read against and how deep it went, everywhere: claim cards, the
// summary's tally, the findings filter, search filters and the dataset use these same ones.
import {
	RECORD_KINDS,
	depthOf,
	type CheckedAgainst,
	type RecordKind,
} from '../../schemas/checked-against.ts';
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

/** "on 7 December 2026", or "on 5 and 7 December 2026"-free: one date per distinct reading, in order. */
export function readDates(entries: readonly Pick<CheckedAgainst, 'read'>[]): string {
	const days = [...new Set(entries.map((entry) => entry.read.getTime()))].sort((a, b) => a - b);
	return joinReadably(days.map((time) => formatDate(new Date(time))));
}
