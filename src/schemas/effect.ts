import { z } from 'astro/zod';
import { expected, expectedFound } from './expected.ts';
import { MAX_PARTICIPANTS, participants } from './number.ts';
import { strictObject } from './strict.ts';
import { textOf } from './text.ts';

/** Effect metrics a claim may report. Ratios are compared with 1, differences and correlations with 0. */
export const METRICS = [
	'cohens-d',
	'hedges-g',
	'smd',
	'mean-difference',
	'mean-change',
	'risk-ratio',
	'odds-ratio',
	'hazard-ratio',
	'correlation',
	'percent-by-arm',
	'count-by-arm',
] as const;

export type Metric = (typeof METRICS)[number];

/** Metrics whose values are ratios: the estimate and both CI bounds must be greater than 0. */
export const RATIO_METRICS: readonly Metric[] = ['risk-ratio', 'odds-ratio', 'hazard-ratio'];

/** Metrics reported per arm rather than as one estimate. */
export const ARM_METRICS: readonly Metric[] = ['percent-by-arm', 'count-by-arm'];

/** A p-value as a number in (0, 1], or a bound such as "<0.001" when the paper gives only that. */
const PSchema = z
	.union([z.number(), z.string()], {
		error: expected('a p-value: a number between 0 and 1, or a bound such as "<0.001"'),
	})
	.superRefine((p, ctx) => {
		const bound = typeof p === 'string' ? /^<\s?(0?\.\d+)$/.exec(p.trim()) : null;
		// "0.000" quoted is what a paper prints for p < 0.001; it gets the same hint as the number 0.
		const zero = typeof p === 'string' && /^0*\.?0+$/.test(p.trim());
		const value = typeof p === 'number' ? p : bound ? Number(bound[1]) : zero ? 0 : Number.NaN;
		if (!(value > 0 && value <= 1)) {
			const hint =
				value === 0
					? 'a p-value above 0 (a paper that prints 0.000 means "<0.001")'
					: 'a p-value: a number between 0 and 1, or a bound such as "<0.001"';
			ctx.addIssue({ code: 'custom', message: expectedFound(hint, p) });
		}
	});

/** The plausible range of each metric's estimate and CI bounds: beyond it a figure is a typo (1e300) or the wrong metric. */
const RANGES: Record<Metric, { low: number; high: number; what: string }> = {
	'cohens-d': { low: -10, high: 10, what: 'an effect size' },
	'hedges-g': { low: -10, high: 10, what: 'an effect size' },
	smd: { low: -10, high: 10, what: 'an effect size' },
	'mean-difference': { low: -10_000, high: 10_000, what: 'a difference' },
	'mean-change': { low: -10_000, high: 10_000, what: 'a change' },
	'risk-ratio': { low: 0, high: 1_000, what: 'a ratio' },
	'odds-ratio': { low: 0, high: 1_000, what: 'a ratio' },
	'hazard-ratio': { low: 0, high: 1_000, what: 'a ratio' },
	correlation: { low: -1, high: 1, what: 'a correlation' },
	'percent-by-arm': { low: -100, high: 100, what: 'a difference in percentage points' },
	'count-by-arm': {
		low: -MAX_PARTICIPANTS,
		high: MAX_PARTICIPANTS,
		what: 'a difference in counts',
	},
};

/** A figure of an arm or a spread: any finite number within ±MAX_FIGURE (scale scores, counts, percentages). */
const MAX_FIGURE = 1_000_000;
const figureOf = (what: string) =>
	z.number({ error: expected(what) }).refine((x) => Math.abs(x) <= MAX_FIGURE, {
		error: expected(`${what} from -1,000,000 to 1,000,000`),
	});

/** One arm of a comparison: e.g. MDMA-AT, 42 analysed, 67 (%). */
export const ArmSchema = strictObject({
	/** The arm's name as the paper gives it. @example "MDMA-AT" */
	label: textOf('the arm\'s name, e.g. "MDMA-AT"', 80),
	/** Participants analysed in this arm. */
	n: participants('the number analysed in the arm').optional(),
	/** The arm's figure: a percentage (0–100) for percent-by-arm, a count for count-by-arm, else a mean. */
	value: figureOf("the arm's figure as a number"),
	/** The arm's standard deviation, when the paper gives it. */
	sd: figureOf('a standard deviation above 0')
		.refine((x) => x > 0, { error: expected('a standard deviation above 0') })
		.optional(),
});

type Issue = (path: (string | number)[], message: string) => void;

/** The estimate: present unless per arm, within its metric's range (ratios above 0). */
function checkEstimate({ metric, value }: { metric: Metric; value?: number }, issue: Issue): void {
	const { low, high, what } = RANGES[metric];
	if (!ARM_METRICS.includes(metric) && value === undefined)
		issue(['value'], expectedFound(`the estimate for ${metric}`, value));
	else if (value === undefined) return;
	else if (RATIO_METRICS.includes(metric) && value <= 0)
		issue(['value'], expectedFound('a ratio above 0', value));
	else if (metric === 'correlation' && Math.abs(value) > 1)
		issue(['value'], expectedFound('a correlation between -1 and 1', value));
	else if (value < low || value > high)
		issue(['value'], expectedFound(`${what} from ${low} to ${high} for ${metric}`, value));
}

/** The interval: bounds in range, low first, and containing the estimate when there is one. */
function checkInterval(
	{ metric, value, ci }: { metric: Metric; value?: number; ci?: [number, number] },
	issue: Issue,
): void {
	if (!ci) return;
	const { low, high, what } = RANGES[metric];
	if (RATIO_METRICS.includes(metric) && (ci[0] <= 0 || ci[1] <= 0))
		issue(['ci'], expectedFound('ratio bounds above 0', ci));
	else if (ci.some((bound) => bound < low || bound > high))
		issue(['ci'], expectedFound(`bounds of ${what} from ${low} to ${high} for ${metric}`, ci));
	else if (ci[0] > ci[1])
		issue(['ci'], expectedFound('an interval [low, high] with low first', ci));
	else if (value !== undefined && (value < ci[0] || value > ci[1]))
		issue(['ci'], expectedFound(`an interval [low, high] that contains the estimate ${value}`, ci));
}

/** Per-arm figures: enough arms, percentages and counts in range, and arm n adding up to at most the total. */
function checkArms(
	{
		metric,
		arms,
		n,
		armsAnalysed,
	}: { metric: Metric; arms?: z.output<typeof ArmSchema>[]; n?: number; armsAnalysed?: string },
	issue: Issue,
): void {
	if (armsAnalysed !== undefined && !arms?.length)
		issue(['armsAnalysed'], expectedFound('arms for it to describe', arms ?? []));
	if (ARM_METRICS.includes(metric) && (arms?.length ?? 0) < 2)
		issue(['arms'], expectedFound(`at least two arms for ${metric}`, arms ?? []));
	arms?.forEach((arm, i) => {
		if (metric === 'percent-by-arm' && (arm.value < 0 || arm.value > 100))
			issue(['arms', i, 'value'], expectedFound('a percentage from 0 to 100', arm.value));
		if (
			metric === 'count-by-arm' &&
			(!Number.isInteger(arm.value) || arm.value < 0 || (arm.n !== undefined && arm.value > arm.n))
		) {
			issue(
				['arms', i, 'value'],
				expectedFound(
					`a whole count from 0 to the arm's n${arm.n ? ` (${arm.n})` : ''}`,
					arm.value,
				),
			);
		}
	});
	const armTotal = arms?.reduce((sum, arm) => sum + (arm.n ?? 0), 0) ?? 0;
	// An n the schema refused (0, -80) is reported once, by its own field.
	if (n !== undefined && n > 0 && armTotal > n)
		issue(['arms'], expectedFound(`arms whose n add up to at most the total ${n}`, armTotal));
}

/**
 * An effect as reported: metric, estimate, interval, p, denominators, timepoint.
 * @example { metric: cohens-d, value: 0.91, p: "<0.0001", n: 79, timepoint: "18 weeks" }
 */
export const EffectSchema = strictObject({
	/** What kind of number this is. */
	metric: z.enum(METRICS, { error: expected(`one of ${METRICS.join(', ')}`) }),
	/** The point estimate. Leave out for per-arm metrics (percent-by-arm, count-by-arm). */
	value: z.number({ error: expected('the estimate as a number') }).optional(),
	/** The confidence interval as [low, high]. @example [0.52, 1.3] */
	ci: z
		.tuple([z.number(), z.number()], { error: expected('an interval written [low, high]') })
		.optional(),
	/** The confidence level as a probability; 0.95 when left out. */
	level: z
		.number({ error: expected('a confidence level between 0 and 1, e.g. 0.95') })
		.gt(0, { error: expected('a confidence level between 0 and 1, e.g. 0.95') })
		.lt(1, { error: expected('a confidence level between 0 and 1, e.g. 0.95') })
		.default(0.95),
	/** The p-value, or a bound such as "<0.001". */
	p: PSchema.optional(),
	/** Participants analysed in total. */
	n: participants('the number analysed').optional(),
	/** Per-arm figures, e.g. 67% of 42 vs 32% of 37. */
	arms: z
		.array(ArmSchema, { error: expected('a list of arms, each with label, n and value') })
		.optional(),
	/**
	 * Whom the per-arm figures cover, when the paper gives them for fewer people than the estimate may
	 * rest on, so that a reader does not take the estimate for theirs. @example "completers"
	 */
	armsAnalysed: textOf('whom the per-arm figures cover, e.g. "completers"', 80).optional(),
	/** When it was measured. @example "18 weeks after baseline" */
	timepoint: textOf('a timepoint such as "18 weeks"', 120).optional(),
	/** What was compared. @example "MDMA-AT vs placebo with therapy" */
	comparison: textOf('a comparison such as "MDMA-AT vs placebo with therapy"', 200).optional(),
	/** Whose figure this is: the primary paper's (default) or only the source document's, unverified. */
	basis: z
		.enum(['primary', 'source'], { error: expected('"primary" or "source"') })
		.default('primary'),
}).superRefine((effect, ctx) => {
	const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path, message });
	checkEstimate(effect, issue);
	checkInterval(effect, issue);
	checkArms(effect, issue);
});

/** An effect as pages receive it (defaults applied). */
export type Effect = z.output<typeof EffectSchema>;
/** An effect as authors write it. */
export type EffectInput = z.input<typeof EffectSchema>;
