// What kind of record a check was read against, and how deep a check goes, as plain values: the
// search page's script reads depth labels through lib/format/checked-against.ts, and a module that
// imports zod puts it in that script, where zod's eval probe breaks the Content-Security-Policy.
import type { CheckedAgainst } from './checked-against.ts';

/**
 * What kind of record a check was read against, strongest first: the order is the depth of a check
 * (its strongest entry sets it), so pages, filters and the dataset sort by it.
 */
export const RECORD_KINDS = [
	'full-text',
	'registry-results',
	'regulator',
	'abstract',
	'sponsor-page',
	'secondary',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Kinds that can carry a verdict on their own; a sponsor's page only for its own trial's design. */
const PRIMARY_KINDS: readonly RecordKind[] = [
	'full-text',
	'registry-results',
	'regulator',
	'abstract',
];

/**
 * The kind an entry counts as for a claim of `claimKind`: a sponsor's page speaks only for its own
 * trial's design (claims of kind background); for anything else it counts like a secondary report.
 */
export function effectiveKind(kind: RecordKind, claimKind: string): RecordKind {
	return kind === 'sponsor-page' && claimKind !== 'background' ? 'secondary' : kind;
}

/** Whether an entry, counted for a claim of `claimKind`, can carry a verdict on its own. */
export function isPrimaryRecord(kind: RecordKind, claimKind: string): boolean {
	const counted = effectiveKind(kind, claimKind);
	return PRIMARY_KINDS.includes(counted) || counted === 'sponsor-page';
}

/**
 * The depth of a check: the strongest kind among its entries, as counted for the claim's kind;
 * undefined when it lists none.
 */
export function depthOf(
	entries: readonly Pick<CheckedAgainst, 'kind'>[],
	claimKind: string,
): RecordKind | undefined {
	let best: number | undefined;
	for (const { kind } of entries) {
		const rank = RECORD_KINDS.indexOf(effectiveKind(kind, claimKind));
		if (best === undefined || rank < best) best = rank;
	}
	return best === undefined ? undefined : RECORD_KINDS[best];
}
