/**
 * The names of Pagefind filters and meta keys, shared by the index builder, the pages that place
 * data-pagefind-* attributes, the search UI and the tests.
 */

/** Filters readers can narrow by, in the order the search page shows them, with their labels. */
export const FILTERS = {
	type: 'Kind of page',
	status: 'Check status',
	depth: 'Depth of check',
	design: 'Study design',
	outcome: 'Outcome',
	trial: 'Trial',
	paper: 'Paper',
	outlet: 'Outlet',
} as const;

export type FilterName = keyof typeof FILTERS;

/**
 * Meta keys each result carries besides Pagefind's own `title`. Pagefind (since 1.5) makes meta
 * values searchable words, so a summary's kind and outlet travel as filter values; `claims` is the
 * compact table of which claim has which filter values (claim-filters.ts, encodeClaims), whose
 * words (claim ids, statuses, outcome and paper names) are on the page anyway.
 */
export const META = {
	claims: 'claims',
} as const;

/** Values of the `type` filter. */
export const TYPES = {
	summary: 'Summary',
	reference: 'Reference',
	trial: 'Trial',
	outcome: 'Outcome',
	glossary: 'Glossary',
	about: 'About',
} as const;

/** The query parameter Pagefind's highlight script reads on the target page. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where Pagefind's files are written in the built site. */
export const BUNDLE_PATH = '/pagefind/';

/**
 * Parts of a summary page the index leaves out (Pagefind's excludeSelectors, so the HTML carries no
 * attribute for it). Each is text no reader's search needs on the summary, and each word of it costs
 * indexing time (Pagefind's work grows with the words it indexes), so leaving them out makes the
 * index faster to build and smaller. tests/build/search.test.ts checks that each matches.
 */
export const INDEX_EXCLUDE = [
	// A claim card's paragraphs but its effect, what the check was read against and the certainty line
	// (what the paper says, the paper link) and its disclosure (kind, outcome, notes, dates): a claim's
	// section is its statement, effect and the records behind its verdict, what readers search for, at
	// half the indexing time of the whole card (the outcome is a filter). Chained :not()s, not a list,
	// for Pagefind's selector engine.
	'.claim > p:not(.effect-line):not(.checked-against):not(.certainty-line)',
	'.claim .claim-more',
	// A claim's check-status badge: the `status` filter finds claims by status, and each result shows
	// the status of its claims from the `claims` meta value, not from the indexed text.
	'.claim-head > .status',
	// The full reference in each in-text citation's preview: an eighth of a summary's words, and the
	// reference's own page, which is indexed, carries it; the citation's label ("Mitchell et al.,
	// 2021") stays in the prose.
	'.cite-preview',
	// The check counts in words ("13 claims: 8 consistent, …") and by depth: numbers of claims, not
	// what they say.
	'.scorecard',
	'.depth-tally',
] as const;
