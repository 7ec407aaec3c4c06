import { z } from 'astro/zod';
import { DOI_INVISIBLE, NOT_PRINTABLE_ASCII, codePoint } from './characters.ts';
import { expectedFound } from './expected.ts';

/** The `doi:` label authors paste in front of a DOI. */
const DOI_LABEL = /^doi:\s*/i;
/** The address forms of a DOI (https or http, doi.org, dx.doi.org or www.doi.org); their suffix is percent-encoded. */
const DOI_ADDRESS = /^(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\//i;

/** A bare DOI: directory indicator `10.`, a registrant code of digits and dots, a slash, a suffix. */
export const DOI_PATTERN = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

/** A DOI as read: the stored form, or why it cannot be used. `bare` differs from the input when a fix was applied. */
export type DoiReading =
	| {
			doi: string;
			bare: string;
			/** The first compatibility character (a ligature such as ﬁ) that NFKC replaced, if any. */
			compatibility?: string;
	  }
	| { error: string };

/** The closing bracket at the end of a DOI, when nothing in the DOI opens it (so it was pasted with the DOI). */
function hasUnmatchedCloser(doi: string): boolean {
	const pairs: Record<string, string> = { ')': '(', ']': '[', '>': '<' };
	const last = doi.at(-1) ?? '';
	if (!pairs[last]) return false;
	return doi.split(pairs[last]).length - 1 < doi.split(last).length - 1;
}

function removePrefix(doi: string): string {
	if (DOI_LABEL.test(doi)) return doi.replace(DOI_LABEL, '');
	if (!DOI_ADDRESS.test(doi)) return doi;
	const rest = doi.replace(DOI_ADDRESS, '');
	try {
		// In an address, "#" and "?" inside the DOI arrive as %23 and %3F: the DOI is the decoded text.
		return decodeURIComponent(rest);
	} catch {
		return rest;
	}
}

/**
 * Reads a DOI the way authors paste it. Spaces around it and the `doi:` and `https://doi.org/` forms
 * are removed (the caller may warn with `bare`); invisible characters, look-alike digits, inner
 * spaces and trailing punctuation are errors, because no fix can be sure what was meant.
 */
export function readDoi(raw: string): DoiReading {
	const bare = removePrefix(raw.trim());
	const invisible = DOI_INVISIBLE.exec(bare);
	if (invisible) {
		return {
			error: `expected a DOI without invisible or control characters, found ${codePoint(invisible[0])} after ${JSON.stringify(bare.slice(0, invisible.index))}; retype the DOI`,
		};
	}
	if (/\s/u.test(bare)) return { error: expectedFound('a DOI without spaces', raw) };
	const foreign = NOT_PRINTABLE_ASCII.exec(bare.split('/')[0]);
	if (foreign) {
		return {
			error: `expected a DOI prefix written with the digits 0-9, found "${foreign[0]}" (${codePoint(foreign[0])}) in ${JSON.stringify(raw)}`,
		};
	}
	if (!DOI_PATTERN.test(bare))
		return {
			error: expectedFound(
				'a DOI that starts "10.", then a registrant number, "/" and a suffix',
				raw,
			),
		};
	if (/[.,;:!?'"]$/.test(bare) || hasUnmatchedCloser(bare))
		return { error: expectedFound('a DOI without trailing punctuation', raw) };
	// Text copied from a PDF carries ligatures (ﬁ, ﬂ) that make a dead link; NFKC writes them out, so
	// the stored DOI resolves and two DOIs that differ only so compare equal.
	const plain = bare.normalize('NFKC');
	const compatibility = [...bare].find((char) => char.normalize('NFKC') !== char);
	return { doi: plain.toLowerCase(), bare: plain, ...(compatibility && { compatibility }) };
}

/**
 * A Digital Object Identifier. Write it bare; `doi:10.…` and `https://doi.org/10.…` are accepted and
 * stored bare (the content checker warns). DOIs are case-insensitive, so the stored form is lower case.
 * @example 10.1038/s41591-021-01336-3
 */
export const DoiSchema = z
	.string({
		error: (issue) => expectedFound('a DOI such as "10.1038/s41591-021-01336-3"', issue.input),
	})
	.transform((raw, ctx) => {
		const reading = readDoi(raw);
		if ('error' in reading) {
			ctx.addIssue({ code: 'custom', message: reading.error });
			return z.NEVER;
		}
		return reading.doi;
	});
