/**
 * Whether a result matches what the reader typed. Pagefind answers a word that is on no page with
 * the longest prefix of it that is (CloudCannon/pagefind#599, no option to turn it off in 1.6), so
 * "Australia" lists every page with "a" and "Canada" every page with "can". A result counts only if
 * its text holds, for each typed word, a word starting with its first half (at least four letters:
 * stems and spellings such as "judgement" for "judgment" match) or with all of it (the reader is
 * still typing); a one- to three-letter fallback never does.
 */
export function matchesTyped(term: string, text: string): boolean {
	// Words both as written ("selfjudgment", as Pagefind indexes them) and in their parts ("self judgment").
	const haystack = ` ${normalize(text)} ${normalize(text.replace(/[^\p{L}\p{N}\s]/gu, ' '))}`;
	return words(term).every((word) => {
		const core = word.length <= 4 ? word : word.slice(0, Math.max(4, Math.ceil(word.length / 2)));
		return haystack.includes(` ${core}`);
	});
}

/** Lower case, without diacritics, with anything but letters, digits and spaces removed, as Pagefind reads words. */
function normalize(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]/gu, '')
		.replace(/\s+/g, ' ');
}

/** The words of a query, split at spaces and at punctuation: Pagefind also indexes the parts of "self-judgment". */
function words(term: string): string[] {
	return term
		.split(/[^\p{L}\p{N}]+/u)
		.map(normalize)
		.filter(Boolean);
}

/**
 * The query Pagefind is given. A statistic typed with spaces ("d = 0.91", "RR=2.3") becomes the one
 * word each claim's estimate is also indexed as (EffectSize.astro's data-figure), in Pagefind's
 * form ("d091"; its query parser would split "d=0.91" again): alone, "d" matches every word
 * starting with d.
 */
export function searchedAs(term: string): string {
	return term.replace(/[\p{L}\p{N}.,]+\s*=\s*[-−–]?[\p{N}.,]+/gu, (figure) =>
		figure.replace(/[^\p{L}\p{N}]/gu, ''),
	);
}
