import { z } from 'astro/zod';
import { DateSchema } from './date.ts';
import { EffectSchema } from './effect.ts';
import { expected, expectedFound } from './expected.ts';
import { ID_PATTERN, idOf } from './id.ts';
import { strictObject } from './strict.ts';
import { proseOf, textOf } from './text.ts';

/** What checking a claim against the primary record found. */
export const CHECK_STATUSES = ['consistent', 'discrepant', 'unverified'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** What a claim is about; findings are research results, the rest is context around them. */
export const CLAIM_KINDS = ['finding', 'safety', 'mechanism', 'regulatory', 'background'] as const;

/** The result of checking one claim against the paper or public record it rests on. */
export const CheckSchema = strictObject({
	/** consistent: the paper says the same; discrepant: it says something else; unverified: not found. */
	status: z.enum(CHECK_STATUSES, { error: expected(`one of ${CHECK_STATUSES.join(', ')}`) }),
	/** What the primary paper or record reports, in our words, with its figures. Required unless unverified. */
	primary: proseOf('what the primary paper reports', 600).optional(),
	/** Where in the primary record the figure was found. @example "abstract" */
	foundIn: textOf('where the figure was found, e.g. "abstract"', 200).optional(),
	/** When the claim was last checked. @example 2026-11-22 */
	checked: DateSchema,
	/** Anything a reader should know about the check. */
	note: proseOf('a note', 600).optional(),
}).superRefine((check, ctx) => {
	if (check.status !== 'unverified' && !check.primary) {
		ctx.addIssue({
			code: 'custom',
			path: ['primary'],
			message: expectedFound(
				`what the paper reports, since the status is ${check.status}`,
				check.primary,
			),
		});
	}
});

/**
 * One factual claim a source document makes, in our words, with the paper it rests on and the check.
 * @example { id: caps-5-effect, statement: "...", reference: mitchell-2021, outcome: caps-5, check: {...} }
 */
export const ClaimSchema = strictObject({
	/** Unique within the article; it becomes the claim's anchor (#caps-5-effect). */
	id: z
		.string({ error: expected('a claim id (lower-case words joined by hyphens)') })
		.regex(ID_PATTERN, { error: expected('a claim id (lower-case words joined by hyphens)') })
		// The id becomes an anchor and a search record's file name (lib/search/claim-records.ts): short enough for any file system.
		.max(80, {
			error: (issue) =>
				`expected a claim id of at most 80 characters, found ${String((issue.input as string).length)} characters`,
		}),
	/** What the source document claims, in our own words. */
	statement: proseOf('a statement of what the source claims', 400),
	/** What the claim is about; "finding" when left out. */
	kind: z
		.enum(CLAIM_KINDS, { error: expected(`one of ${CLAIM_KINDS.join(', ')}`) })
		.default('finding'),
	/** The id of the paper in content/references/ that the claim rests on; leave out when the source cites none. */
	reference: idOf('a file in content/references/').optional(),
	/** The id of the measure in content/outcomes/, where there is one. */
	outcome: idOf('a file in content/outcomes/').optional(),
	/** The figure, when there is one. */
	effect: EffectSchema.optional(),
	/** What checking it against the primary record found. */
	check: CheckSchema,
}).superRefine((claim, ctx) => {
	// "consistent" means the paper says the same; a figure only the source gives has not been found in the paper.
	if (claim.check.status === 'consistent' && claim.effect?.basis === 'source') {
		ctx.addIssue({
			code: 'custom',
			path: ['check', 'status'],
			message: expectedFound(
				'discrepant or unverified for a figure only the source gives (effect.basis: source)',
				'consistent',
			),
		});
	}
});

/** A claim as pages receive it. */
export type Claim = z.output<typeof ClaimSchema>;
/** A claim as authors write it. */
export type ClaimInput = z.input<typeof ClaimSchema>;
