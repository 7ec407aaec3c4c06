import { z } from 'astro/zod';
import { DateSchema } from './date.ts';
import { DoiSchema } from './doi.ts';
import { expected, expectedFound } from './expected.ts';
import { idOf } from './id.ts';
import { participants, wholeNumber } from './number.ts';
import { ResultSchema } from './result.ts';
import { strictObject } from './strict.ts';
import { HttpsUrlSchema } from './url.ts';
import { proseOf, textOf } from './text.ts';

/** CSL item types the site formats. */
export const CSL_TYPES = [
	'article-journal',
	// A preprint: set genre "Preprint" and the server as publisher (APA then prints "[Preprint]. medRxiv.").
	'article',
	'webpage',
	'report',
	'document',
	'post-weblog',
	'legislation',
	'book',
	'chapter',
] as const;

/** How a study was done; drives filters and the reader's sense of the evidence. */
export const DESIGNS = [
	'rct',
	'meta-analysis',
	'pooled-analysis',
	'secondary-analysis',
	'trial-design',
	'review',
	'protocol',
	'web-page',
	'regulatory',
	'notice',
] as const;

/** What happened to a paper after publication. */
export const STATUS_TYPES = ['retracted', 'corrected', 'expression-of-concern'] as const;

const NameSchema = z.union(
	[
		strictObject({
			family: textOf('a family name', 80),
			given: textOf('given names or initials', 80).optional(),
		}),
		strictObject({ literal: textOf("an organisation's name", 160) }),
	],
	{ error: expected('an author written { family, given } or { literal } for an organisation') },
);

const DATE_PARTS = 'date-parts written [[year, month, day]], month and day optional';

/** True when [year, month?, day?] is a day (or month, or year) that exists in the calendar. */
function isRealDate([year, month, day]: number[]): boolean {
	if (!Number.isInteger(year) || year < 1000 || year > 9999) return false;
	if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) return false;
	// Date.UTC rolls 2021-02-30 over into March: a day that does not survive the round trip is not real.
	return (
		day === undefined ||
		(month !== undefined &&
			Number.isInteger(day) &&
			new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day)
	);
}

const DatePartsSchema = strictObject({
	/** CSL date parts: [[year]], [[year, month]] or [[year, month, day]]. @example [[2021, 5, 10]] */
	'date-parts': z.tuple(
		[
			z
				.array(z.number({ error: expected('a number') }), { error: expected(DATE_PARTS) })
				.min(1, { error: expected(DATE_PARTS) })
				.max(3, { error: expected(DATE_PARTS) }),
		],
		{ error: expected(DATE_PARTS) },
	),
}).superRefine((date, ctx) => {
	const [parts] = date['date-parts'];
	if (!isRealDate(parts))
		ctx.addIssue({
			code: 'custom',
			path: ['date-parts'],
			message: expectedFound(`a date that exists, in ${DATE_PARTS}`, date['date-parts']),
		});
});

/** A volume, issue or similar label that CSL allows as a number or text; stored as text. */
const labelOf = (what: string) =>
	z.preprocess(
		(value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value),
		textOf(what, 40),
	);

/** Study facts that CSL-JSON has no field for. */
export const StudySchema = strictObject({
	/** The design. */
	design: z.enum(DESIGNS, { error: expected(`one of ${DESIGNS.join(', ')}`) }),
	/** Participants (or, for a meta-analysis, participants pooled). */
	n: participants('the number of participants').optional(),
	/** Number of studies pooled, for meta-analyses. */
	studies: wholeNumber('the number of studies pooled', 1, 10_000).optional(),
	/** The id of the trial in content/trials/ whose participants it reports. */
	trial: idOf('a file in content/trials/').optional(),
	/** "reported" when the paper names the trial; "consistent-with" when only its description matches. */
	trialLink: z
		.enum(['reported', 'consistent-with'], { error: expected('"reported" or "consistent-with"') })
		.default('reported'),
});

/** A retraction, correction or expression of concern. */
export const StatusSchema = strictObject({
	type: z.enum(STATUS_TYPES, { error: expected(`one of ${STATUS_TYPES.join(', ')}`) }),
	/** When the notice was issued. */
	date: DateSchema,
	/** The notice's DOI, when known. */
	notice: DoiSchema.optional(),
	/** false when the status is known from reports only and the notice itself was not seen. */
	confirmed: z.boolean({ error: expected('true or false') }).default(true),
	/** Why, in our words. */
	reason: proseOf('the reason', 400),
});

/**
 * One cited work in content/references/<id>.json: CSL-JSON plus `study`, `status` and `note`.
 * The id is the file name (<first-author>-<year>[-<word>]); it is never written inside the file.
 */
export const ReferenceSchema = strictObject({
	type: z.enum(CSL_TYPES, { error: expected(`a CSL type: one of ${CSL_TYPES.join(', ')}`) }),
	title: textOf('the title as published', 300),
	/** Authors in order. Leave out when unknown; never guess. */
	author: z
		.array(NameSchema, { error: expected('a list of authors') })
		.min(1, { error: expected('at least one author, or no author field') })
		.optional(),
	/** false when only the first author(s) are known: citations then end the list with "et al.". */
	authorsComplete: z.boolean({ error: expected('true or false') }).default(true),
	issued: DatePartsSchema.optional(),
	'container-title': textOf('the journal or site', 200).optional(),
	publisher: textOf('the publisher', 200).optional(),
	/** The kind of work, where its type does not say it. @example Preprint */
	genre: textOf('the kind of work, e.g. "Preprint"', 60).optional(),
	volume: labelOf('a volume such as "78" or 78').optional(),
	issue: labelOf('an issue such as "4" or 4').optional(),
	page: textOf('a page range such as "1025-1033"', 40).optional(),
	number: textOf('an article number', 40).optional(),
	/** The DOI, bare. @example 10.1038/s41591-021-01336-3 */
	DOI: DoiSchema.optional(),
	/** The address, for works without a DOI. */
	URL: HttpsUrlSchema.optional(),
	study: StudySchema,
	status: StatusSchema.optional(),
	/** Figures the paper itself reports, outcome by outcome; charts draw them. Only figures confirmed from the paper. */
	results: z
		.array(ResultSchema, {
			error: expected('a list of results, each with outcome, effect and foundIn'),
		})
		.optional(),
	/** What in this record is confirmed and from where, and what is not. */
	note: proseOf('a note', 600).optional(),
}).superRefine((reference, ctx) => {
	const { status, issued, DOI } = reference;
	if (!status) return;
	// A notice follows the paper: it cannot be dated before the first day the paper could have appeared.
	const [year, month = 1, day = 1] = issued?.['date-parts'][0] ?? [];
	if (year !== undefined && status.date < new Date(Date.UTC(year, month - 1, day))) {
		ctx.addIssue({
			code: 'custom',
			path: ['status', 'date'],
			message: expectedFound(
				`a date on or after the paper's publication (${[year, month, day].slice(0, issued!['date-parts'][0].length).join('-')})`,
				status.date,
			),
		});
	}
	if (status.notice && status.notice === DOI)
		ctx.addIssue({
			code: 'custom',
			path: ['status', 'notice'],
			message: expectedFound('the DOI of the notice itself, not of the paper', status.notice),
		});
});

/** A reference as pages receive it. */
export type Reference = z.output<typeof ReferenceSchema>;
/** A reference as authors write it. */
export type ReferenceInput = z.input<typeof ReferenceSchema>;
