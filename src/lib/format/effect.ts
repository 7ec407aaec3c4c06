import type { Effect, Metric } from '../../schemas/effect.ts';
import { formatNumber } from './number.ts';

/** The symbol or short name each metric is written with. */
export const METRIC_SYMBOLS: Record<Metric, string> = {
	'cohens-d': 'd',
	'hedges-g': 'g',
	smd: 'SMD',
	'mean-difference': 'MD',
	'mean-change': 'mean change',
	'risk-ratio': 'RR',
	'odds-ratio': 'OR',
	'hazard-ratio': 'HR',
	correlation: 'r',
	'percent-by-arm': '%',
	'count-by-arm': 'n',
};

/** Long names for chart axes and table headings. */
export const METRIC_NAMES: Record<Metric, string> = {
	'cohens-d': "Cohen's d",
	'hedges-g': "Hedges' g",
	smd: 'Standardized mean difference',
	'mean-difference': 'Mean difference',
	'mean-change': 'Mean change',
	'risk-ratio': 'Risk ratio',
	'odds-ratio': 'Odds ratio',
	'hazard-ratio': 'Hazard ratio',
	correlation: 'Correlation (r)',
	'percent-by-arm': 'Percentage by arm',
	'count-by-arm': 'Count by arm',
};

/** Said wherever counts behind percentages are shown, because papers often print only the percentages. */
export const DERIVED_COUNTS_NOTE = 'counts derived from the percentages and the numbers analysed';

/** The parts of an effect, each ready to print; absent parts are undefined. */
export interface EffectParts {
	/** "d = 0.91", or for per-arm metrics "MDMA-AT: 67% (28/42) vs Placebo: 32% (12/37)". */
	estimate: string;
	/** "95% CI 0.52 to 1.30" */
	ci?: string;
	/** "p < 0.0001" */
	p?: string;
	/** "n = 79" */
	n?: string;
	/** Per-arm means for metrics with a single estimate: "MDMA-AT: −24.4 (SD 11.6), n = 42 vs ...". */
	arms?: string;
	timepoint?: string;
	/** Set when a count shown as n/N was derived from a percentage rather than printed. */
	countsNote?: string;
}

/**
 * The whole count behind a percentage of n, when exactly one count rounds to it at the precision the
 * percentage is written with (67% of 42 can only be 28); undefined when none or several do.
 */
export function countBehindPercent(percent: number, n: number): number | undefined {
	const decimals = (String(percent).split('.')[1] ?? '').length;
	// Inclusive half-unit tolerance: a count exactly on a rounding boundary makes two candidates, so none is shown.
	const half = 0.5 * 10 ** -decimals + 1e-9;
	const counts: number[] = [];
	for (let count = 0; count <= n; count++)
		if (Math.abs((100 * count) / n - percent) <= half) counts.push(count);
	return counts.length === 1 ? counts[0] : undefined;
}

/** "p = 0.0116", or "p < 0.0001" for a bound; a p-value below 0.001 reads "p < 0.001", as APA style reports it. */
export function formatP(p: number | string): string {
	if (typeof p === 'string') return `p < ${p.replace(/^<\s*/, '')}`;
	return p > 0 && p < 0.001 ? 'p < 0.001' : `p = ${formatNumber(p)}`;
}

type Arm = NonNullable<Effect['arms']>[number];

function formatArm(effect: Effect, arm: Arm): string {
	if (effect.metric === 'percent-by-arm') {
		const count = arm.n === undefined ? undefined : countBehindPercent(arm.value, arm.n);
		const denominator = count !== undefined ? ` (${count}/${arm.n})` : arm.n ? ` of ${arm.n}` : '';
		return `${arm.label}: ${formatNumber(arm.value)}%${denominator}`;
	}
	if (effect.metric === 'count-by-arm')
		return `${arm.label}: ${arm.value}${arm.n ? `/${arm.n}` : ''}`;
	return `${arm.label}: ${formatNumber(arm.value)}${arm.sd ? ` (SD ${formatNumber(arm.sd)})` : ''}${arm.n ? `, n = ${arm.n}` : ''}`;
}

/** Splits an effect into printable parts (see EffectParts). */
export function effectParts(effect: Effect): EffectParts {
	const perArm = effect.metric === 'percent-by-arm' || effect.metric === 'count-by-arm';
	const arms = effect.arms?.map((arm) => formatArm(effect, arm)).join(' vs ');
	const estimate = perArm
		? (arms ?? '')
		: `${METRIC_SYMBOLS[effect.metric]} = ${formatNumber(effect.value ?? Number.NaN)}`;
	const derived =
		effect.metric === 'percent-by-arm' &&
		effect.arms?.some(
			(arm) => arm.n !== undefined && countBehindPercent(arm.value, arm.n) !== undefined,
		);
	return {
		estimate,
		ci:
			effect.ci &&
			`${Math.round(effect.level * 100)}% CI ${formatNumber(effect.ci[0])} to ${formatNumber(effect.ci[1])}`,
		p: effect.p === undefined ? undefined : formatP(effect.p),
		n: effect.n === undefined ? undefined : `n = ${effect.n}`,
		arms: perArm ? undefined : arms,
		timepoint: effect.timepoint,
		countsNote: derived ? DERIVED_COUNTS_NOTE : undefined,
	};
}

/** One line for lists and search results: "d = 0.91 (95% CI 0.52 to 1.30), p < 0.0001, n = 79, 18 weeks". */
export function formatEffect(effect: Effect): string {
	const parts = effectParts(effect);
	const details = [parts.p, parts.n, parts.timepoint, parts.countsNote].filter(Boolean).join(', ');
	return `${parts.estimate}${parts.ci ? ` (${parts.ci})` : ''}${details ? `, ${details}` : ''}`;
}
