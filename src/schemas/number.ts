import { z } from 'astro/zod';
import { expected } from './expected.ts';

/** More participants than any trial or pooled analysis in this field has had; a larger n is a typo. */
export const MAX_PARTICIPANTS = 1_000_000;

const figure = (n: number) => n.toLocaleString('en-US');

/**
 * A whole number from `min` to `max`, with one message for every way to miss it: a fraction, a
 * number out of range (also one too large to count exactly, such as 1e20), text, Infinity.
 */
export function wholeNumber(what: string, min: number, max: number) {
	const message = expected(`${what} as a whole number from ${figure(min)} to ${figure(max)}`);
	return z
		.number({ error: message })
		.refine((n) => Number.isInteger(n) && n >= min && n <= max, { error: message });
}

/** A count of participants: a whole number from 1 to MAX_PARTICIPANTS. */
export const participants = (what: string) => wholeNumber(what, 1, MAX_PARTICIPANTS);
