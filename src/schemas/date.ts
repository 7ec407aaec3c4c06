import { z } from 'astro/zod';
import { expected } from './expected.ts';

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
	z.date({ error: expected('a date written YYYY-MM-DD') }).refine((date) => !Number.isNaN(date.getTime()), { error: expected('a date written YYYY-MM-DD') }),
);
