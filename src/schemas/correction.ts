import { z } from 'astro/zod';
import { DateSchema } from './date.ts';
import { expected, expectedFound } from './expected.ts';
import { ID_PATTERN } from './id.ts';
import { strictObject } from './strict.ts';
import { textOf } from './text.ts';

const claimId = expected('the id of a claim in this article (lower-case words joined by hyphens)');

/**
 * One dated change to a published summary, shown under "Updates and corrections" and on
 * /corrections/, and sent to the feed. Record every change a reader could have relied on.
 * @example { date: 2026-12-01, text: "The remission figure was 71%; the paper reports 67%.", claims: [remission] }
 */
export const CorrectionSchema = strictObject({
	/** When the change was published; not before the summary's `published`, not in the future. @example 2026-12-01 */
	date: DateSchema,
	/** What changed and why, in a sentence or two: the old text or figure, the new one, the source. */
	text: textOf('what changed and why', 600),
	/** Ids of the claims the change touched, if any; each claim then links to this correction. */
	claims: z
		.array(z.string({ error: claimId }).regex(ID_PATTERN, { error: claimId }), {
			error: expected('a list of claim ids'),
		})
		.optional(),
});

/** A correction as pages receive it. */
export type Correction = z.output<typeof CorrectionSchema>;

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The corrections' rules that need the rest of the article: none is dated before the summary was
 * published, and each claim a correction names is one of its claims. (Dates after today are a
 * rule of the check, which knows today: lib/check/file-rules.ts.)
 */
export function checkCorrections(
	article: {
		published: Date;
		claims: readonly { id: string }[];
		corrections: readonly Correction[];
	},
	ctx: z.core.$RefinementCtx,
): void {
	const ids = article.claims.map((claim) => claim.id);
	article.corrections.forEach((correction, i) => {
		if (correction.date < article.published) {
			ctx.addIssue({
				code: 'custom',
				path: ['corrections', i, 'date'],
				message: expectedFound(
					`a date on or after published (${day(article.published)})`,
					correction.date,
				),
			});
		}
		correction.claims?.forEach((id, j) => {
			if (!ids.includes(id))
				ctx.addIssue({
					code: 'custom',
					path: ['corrections', i, 'claims', j],
					message: expectedFound(`the id of a claim in this article (${ids.join(', ')})`, id),
				});
		});
	});
}
