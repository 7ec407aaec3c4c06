/**
 * The HTML Pagefind reads, made from a built page. Pagefind joins the text of adjacent elements as
 * it finds it, and Astro's output has no whitespace between tags, so a definition list read
 * "DesignSystematic review and meta-analysisParticipants297" in excerpts and as words. A space
 * after each closing tag of an element that a reader sees as apart (a term, a cell, a list item,
 * a paragraph, a heading) keeps the words apart; the page itself is unchanged.
 */
const APART =
	/(<\/(?:dt|dd|td|th|li|p|h[1-6]|div|section|caption|figcaption|summary|tr|label)>)(?=<)/g;

/** A built page's HTML with a space after each closing tag of a block, cell or item that a tag follows at once. */
export function spacedForIndex(html: string): string {
	return html.replace(APART, '$1 ');
}

/** Whether Pagefind indexes a page: only pages with a `data-pagefind-body` (BaseLayout's `search`) are. */
export function isIndexed(html: string): boolean {
	return html.includes('data-pagefind-body');
}

/**
 * An APA entry (safe HTML from citeproc) whose volume, issue and page range are left out of the
 * index: "44(4), 672–681" would otherwise answer a search for "67%" or "44%" before the pages that
 * carry the figure. The entry reads the same; the locators are in a data-pagefind-ignore span.
 */
export function withoutLocatorsInIndex(apa: string): string {
	return apa.replace(
		/<i>\d+<\/i>(?:\([^()<]*\))?(?:, (?:\d+[–-]\d+|[eA-Z]?\d+))?|(?<=<\/i>, )\d+[–-]\d+/,
		(locator) => `<span data-pagefind-ignore>${locator}</span>`,
	);
}
