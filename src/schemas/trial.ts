import { z } from 'astro/zod';
import { expected, expectedFound } from './expected.ts';
import { participants, wholeNumber } from './number.ts';
import { strictObject } from './strict.ts';
import { proseOf, textOf } from './text.ts';

/**
 * One clinical trial in content/trials/<id>.yaml. The papers that report it are not listed here:
 * they name the trial in their `study.trial`, and the trial page gathers them.
 */
export const TrialSchema = strictObject({
	/** The short name. @example MAPP1 */
	name: textOf('the short name', 40),
	/** What the trial is, in a line. */
	title: textOf('a one-line title', 200),
	/** The ClinicalTrials.gov number. @example NCT03537014 */
	registration: z
		.string({ error: expected('a ClinicalTrials.gov number such as "NCT03537014"') })
		.regex(/^NCT\d{8}$/, { error: expected('a ClinicalTrials.gov number such as "NCT03537014"') }),
	/** The phase. @example 3 */
	phase: wholeNumber('a phase', 1, 4),
	/** Who took part. */
	population: proseOf('the population', 300),
	/** Who ran and paid for it; leave out when no primary record names it. */
	sponsor: textOf('the sponsor', 120).optional(),
	/** Participants randomized. */
	randomized: participants('the number randomized'),
	/** Participants randomized to each arm; they add up to `randomized`. */
	arms: z
		.array(
			strictObject({
				label: textOf("the arm's name", 80),
				n: participants('the number randomized to the arm'),
			}),
			{ error: expected('a list of arms with label and n') },
		)
		.min(2, { error: expected('at least two arms') }),
	/** Where these facts were confirmed. */
	note: proseOf('a note', 400).optional(),
}).superRefine((trial, ctx) => {
	const total = trial.arms.reduce((sum, arm) => sum + arm.n, 0);
	if (total !== trial.randomized)
		ctx.addIssue({
			code: 'custom',
			path: ['arms'],
			message: expectedFound(`arms adding up to randomized (${trial.randomized})`, total),
		});
});

/** A trial as pages receive it. */
export type Trial = z.output<typeof TrialSchema>;
