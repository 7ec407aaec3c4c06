import { z } from 'astro/zod';
import { CheckedAgainstSchema, RECORD_KINDS, isPrimaryRecord } from './checked-against.ts';
import { DateSchema } from './date.ts';
import { EffectSchema } from './effect.ts';
import { expected, expectedFound } from './expected.ts';
import { ID_PATTERN, idOf } from './id.ts';
import { checkListedOnce } from './listed-once.ts';
import { strictObject } from './strict.ts';
import { proseOf } from './text.ts';

/** What checking a claim against the primary record found. */
export const CHECK_STATUSES = ['consistent', 'discrepant', 'unsupported', 'unverified'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** What a claim is about; findings are research results, the rest is context around them. */
export const CLAIM_KINDS = ['finding', 'safety', 'mechanism', 'regulatory', 'background'] as const;

/**
 * What a claim may be flagged for besides its verdict: leaving out context a reader needs (the FDA's
 * refusal), or being out of date. A flag, not a verdict: what it says can still match the record.
 */
export const CLAIM_FLAGS = ['omits-context', 'out-of-date'] as const;
export type ClaimFlag = (typeof CLAIM_FLAGS)[number];

/** Statuses that are a verdict on the claim, and so must rest on a primary record. */
export const VERDICT_STATUSES = [
	'consistent',
	'discrepant',
	'unsupported',
] as const satisfies readonly CheckStatus[];
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
const VERDICTS: readonly CheckStatus[] = VERDICT_STATUSES;

/** The result of checking one claim against the paper or public record it rests on. */
export const CheckSchema = strictObject({
	/**
	 * consistent: the record says the same; discrepant: it says otherwise; unsupported: the record
	 * does not show what the source claims; unverified: not yet settled by a primary record (none
	 * read, or none that shows it).
	 */
	status: z.enum(CHECK_STATUSES, { error: expected(`one of ${CHECK_STATUSES.join(', ')}`) }),
	/** What the primary paper or record reports, in our words, with its figures. Required unless unverified. */
	primary: proseOf('what the primary paper reports', 600).optional(),
	/** The records the check was read against, each with its kind, part, address and date read. */
	checkedAgainst: z
		.array(CheckedAgainstSchema, {
			error: expected('a list of records, each with kind, reference or title, url and read'),
		})
		.default([]),
	/** Which record would settle the claim; required when unverified. @example MAPP1's full text (Methods) */
	wouldSettle: proseOf('which record would settle the claim', 300).optional(),
	/** When the claim was last checked. @example 2026-11-22 */
	checked: DateSchema,
	/** Anything a reader should know about the check, and the reason for any flag. */
	note: proseOf('a note', 600).optional(),
}).superRefine((check, ctx) => {
	const issue = (path: string, what: string, found: unknown) =>
		ctx.addIssue({ code: 'custom', path: [path], message: expectedFound(what, found) });
	if (check.status !== 'unverified' && !check.primary)
		issue('primary', `what the paper reports, since the status is ${check.status}`, check.primary);
	if (check.status === 'unverified' && !check.wouldSettle)
		issue(
			'wouldSettle',
			'which record would settle the claim, since the status is unverified',
			undefined,
		);
	if ((check.status === 'consistent' || check.status === 'discrepant') && check.wouldSettle)
		issue('wouldSettle', `nothing for a settled check (status ${check.status})`, check.wouldSettle);
	if (VERDICTS.includes(check.status) && check.checkedAgainst.length === 0)
		issue(
			'checkedAgainst',
			`the records the check was read against (kind ${RECORD_KINDS.join(', ')}), since the status is ${check.status}`,
			undefined,
		);
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
		// The id becomes the claim's anchor, in every link to the claim and every search result: short enough to read.
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
	/** Besides the verdict: omits-context, out-of-date; say why in the check's note. */
	flags: z
		.array(z.enum(CLAIM_FLAGS, { error: expected(`one of ${CLAIM_FLAGS.join(', ')}`) }), {
			error: expected(`a list of flags (${CLAIM_FLAGS.join(', ')})`),
		})
		.default([]),
}).superRefine((claim, ctx) => {
	checkVerdictRecords(claim, ctx);
	checkFlags(claim, ctx);
	// "consistent" means the paper says the same; a figure only the source gives has not been found in the paper.
	if (claim.check.status === 'consistent' && claim.effect?.basis === 'source') {
		ctx.addIssue({
			code: 'custom',
			path: ['check', 'status'],
			message: expectedFound(
				'discrepant, unsupported or unverified for a figure only the source gives (effect.basis: source)',
				'consistent',
			),
		});
	}
});

type ClaimOutput = { kind: string; check: Check; flags: ClaimFlag[] };

/** A verdict rests on a primary record: a check whose entries are all secondary reports is unverified. */
function checkVerdictRecords(claim: ClaimOutput, ctx: z.RefinementCtx): void {
	const { status, checkedAgainst } = claim.check;
	if (!VERDICTS.includes(status) || checkedAgainst.length === 0) return;
	if (checkedAgainst.some((entry) => isPrimaryRecord(entry.kind, claim.kind))) return;
	const sponsor = checkedAgainst.some((entry) => entry.kind === 'sponsor-page');
	ctx.addIssue({
		code: 'custom',
		path: ['check', 'status'],
		message: `${expectedFound(
			'unverified for a check that rests only on secondary reports (no checkedAgainst entry of kind full-text, registry-results, regulator or abstract)',
			status,
		)}${sponsor ? `; a sponsor-page counts only for claims of kind background, and this claim is ${claim.kind}` : ''}`,
	});
}

/** Flags are listed once each, and the check's note says why. */
function checkFlags(claim: ClaimOutput, ctx: z.RefinementCtx): void {
	checkListedOnce(claim.flags, 'flags', 'flag', ctx);
	if (claim.flags.length > 0 && !claim.check.note)
		ctx.addIssue({
			code: 'custom',
			path: ['check', 'note'],
			message: expectedFound(
				`a note saying why the claim is flagged ${claim.flags.join(', ')}`,
				undefined,
			),
		});
}

/** A check as pages receive it. */
export type Check = z.output<typeof CheckSchema>;
/** A claim as pages receive it. */
export type Claim = z.output<typeof ClaimSchema>;
/** A claim as authors write it. */
export type ClaimInput = z.input<typeof ClaimSchema>;
