import { forestDomain } from './forest.ts';
import { type Interval, linearScale, logScale } from './scale.ts';

/** Ratios are drawn on a log scale, so 0.5 and 2 sit the same distance either side of 1. */
const RATIO_METRICS = new Set(['risk-ratio', 'odds-ratio', 'hazard-ratio']);
/** Width of the mark in SVG units; its height is fixed at 12. */
export const MARK_WIDTH = 80;

/** A small scale mark beside a claim's numbers, in SVG units: a point, its CI, the line of no effect. */
export interface EffectMark {
	kind: 'point';
	x: number;
	nullX: number;
	interval?: Interval;
}

/** Two arms' percentages as bars on a 0–100 track. */
export interface ArmsMark {
	kind: 'arms';
	bars: { width: number; y: number }[];
}

/** The figures a mark is drawn from: the fields of an Effect it reads. */
export interface MarkInput {
	metric: string;
	value?: number;
	ci?: Interval;
	arms?: readonly { value: number }[];
}

/**
 * Where a chart helps read a claim's numbers, the mark to draw: per-arm percentages as bars, an
 * estimate with its CI against the line of no effect. Undefined where a mark would say nothing
 * (counts, mean changes, correlations, an estimate without an interval).
 */
export function effectMark(effect: MarkInput): EffectMark | ArmsMark | undefined {
	if (effect.metric === 'percent-by-arm' && effect.arms?.length === 2) {
		return {
			kind: 'arms',
			bars: effect.arms.map((arm, i) => ({
				width: (Math.min(100, Math.max(0, arm.value)) / 100) * MARK_WIDTH,
				y: i * 7,
			})),
		};
	}
	if (
		effect.value === undefined ||
		!effect.ci ||
		['count-by-arm', 'mean-change', 'correlation', 'percent-by-arm'].includes(effect.metric)
	)
		return undefined;
	const ratio = RATIO_METRICS.has(effect.metric);
	const domain = forestDomain([{ label: '', value: effect.value, ci: effect.ci }], ratio);
	const scale = ratio
		? logScale(domain, [2, MARK_WIDTH - 2])
		: linearScale(domain, [2, MARK_WIDTH - 2]);
	const clamp = (v: number) => scale(Math.min(domain[1], Math.max(domain[0], v)));
	return {
		kind: 'point',
		x: scale(effect.value),
		nullX: scale(ratio ? 1 : 0),
		interval: [clamp(effect.ci[0]), clamp(effect.ci[1])],
	};
}
