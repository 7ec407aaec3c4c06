import { z } from 'astro/zod';
import { expected, expectedFound } from './expected.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The Date for a YYYY-MM-DD string, or the input unchanged when it is not a real calendar date. */
function toDate(value: unknown): unknown {
	if (typeof value !== 'string' || !ISO_DATE.test(value)) return value;
	const date = new Date(`${value}T00:00:00Z`);
	// "2026-02-30" would roll over into March: keep the string so the error quotes it.
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : value;
}

/**
 * A calendar date written `YYYY-MM-DD` (YAML may already have parsed it into a Date).
 * @example 2025-06-23
 */
export const DateSchema = z.preprocess(
	toDate,
	z
		.date({ error: expected('a date written YYYY-MM-DD') })
		.refine((date) => !Number.isNaN(date.getTime()), {
			error: expected('a date written YYYY-MM-DD'),
		}),
);

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PARTIAL_MESSAGE = 'a date written YYYY-MM-DD, or YYYY-MM or YYYY when only those are known';

/** A date known to the year, the month or the day. */
export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
}

/** The parts of a YYYY[-MM[-DD]] string, a YAML date or a bare year; undefined when it is none of those. */
function toPartialDate(value: unknown): PartialDate | undefined {
	if (value instanceof Date) {
		return Number.isNaN(value.getTime())
			? undefined
			: { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
	}
	if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999)
		return { year: value };
	const match = typeof value === 'string' ? PARTIAL_DATE.exec(value.trim()) : null;
	if (!match) return undefined;
	const [year, month, day] = match
		.slice(1)
		.map((part) => (part === undefined ? undefined : Number(part)));
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	// Date.UTC rolls 2024-02-30 over into March: a day that does not survive the round trip is not real.
	if (day !== undefined && new Date(Date.UTC(year!, month! - 1, day)).getUTCDate() !== day)
		return undefined;
	return { year: year!, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

/**
 * A date known only as precisely as the record gives it: `2024-08-09`, `2024-08` or `2017`.
 * @example 2017
 */
export const PartialDateSchema = z.unknown().transform((value, ctx): PartialDate => {
	const date = toPartialDate(value);
	if (!date) {
		ctx.addIssue({ code: 'custom', message: expectedFound(PARTIAL_MESSAGE, value) });
		return z.NEVER;
	}
	return date;
});
