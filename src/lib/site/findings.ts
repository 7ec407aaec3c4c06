import type { CheckStatus } from '../../schemas/claim.ts';
import type { Outcome } from '../../schemas/outcome.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Trial } from '../../schemas/trial.ts';
import { DESIGN_LABELS } from '../format/design.ts';
import { formatEffect } from '../format/effect.ts';
import { CHECK_LABELS } from '../format/check-status.ts';
import { DEPTH_LABELS, NO_RECORD_LABEL, claimDepth } from '../format/checked-against.ts';
import { RECORD_KINDS, type RecordKind } from '../../schemas/checked-against.ts';
import type { ClaimInArticle, Item, SiteIndex } from './site-index.ts';

/** The columns the findings table can be filtered by; each row carries a value for each. */
export const FINDING_FILTERS = ['outcome', 'trial', 'design', 'status', 'depth'] as const;
export type FindingFilter = (typeof FINDING_FILTERS)[number];

/** The filter value of a row with nothing in that column (no outcome, no trial, no paper). */
export const NONE = 'none';

/** One claim as a row of the findings table, with what each cell shows and what filters match. */
export interface FindingRow {
	entry: ClaimInArticle;
	outcome?: Item<Outcome>;
	reference?: Item<Reference>;
	trial?: Item<Trial>;
	/** The formatted effect, or undefined when the claim has no figure. */
	effect?: string;
	filters: Record<FindingFilter, string>;
}

/** One choice in a filter: the value rows carry, and its label. */
export interface FilterOption {
	value: string;
	label: string;
}

/** Every claim of every summary as a findings row, in summary order then claim order. */
export function findingRows(index: SiteIndex): FindingRow[] {
	return index.claims.map((entry) => {
		const { claim, reference, outcome, trial } = entry;
		return {
			entry,
			outcome,
			reference,
			trial,
			effect:
				claim.effect &&
				`${formatEffect(claim.effect)}${claim.effect.basis === 'source' ? ' (as the source states it; unverified)' : ''}`,
			filters: {
				outcome: claim.outcome ?? NONE,
				trial: trial?.id ?? NONE,
				design: reference?.data.study.design ?? NONE,
				status: claim.check.status,
				depth: claimDepth(claim) ?? NONE,
			},
		};
	});
}

/** The choices for each filter: only values some row has, sorted by label, "none" last. */
export function filterOptions(
	rows: readonly FindingRow[],
	index: SiteIndex,
): Record<FindingFilter, FilterOption[]> {
	const label: Record<FindingFilter, (value: string) => string> = {
		outcome: (id) => index.outcomes.get(id)?.data.short ?? id,
		trial: (id) => index.trials.get(id)?.data.name ?? id,
		design: (design) => DESIGN_LABELS[design as Reference['study']['design']] ?? design,
		status: (status) => CHECK_LABELS[status as CheckStatus] ?? status,
		depth: (depth) => DEPTH_LABELS[depth as RecordKind] ?? depth,
	};
	const noneLabel: Record<FindingFilter, string> = {
		outcome: 'No outcome',
		trial: 'No trial',
		design: 'No paper cited',
		status: '',
		depth: NO_RECORD_LABEL,
	};
	// Depths read strongest first, as the tally lists them; the rest alphabetically.
	const depthOrder = (value: string) => RECORD_KINDS.indexOf(value as RecordKind);
	const compare = (filter: FindingFilter) => (a: FilterOption, b: FilterOption) =>
		filter === 'depth' ? depthOrder(a.value) - depthOrder(b.value) : a.label.localeCompare(b.label);
	const options = (filter: FindingFilter) => {
		const values = [...new Set(rows.map((row) => row.filters[filter]))];
		const named = values
			.filter((v) => v !== NONE)
			.map((value) => ({ value, label: label[filter](value) }))
			.sort(compare(filter));
		return values.includes(NONE) ? [...named, { value: NONE, label: noneLabel[filter] }] : named;
	};
	return Object.fromEntries(FINDING_FILTERS.map((filter) => [filter, options(filter)])) as Record<
		FindingFilter,
		FilterOption[]
	>;
}
