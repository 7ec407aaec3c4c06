import { z } from 'astro/zod';
import { DateSchema } from './date.ts';
import { expected, expectedFound } from './expected.ts';
import { idOf } from './id.ts';
import { strictObject } from './strict.ts';
import { textOf } from './text.ts';
import { HttpsUrlSchema } from './url.ts';
import { RECORD_KINDS } from './record-kinds.ts';

// The kinds and depth rules live without zod, so the search page's script can use them (record-kinds.ts).
export {
	RECORD_KINDS,
	depthOf,
	effectiveKind,
	isPrimaryRecord,
	type RecordKind,
} from './record-kinds.ts';

/**
 * One record a check was read against: its kind, which record, where in it, its address and when it
 * was read. Name the record by `reference` when it has a file in content/references/, else by `title`.
 * @example { kind: full-text, reference: mitchell-2021, part: Table 2, url: https://…, read: 2026-12-07 }
 */
export const CheckedAgainstSchema = strictObject({
	/** full-text, registry-results, regulator, abstract, sponsor-page (the trial sponsor's own page) or secondary (a report about the record). */
	kind: z.enum(RECORD_KINDS, { error: expected(`one of ${RECORD_KINDS.join(', ')}`) }),
	/** The id of the record in content/references/, when it has a file there. @example mitchell-2021 */
	reference: idOf('a file in content/references/').optional(),
	/** A short name for a record with no reference file. @example ClinicalTrials.gov results for NCT03537014 */
	title: textOf('a short name for the record', 160).optional(),
	/** Where in the record: a table, a section, a page. @example Table 2 */
	part: textOf('where in the record, e.g. "Table 2"', 120).optional(),
	/** The address it was read at, https only. */
	url: HttpsUrlSchema,
	/** The date it was read. @example 2026-12-07 */
	read: DateSchema,
}).superRefine((entry, ctx) => {
	if (!entry.reference && !entry.title)
		ctx.addIssue({
			code: 'custom',
			path: ['reference'],
			message: expectedFound(
				'a reference (an id in content/references/) or a title naming the record',
				undefined,
			),
		});
});

/** A checked-against entry as pages receive it. */
export type CheckedAgainst = z.output<typeof CheckedAgainstSchema>;
/** A checked-against entry as authors write it. */
export type CheckedAgainstInput = z.input<typeof CheckedAgainstSchema>;
