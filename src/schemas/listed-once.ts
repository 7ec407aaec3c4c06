import type { z } from 'astro/zod';
import { expectedFound } from './expected.ts';

/**
 * Reports each value of `values` after its first, at `field`.N: "expected each <what> once". A Set,
 * not indexOf: a list of 50,000 ids must not take 50,000² steps.
 */
export function checkListedOnce(
	values: readonly string[],
	field: string,
	what: string,
	ctx: z.RefinementCtx,
): void {
	const seen = new Set<string>();
	values.forEach((value, i) => {
		if (seen.has(value))
			ctx.addIssue({
				code: 'custom',
				path: [field, i],
				message: expectedFound(`each ${what} once`, value),
			});
		seen.add(value);
	});
}
