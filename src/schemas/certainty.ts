import { z } from 'astro/zod';
import { DateSchema } from './date.ts';
import { expected } from './expected.ts';
import { idOf } from './id.ts';
import { strictObject } from './strict.ts';
import { proseOf, textOf } from './text.ts';
import { HttpsUrlSchema } from './url.ts';

/** The reasons appraisers give for rating evidence down (GRADE's domains and the ones MDMA trials raise). */
export const CERTAINTY_REASON_KINDS = [
	'risk-of-bias',
	'inconsistency',
	'indirectness',
	'imprecision',
	'publication-bias',
	'short-follow-up',
	'harms-collection',
	'other',
] as const;
export type CertaintyReasonKind = (typeof CERTAINTY_REASON_KINDS)[number];

/** One reason an appraisal gives for its rating, in our words. */
export const CertaintyReasonSchema = strictObject({
	/** Which kind of reason: risk-of-bias (unblinding and expectancy too), imprecision, short-follow-up … */
	kind: z.enum(CERTAINTY_REASON_KINDS, {
		error: expected(`one of ${CERTAINTY_REASON_KINDS.join(', ')}`),
	}),
	/** The appraiser's reason in our words. */
	text: proseOf('the reason, in our words', 400),
});

/**
 * How certain a published appraisal rated one body of evidence on an outcome: reported as the
 * appraiser rated it, never rated by us.
 * @example { appraisal: colcott-2024, scale: GRADE, rating: very low, body: "…", reasons: [...], url: https://…, read: 2026-12-07 }
 */
export const CertaintySchema = strictObject({
	/** The id of the appraisal (a review, a report) in content/references/, a complete reference. */
	appraisal: idOf('a file in content/references/'),
	/** The appraiser's scale as they name it. @example GRADE */
	scale: textOf("the appraiser's scale, e.g. GRADE", 80),
	/** Their rating, in their words. @example very low */
	rating: textOf('the rating in the appraiser\'s words, e.g. "low"', 80),
	/** Which body of evidence they rated: the comparison, the studies, the participants. */
	body: proseOf('which body of evidence was rated', 400),
	/** Their stated reasons, in our words. */
	reasons: z
		.array(CertaintyReasonSchema, { error: expected('a list of reasons, each with kind and text') })
		.default([]),
	/** Where in the appraisal the rating is. @example Table 3 */
	part: textOf('where in the appraisal, e.g. "Table 3"', 120).optional(),
	/** The address it was read at, https only. */
	url: HttpsUrlSchema,
	/** The date it was read. @example 2026-12-07 */
	read: DateSchema,
});

/** A certainty rating as pages receive it. */
export type Certainty = z.output<typeof CertaintySchema>;
/** A certainty rating as authors write it. */
export type CertaintyInput = z.input<typeof CertaintySchema>;
