import { z } from 'astro/zod';
import { EffectSchema } from './effect.ts';
import { expectedFound } from './expected.ts';
import { idOf } from './id.ts';
import { strictObject } from './strict.ts';
import { textOf } from './text.ts';

/**
 * One figure a paper itself reports for one outcome, with where in the paper it was found. Effect
 * charts draw these beside the figures the summaries' claims use.
 * @example { outcome: caps-5, effect: { metric: cohens-d, value: 0.7, p: "<0.001" }, foundIn: abstract }
 */
export const ResultSchema = strictObject({
	/** The id of the measure in content/outcomes/. */
	outcome: idOf('a file in content/outcomes/'),
	/** The figure as the paper reports it. */
	effect: EffectSchema,
	/** Where in the paper or its record the figure was found. @example "abstract" */
	foundIn: textOf('where the figure was found, e.g. "abstract"', 200),
}).superRefine((result, ctx) => {
	if (result.effect.basis === 'source') {
		ctx.addIssue({
			code: 'custom',
			path: ['effect', 'basis'],
			message: expectedFound('a figure the paper itself reports (leave basis out)', 'source'),
		});
	}
});

/** A paper's result as pages receive it. */
export type Result = z.output<typeof ResultSchema>;
