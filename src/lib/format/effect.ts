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

/** The parts of an effect, each ready to print; absent parts are undefined. */
export interface EffectParts {
	/** "d = 0.91", or for per-arm metrics "67% of 42 (MDMA-AT) vs 32% of 37 (Placebo)". */
	estimate: string;
	/** "95% CI 0.52 to 1.30" */
	ci?: string;
	/** "p < 0.0001" */
	p?: string;
	/** "n = 79" */
	n?: string;
	/** Per-arm means for metrics with a single estimate: "−24.4 (SD 11.6) vs −13.9 (SD 11.5)". */
	arms?: string;
	timepoint?: string;
}

/** "p = 0.0116", or "p < 0.0001" for a bound. */
export function formatP(p: number | string): string {
	return typeof p === 'number' ? `p = ${p}` : `p < ${p.replace(/^<\s*/, '')}`;
}

function formatArm(effect: Effect, arm: NonNullable<Effect['arms']>[number]): string {
	if (effect.metric === 'percent-by-arm') return `${formatNumber(arm.value)}%${arm.n ? ` of ${arm.n}` : ''} (${arm.label})`;
	if (effect.metric === 'count-by-arm') return `${arm.value}${arm.n ? `/${arm.n}` : ''} (${arm.label})`;
	return `${formatNumber(arm.value)}${arm.sd ? ` (SD ${arm.sd})` : ''}${arm.n ? `, n = ${arm.n}` : ''} (${arm.label})`;
}

/** Splits an effect into printable parts (see EffectParts). */
export function effectParts(effect: Effect): EffectParts {
	const perArm = effect.metric === 'percent-by-arm' || effect.metric === 'count-by-arm';
	const arms = effect.arms?.map((arm) => formatArm(effect, arm)).join(' vs ');
	const estimate = perArm ? (arms ?? '') : `${METRIC_SYMBOLS[effect.metric]} = ${formatNumber(effect.value ?? Number.NaN)}`;
	return {
		estimate,
		ci: effect.ci && `${Math.round(effect.level * 100)}% CI ${formatNumber(effect.ci[0])} to ${formatNumber(effect.ci[1])}`,
		p: effect.p === undefined ? undefined : formatP(effect.p),
		n: effect.n === undefined ? undefined : `n = ${effect.n}`,
		arms: perArm ? undefined : arms,
		timepoint: effect.timepoint,
	};
}

/** One line for lists and search results: "d = 0.91 (95% CI 0.52 to 1.30), p < 0.0001, n = 79, 18 weeks". */
export function formatEffect(effect: Effect): string {
	const parts = effectParts(effect);
	const details = [parts.p, parts.n, parts.timepoint].filter(Boolean).join(', ');
	return `${parts.estimate}${parts.ci ? ` (${parts.ci})` : ''}${details ? `, ${details}` : ''}`;
}
