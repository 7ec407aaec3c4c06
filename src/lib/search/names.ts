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
	/** Other names of what the page is about, from the glossary (searchNamesOf): "side effects" on adverse events. */
	aka: 'aka',
} as const;

/**
 * Pagefind's ranking options (pagefind.js `options({ ranking })`). Meta matches add to a page's
 * score: its title most, its other names (`aka`: "side effects" on adverse events) nearly as much.
 * The `claims` table keeps Pagefind's default weight: its claim ids ("remission-ratio") name what
 * each claim is about, and weighing them nothing dropped "remission"'s claim out of the first three.
 */
export const RANKING = {
	metaWeights: { title: 6, [META.aka]: 4 },
} as const;

/** Values of the `type` filter. */
export const TYPES = {
	summary: 'Summary',
	reference: 'Reference',
	trial: 'Trial',
	outcome: 'Outcome',
	glossary: 'Glossary',
	about: 'About',
	findings: 'Findings',
	checks: 'Source checks',
} as const;

/** The query parameter Pagefind's highlight script reads on the target page. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where Pagefind's files are written in the built site. */
export const BUNDLE_PATH = '/pagefind/';

/**
 * Parts of a summary page the index leaves out (Pagefind's excludeSelectors, so the HTML carries no
 * attribute for it): only what no reader searches for. Everything else of a claim card is indexed,
 * its evidence above all: what the paper says, what it was checked against, the notes, where the
 * figure was found, since those hold the words and figures a reader looks for ("SSRI", "9.4%").
 * tests/build/search.test.ts checks that each matches.
 */
export const INDEX_EXCLUDE = [
	// A claim's check-status badge: the `status` filter finds claims by status, and each result shows
	// the status of its claims from the `claims` meta value, not from the indexed text.
	'.claim-head > .status',
	// A claim's paper link and DOI: the paper has its own indexed page, and a DOI's digits would
	// match figures ("10.1038/s41591-021-01336-3" against "21%").
	'.claim .source-links',
	// "Same participants" notes: they quote the statements of the other claims resting on one trial,
	// a fifth to a quarter of a claims panel's words on the summaries that have them, so a claim's
	// section matched its neighbours' words (each claim is indexed as its own section anyway).
	'.claim .lineage',
	// The full reference in each in-text citation's preview: an eighth of a summary's words, and the
	// reference's own page, which is indexed, carries it; the citation's label ("Mitchell et al.,
	// 2021") stays in the prose.
	'.cite-preview',
	// The check counts in words ("13 claims: 8 consistent, …") and by depth: numbers of claims, not
	// what they say.
	'.scorecard',
	'.depth-tally',
	// The card's own words, the same on every claim: its disclosure's "Outcome, notes and how it was
	// checked", labels ("The paper says:", "What would settle it:"), "Checked <date>." and "The
	// source cites no paper for this claim.". Together 8% of a summary's indexed words, and each
	// added positions to common words' entries, which a first search downloads.
	'.claim-more > summary',
	'.claim .label',
	'.claim .muted',
	// The outcome's definitions under each claim on it ("Outcome as defined here: …") and the link
	// to a correction: the outcome's page is indexed with its definitions, and repeated under every
	// claim on that outcome they made the claim's section match the definition's words.
	'.claim .note',
] as const;
