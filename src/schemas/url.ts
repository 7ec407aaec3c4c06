import { z } from 'astro/zod';
import { URL_UNSAFE } from './characters.ts';
import { expected, expectedFound } from './expected.ts';

// The URL parser drops tabs and line breaks inside an address, so z.url() accepts them, but the
// string stored is the one written: a line break would then split the RIS export into two records,
// and an invisible character would make a link that differs from the one a reader sees.

/**
 * A web address, https only, written without spaces or invisible characters.
 * @example https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8205851/
 */
export const HttpsUrlSchema = z
	.string({ error: expected('an https:// address') })
	.superRefine((url, ctx) => {
		if (URL_UNSAFE.test(url))
			ctx.addIssue({
				code: 'custom',
				message: expectedFound(
					'an https:// address without spaces, line breaks or invisible characters',
					url,
				),
			});
	})
	.pipe(z.url({ protocol: /^https$/, error: expected('an https:// address') }));
