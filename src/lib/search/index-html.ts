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

/**
 * The `id` of every element but a heading. Pagefind stores each element with an id as an anchor in
 * the page's fragment, which every search that shows the page downloads, but builds sub-results
 * from headings only: a summary's in-text citations (`cite-…`) were 9 of its 23 anchors, each
 * with its text, and no search used them.
 */
const NON_HEADING_ID = /(<(?!h[1-6][\s>])[a-z][a-z0-9-]*\b[^>]*?)\sid="[^"]*"/g;

/**
 * What Pagefind is handed for a built page (search-index.ts): its `<main data-pagefind-body>`
 * alone, spaced (spacedForIndex), without the ids of elements other than headings. The head
 * (metadata and JSON-LD, a third of a summary's bytes), header and footer hold nothing Pagefind
 * indexes, and each byte handed over is encoded, sent and parsed. A page whose search body is not
 * its `<main>` is handed over whole.
 */
export function forIndex(html: string): string {
	const start = html.indexOf('<main');
	const end = html.lastIndexOf('</main>');
	const main = start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : '';
	const body = /^<main\b[^>]*\sdata-pagefind-body[\s>=]/.test(main)
		? `<!doctype html><html lang="en"><body>${main}</body></html>`
		: html;
	return spacedForIndex(body).replace(NON_HEADING_ID, '$1');
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
