import { z } from 'astro/zod';
import { PartialDateSchema } from './date.ts';
import { expected } from './expected.ts';
import { idOf } from './id.ts';
import { checkListedOnce } from './listed-once.ts';
import { strictObject } from './strict.ts';
import { proseOf, textOf } from './text.ts';

/** What kind of event it is: a regulator's step, or something that happened to published papers. */
export const EVENT_KINDS = ['regulatory', 'publication'] as const;

/**
 * One dated event in content/events/<id>.yaml, for the regulatory and publication timeline on the
 * home and about pages. Write only what a public record confirms; the date as precisely as it is known.
 * @example { date: 2024-08-09, kind: regulatory, title: "The FDA declined to approve ...", references: [fda-2024-crl] }
 */
export const TimelineEventSchema = strictObject({
	/** When it happened: YYYY-MM-DD, or YYYY-MM or YYYY when only those are known. @example 2024-06-04 */
	date: PartialDateSchema,
	/** regulatory: a regulator's step; publication: a retraction, correction or notice. */
	kind: z.enum(EVENT_KINDS, { error: expected(`one of ${EVENT_KINDS.join(', ')}`) }),
	/** What happened, in one sentence of our own words. */
	title: textOf('what happened, in one sentence', 300),
	/** Ids of the records in content/references/ that document it (the papers concerned, for a retraction). */
	references: z
		.array(idOf('a file in content/references/'), { error: expected('a list of reference ids') })
		.min(1, { error: expected('at least one reference id that documents the event') }),
	/** What is not known about it, e.g. the exact day. */
	note: proseOf('a note', 400).optional(),
}).superRefine((event, ctx) =>
	checkListedOnce(event.references, 'references', 'reference listed', ctx),
);

/** A timeline event as pages receive it. */
export type TimelineEvent = z.output<typeof TimelineEventSchema>;
/** A timeline event as authors write it. */
export type TimelineEventInput = z.input<typeof TimelineEventSchema>;
