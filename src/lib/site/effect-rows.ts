import { citationLabel } from '../citations/index.ts';
import { referenceYear } from '../format/reference-date.ts';
import { RATIO_METRICS, type Effect, type Metric } from '../../schemas/effect.ts';
import type { Outcome } from '../../schemas/outcome.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Trial } from '../../schemas/trial.ts';
import type { ClaimInArticle, Item, ReferenceItem, SiteIndex } from './site-index.ts';
import { describeCheckedAgainst } from '../format/checked-against.ts';

/** One distinct figure for an outcome: from a paper's results, from claims, or both when they agree. */
export interface EffectRow {
	/** "Mitchell et al., 2021 · MAPP1"; says when the figure is only a source's. */
	label: string;
	reference?: Item<Reference>;
	trial?: Item<Trial>;
	effect: Effect;
	/** Where in the paper the figure was found, when it is the paper's. */
	foundIn?: string;
	/** The claims in our summaries that use this figure. */
	claims: ClaimInArticle[];
}

/** The figures of one metric for one outcome, enough of them (two or more) to draw side by side. */
export interface EffectChart {
	outcome: Item<Outcome>;
	metric: Metric;
	/** Ratios are drawn on a log scale around 1; everything else on a linear scale around 0. */
	ratio: boolean;
	rows: EffectRow[];
	/** How many estimates there were before the chart was cut to its largest samples (see effectCharts). */
	total: number;
}

const keyOf = (referenceId: string | undefined, e: Effect) =>
	[referenceId ?? '', e.metric, e.value, e.ci?.join(' '), e.p, e.timepoint, e.basis].join('|');

function labelOf(
	reference: Item<Reference> | undefined,
	trial: Item<Trial> | undefined,
	effect: Effect,
): string {
	const who = reference ? citationLabel(reference.data) : 'No paper cited';
	return `${who}${trial ? ` · ${trial.data.name}` : ''}${effect.basis === 'source' ? ' (as a source states it; unverified)' : ''}`;
}

/**
 * Every distinct figure for an outcome, papers' own results first; a claim that repeats one joins its
 * row. With `scope`, only those claims' figures and the results of the papers they cite (one page of
 * /findings/).
 */
export function effectRows(
	index: SiteIndex,
	outcomeId: string,
	scope?: readonly ClaimInArticle[],
): EffectRow[] {
	const claims = scope
		? scope.filter((entry) => entry.claim.outcome === outcomeId)
		: (index.claimsByOutcome.get(outcomeId) ?? []);
	const papers = scope && new Set(claims.map((entry) => entry.claim.reference));
	const rows = new Map<string, EffectRow>();
	const add = (
		reference: ReferenceItem | undefined,
		effect: Effect,
		foundIn: string | undefined,
	) => {
		const key = keyOf(reference?.id, effect);
		if (!rows.has(key)) {
			const { trial } = reference ?? {};
			rows.set(key, {
				label: labelOf(reference, trial, effect),
				reference,
				trial,
				effect,
				foundIn,
				claims: [],
			});
		}
		return rows.get(key)!;
	};
	for (const reference of index.references.values()) {
		if (papers && !papers.has(reference.id)) continue;
		for (const result of reference.data.results ?? [])
			if (result.outcome === outcomeId) add(reference, result.effect, result.foundIn);
	}
	for (const entry of claims) {
		const { effect, check } = entry.claim;
		if (!effect) continue;
		add(
			entry.reference,
			effect,
			effect.basis === 'primary' ? describeCheckedAgainst(check.checkedAgainst) : undefined,
		).claims.push(entry);
	}
	return [...rows.values()];
}

const yearOf = (row: EffectRow) =>
	(row.reference ? referenceYear(row.reference.data) : undefined) ?? 9999;

/** The `limit` estimates with the largest samples (those without a sample size last), in their order. */
function largestSamples(rows: EffectRow[], limit: number): EffectRow[] {
	if (rows.length <= limit) return rows;
	const kept = new Set(
		rows.toSorted((a, b) => (b.effect.n ?? -1) - (a.effect.n ?? -1)).slice(0, limit),
	);
	return rows.filter((row) => kept.has(row));
}

/**
 * The charts for an outcome: one per metric with two or more single estimates, oldest paper first;
 * `scope` as for effectRows. With `limit`, each chart keeps that many estimates, from the largest
 * samples, and says how many there were.
 */
export function effectCharts(
	index: SiteIndex,
	outcomeId: string,
	scope?: readonly ClaimInArticle[],
	limit = Infinity,
): EffectChart[] {
	const outcome = index.outcomes.get(outcomeId);
	if (!outcome) return [];
	const byMetric = Map.groupBy(
		effectRows(index, outcomeId, scope).filter((row) => row.effect.value !== undefined),
		(row) => row.effect.metric,
	);
	return [...byMetric]
		.filter(([, rows]) => rows.length >= 2)
		.map(([metric, rows]) => ({
			outcome,
			metric,
			ratio: RATIO_METRICS.includes(metric),
			rows: largestSamples(
				rows.sort((a, b) => yearOf(a) - yearOf(b) || a.label.localeCompare(b.label)),
				limit,
			),
			total: rows.length,
		}));
}
