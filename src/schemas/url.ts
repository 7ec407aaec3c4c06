import { z } from 'astro/zod';
import { expected, expectedFound } from './expected.ts';

// The URL parser drops tabs and line breaks inside an address, so z.url() accepts them, but the
// string stored is the one written: a line break would then split the RIS export into two records.
const UNSAFE = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

/**
 * A web address, https only, written without spaces or invisible characters.
 * @example https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8205851/
 */
export const HttpsUrlSchema = z
	.string({ error: expected('an https:// address') })
	.superRefine((url, ctx) => {
		if (UNSAFE.test(url))
			ctx.addIssue({
				code: 'custom',
				message: expectedFound(
					'an https:// address without spaces, line breaks or invisible characters',
					url,
				),
			});
	})
	.pipe(z.url({ protocol: /^https$/, error: expected('an https:// address') }));
