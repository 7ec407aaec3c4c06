import { CHECK_LABELS } from '../format/check-status.ts';
import { depthLabel } from '../format/checked-against.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { DESIGN_LABELS } from '../format/design.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { FilterName } from './names.ts';

/** The filters a single claim has a value for; outlet and kind belong to the page. */
export const CLAIM_FILTERS = [
	'status',
	'depth',
	'outcome',
	'trial',
	'design',
	'paper',
] as const satisfies readonly FilterName[];

/** One claim's filter values, by filter name. */
export type ClaimValues = Partial<Record<(typeof CLAIM_FILTERS)[number], string>>;

/**
 * A claim's values for the search filters, in the words the pages use. `labels` are the papers'
 * in-text labels with APA's year letters ("…, 2024a"), so that two papers never share a value.
 */
export function claimValues(
	claim: Claim,
	index: SiteIndex,
	labels: ReadonlyMap<string, string>,
): ClaimValues {
	const reference = claim.reference ? index.references.get(claim.reference) : undefined;
	const trial = reference?.data.study.trial
		? index.trials.get(reference.data.study.trial)
		: undefined;
	return {
		// The badges' own words (lib/format/check-status.ts), so a filter reads as the claim's badge does.
		status: CHECK_LABELS[claim.check.status],
		// The findings table's words for the strongest record read (lib/format/checked-against.ts).
		depth: depthLabel(claim),
		outcome: claim.outcome ? index.outcomes.get(claim.outcome)?.data.short : undefined,
		trial: trial?.data.name,
		design: reference ? DESIGN_LABELS[reference.data.study.design] : undefined,
		paper: reference ? labels.get(reference.id) : undefined,
	};
}

/** Every value of every claim filter on a page, for its page-level `data-pagefind-filter`s. */
export function pageValues(claims: readonly ClaimValues[]): Record<string, string[]> {
	return Object.fromEntries(
		CLAIM_FILTERS.map((name) => [
			name,
			[...new Set(claims.flatMap((c) => (c[name] ? [c[name]] : [])))],
		]),
	);
}

/**
 * The compact meta value a summary carries so that a search by filters alone can list the claims
 * that match: a table of the page's distinct values, then per claim its id and the positions of its
 * values. `[["status","Differs from the paper"],…]|id:0.3.5|id2:1.3`: about 80 bytes of HTML a claim.
 */
export function encodeClaims(claims: readonly { id: string; values: ClaimValues }[]): string {
	const table: string[] = [];
	const position = (name: string, value: string) => {
		const key = JSON.stringify([name, value]);
		const at = table.indexOf(key);
		return at >= 0 ? at : table.push(key) - 1;
	};
	const rows = claims.map(
		({ id, values }) =>
			`${id}:${Object.entries(values)
				.flatMap(([name, value]) => (value ? [position(name, value)] : []))
				.join('.')}`,
	);
	return [`[${table.join(',')}]`, ...rows].join('|');
}

/** The claims of an encoded value (encodeClaims), in page order, each with its filter values. */
export function decodeClaims(encoded: string | undefined): Map<string, [string, string][]> {
	const [head, ...rows] = (encoded ?? '').split('|');
	let table: [string, string][];
	try {
		table = JSON.parse(head);
	} catch {
		return new Map();
	}
	return new Map(
		rows.map((row) => {
			const [id, positions = ''] = row.split(':');
			return [
				id,
				positions.split('.').flatMap((p) => (table[Number(p)] ? [table[Number(p)]] : [])),
			];
		}),
	);
}

/** Whether any filter of a single claim (not the page's outlet or kind) is chosen. */
export function hasClaimFilters(chosen: Record<string, readonly string[]>): boolean {
	return CLAIM_FILTERS.some((name) => chosen[name]?.length);
}

/** The ids of the claims of `encoded` whose values satisfy every chosen claim filter, in page order. */
export function matchingClaims(
	encoded: string | undefined,
	chosen: Record<string, readonly string[]>,
): string[] {
	const asked = Object.entries(chosen).filter(
		([name, values]) => (CLAIM_FILTERS as readonly string[]).includes(name) && values.length,
	);
	return [...decodeClaims(encoded)].flatMap(([id, values]) =>
		id && asked.every(([name, wanted]) => values.some(([n, v]) => n === name && wanted.includes(v)))
			? [id]
			: [],
	);
}

/** The check status of one claim of `encoded`, as readers see it, if the claim is there. */
export function statusOf(encoded: string | undefined, id: string): string | undefined {
	return decodeClaims(encoded)
		.get(id)
		?.find(([name]) => name === 'status')?.[1];
}
