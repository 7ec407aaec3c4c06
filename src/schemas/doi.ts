import { z } from 'astro/zod';
import { expectedFound } from './expected.ts';

/** Prefixes authors paste in front of a DOI; they are removed so that one bare form is stored. */
const DOI_PREFIX = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i;

/** A bare DOI: directory indicator `10.`, a registrant code of digits and dots, a slash, a suffix. */
export const DOI_PATTERN = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

/** Removes the `doi:` and `https://doi.org/` forms and lower-cases, giving the form DOIs are compared in. */
export function normalizeDoi(raw: string): string {
	return raw.trim().replace(DOI_PREFIX, '').toLowerCase();
}

/**
 * A Digital Object Identifier. Write it bare; `doi:10.…` and `https://doi.org/10.…` are accepted and
 * stored bare. DOIs are case-insensitive, so the stored form is lower case.
 * @example 10.1038/s41591-021-01336-3
 */
export const DoiSchema = z
	.string({ error: (issue) => expectedFound('a DOI such as "10.1038/s41591-021-01336-3"', issue.input) })
	.transform((raw, ctx) => {
		const doi = normalizeDoi(raw);
		if (!DOI_PATTERN.test(doi)) {
			ctx.addIssue({ code: 'custom', message: expectedFound('a DOI that starts "10.", then a registrant number, "/" and a suffix', raw) });
			return z.NEVER;
		}
		if (/[.,;:]$/.test(doi)) {
			ctx.addIssue({ code: 'custom', message: expectedFound('a DOI without trailing punctuation', raw) });
			return z.NEVER;
		}
		return doi;
	});
