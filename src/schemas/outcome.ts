import { z } from 'astro/zod';
import { CertaintySchema } from './certainty.ts';
import { expected, expectedFound } from './expected.ts';
import { idOf } from './id.ts';
import { checkListedOnce } from './listed-once.ts';
import { strictObject } from './strict.ts';
import { proseOf, textOf } from './text.ts';

/** How an outcome is recorded. */
export const OUTCOME_KINDS = ['scale', 'subscale', 'status', 'events'] as const;

/**
 * One measure in content/outcomes/<id>.yaml, with the definitions people confuse.
 */
export const OutcomeSchema = strictObject({
	/** The full name. @example Clinician-Administered PTSD Scale for DSM-5 */
	name: textOf('the full name', 160),
	/** The short name. @example CAPS-5 */
	short: textOf('the short name', 40),
	/** How it is recorded: a scale score, a subscale, a status (met/not met), or counted events. */
	kind: z.enum(OUTCOME_KINDS, { error: expected(`one of ${OUTCOME_KINDS.join(', ')}`) }),
	/** What it measures, in a sentence or two. */
	measures: proseOf('what it measures', 600),
	/** Which direction is better: lower scores, higher scores, or none (a status or a count of events). */
	better: z.enum(['lower', 'higher', 'fewer', 'not-applicable'], {
		error: expected('lower, higher, fewer or not-applicable'),
	}),
	/** Terms readers confuse, each defined. */
	definitions: z
		.array(strictObject({ term: textOf('the term', 80), meaning: proseOf('its meaning', 600) }), {
			error: expected('a list of { term, meaning }'),
		})
		.default([]),
	/** What is not known about it here. */
	note: proseOf('a note', 400).optional(),
	/**
	 * Ids of the records in content/references/ that the note mentions, linked under it (a planned
	 * review's protocol, say). @example [zuljevic-2022]
	 */
	references: z
		.array(idOf('a file in content/references/'), { error: expected('a list of reference ids') })
		.default([]),
	/** How certain published appraisals rated the evidence on this outcome, as they rated it. */
	certainty: z
		.array(CertaintySchema, {
			error: expected('a list of appraisals, each with appraisal, scale, rating, body, url, read'),
		})
		.default([]),
}).superRefine((outcome, ctx) => {
	// The references are what the note mentions: without a note they would be links with no context.
	if (outcome.references.length > 0 && !outcome.note)
		ctx.addIssue({
			code: 'custom',
			path: ['note'],
			message: expectedFound('a note that mentions the references listed under it', undefined),
		});
	checkListedOnce(outcome.references, 'references', 'reference listed', ctx);
	// A yes-or-no outcome means nothing without its bar: response, remission and "no longer meets
	// criteria" are different bars, and claims must say which one they use.
	if (outcome.kind === 'status' && outcome.definitions.length === 0) {
		ctx.addIssue({
			code: 'custom',
			path: ['definitions'],
			message: expectedFound(
				'at least one definition for a status outcome (what counts as meeting it)',
				[],
			),
		});
	}
});

/** An outcome as pages receive it. */
export type Outcome = z.output<typeof OutcomeSchema>;
/** An outcome as authors write it. */
export type OutcomeInput = z.input<typeof OutcomeSchema>;
