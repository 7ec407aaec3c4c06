import { z } from 'astro/zod';
import { RECORD_KINDS } from './checked-against.ts';
import { CHECK_STATUSES, CLAIM_FLAGS, CLAIM_KINDS } from './claim.ts';
import { METRICS } from './effect.ts';
import { DESIGNS, STATUS_TYPES } from './reference.ts';

/** What a column of the claims dataset holds, for people: its meaning and, where it has one, its unit. */
// A type, not an interface: zod's .meta() takes an object with an index signature.
export type ColumnMeta = {
	description: string;
	unit?: string;
};

// Every column is described here and nowhere else: the /data/ page lists these descriptions, and
// the CSV writes its header in this order. A cell with nothing in it is null (an empty CSV cell).
const column = <T extends z.ZodType>(schema: T, meta: ColumnMeta) => schema.meta(meta);
const text = (meta: ColumnMeta) => column(z.string().nullable(), meta);
const number = (meta: ColumnMeta) => column(z.number().nullable(), meta);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One claim of one summary as a row of /data/claims.json and /data/claims.csv. Flat (text, number
 * or null), so that both files have the same columns in the same order.
 */
export const ClaimRowSchema = z.strictObject({
	summary: column(z.string(), {
		description: 'The summary the claim belongs to: its id, the last part of its address.',
	}),
	summary_title: column(z.string(), { description: "The summary's title." }),
	claim: column(z.string(), { description: "The claim's id, unique within its summary." }),
	claim_url: column(z.url(), {
		description: "The claim's address on this site: its summary page, at the claim.",
		unit: 'absolute URL',
	}),
	statement: column(z.string(), { description: 'What the popular article claims, in our words.' }),
	kind: column(z.enum(CLAIM_KINDS), {
		description: `What the claim is about: ${CLAIM_KINDS.join(', ')}.`,
	}),
	outcome: text({
		description:
			'The measure the figure is on (CAPS-5, SDS …): the id of its page under /outcomes/.',
	}),
	metric: column(z.enum(METRICS).nullable(), {
		description: `What kind of number the figure is: ${METRICS.join(', ')}.`,
	}),
	estimate: number({
		description: 'The point estimate; empty for per-arm figures.',
		unit: "the metric's own (e.g. standard deviations for cohens-d)",
	}),
	ci_low: number({
		description: 'The lower bound of the confidence interval.',
		unit: 'as estimate',
	}),
	ci_high: number({
		description: 'The upper bound of the confidence interval.',
		unit: 'as estimate',
	}),
	ci_level: number({
		description: 'The confidence level of the interval, when there is one.',
		unit: 'probability (0.95 = 95%)',
	}),
	p: text({
		description: 'The p-value as the paper gives it: a number, or a bound such as "<0.001".',
		unit: 'probability',
	}),
	n: number({ description: 'Participants analysed in total.', unit: 'people' }),
	arms: text({
		description:
			'Per-arm figures, "label: value (n = …)" joined by "; ". Values are percentages for percent-by-arm, counts for count-by-arm, else means.',
	}),
	arms_analysed: text({
		description:
			'Whom the per-arm figures cover when the paper gives them for fewer people than the estimate may rest on, e.g. "completers".',
	}),
	timepoint: text({ description: 'When the figure was measured, as the paper words it.' }),
	comparison: text({ description: 'What was compared, as the paper words it.' }),
	basis: column(z.enum(['primary', 'source']).nullable(), {
		description:
			'Whose figure it is: "primary" (the paper\'s) or "source" (only the popular article\'s, unverified).',
	}),
	check_status: column(z.enum(CHECK_STATUSES), {
		description: `What checking the claim against the paper found: ${CHECK_STATUSES.join(', ')} (unsupported: the record does not show what the source claims).`,
	}),
	paper_says: text({
		description: 'What the primary paper or record reports, in our words, with its figures.',
	}),
	checked_against: text({
		description: `The kinds of record the check was read against, joined by "; ": ${RECORD_KINDS.join(', ')}; empty when none was read.`,
	}),
	depth: column(z.enum(RECORD_KINDS).nullable(), {
		description:
			'The strongest of those records, which sets how deep the check went (full-text first, secondary last); a sponsor-page counts as secondary for any claim but background. Empty when none was read.',
	}),
	would_settle: text({
		description: 'For a claim not yet verified: which record would settle it.',
	}),
	flags: text({
		description: `Flags on the claim besides its verdict, joined by "; ": ${CLAIM_FLAGS.join(', ')}.`,
	}),
	checked: column(z.string().regex(ISO_DAY), {
		description: 'When the claim was last checked.',
		unit: 'date, YYYY-MM-DD',
	}),
	paper: text({
		description: 'The paper the claim rests on: the id of its page under /references/.',
	}),
	doi: text({ description: "The paper's DOI, bare (resolve it at https://doi.org/)." }),
	trial: text({
		description:
			'The clinical trial whose participants the paper reports: the id of its page under /trials/.',
	}),
	design: column(z.enum(DESIGNS).nullable(), {
		description: `The paper's design: ${DESIGNS.join(', ')}.`,
	}),
	paper_status: column(z.enum(STATUS_TYPES).nullable(), {
		description: `What happened to the paper after publication: ${STATUS_TYPES.join(', ')}; empty when nothing is recorded.`,
	}),
	paper_status_date: column(z.string().regex(ISO_DAY).nullable(), {
		description: 'When that notice was issued.',
		unit: 'date, YYYY-MM-DD',
	}),
});

/** One row of the claims dataset. */
export type ClaimRow = z.output<typeof ClaimRowSchema>;

/** The dataset's columns in file order, each with its meaning and unit, read from the schema. */
export function claimColumns(): { name: keyof ClaimRow; meta: ColumnMeta }[] {
	return Object.entries(ClaimRowSchema.shape).map(([name, schema]) => ({
		name: name as keyof ClaimRow,
		meta: schema.meta() as unknown as ColumnMeta,
	}));
}
