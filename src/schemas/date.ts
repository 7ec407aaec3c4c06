import { z } from 'astro/zod';
import { expected } from './expected.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written `YYYY-MM-DD` (YAML may already have parsed it into a Date).
 * @example 2025-06-23
 */
export const DateSchema = z.preprocess(
	(value) => (typeof value === 'string' && ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : value),
	z
		.date({ error: expected('a date written YYYY-MM-DD') })
		.refine((date) => !Number.isNaN(date.getTime()), { error: expected('a real calendar date written YYYY-MM-DD') }),
);
