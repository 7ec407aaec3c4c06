/**
 * The names of Pagefind filters and meta keys, shared by the index builder, the pages that place
 * data-pagefind-* attributes, the search UI and the tests.
 */

/** Filters readers can narrow by, in the order the search page shows them, with their labels. */
export const FILTERS = {
	type: 'Kind of page',
	status: 'Check status',
	design: 'Study design',
	outcome: 'Outcome',
	trial: 'Trial',
	paper: 'Paper',
	outlet: 'Outlet',
} as const;

export type FilterName = keyof typeof FILTERS;

/**
 * Meta keys each result carries besides Pagefind's own `title`. Pagefind (since 1.5) makes meta
 * values searchable words, so a claim carries only its effect (whose words are in its text anyway);
 * its kind, outlet, status and summary travel as filter values, which are not searched.
 */
export const META = {
	effect: 'effect',
} as const;

/**
 * A filter never offered to readers, only shown with a result: the title of the summary a claim is
 * in. As meta, its words would make every claim of a summary match the summary's title.
 */
export const SUMMARY_FILTER = 'summary';

/** Values of the `type` filter. */
export const TYPES = {
	claim: 'Claim',
	summary: 'Summary',
	reference: 'Reference',
	trial: 'Trial',
	outcome: 'Outcome',
} as const;

/** The query parameter Pagefind's highlight script reads on the target page. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where Pagefind's files are written in the built site. */
export const BUNDLE_PATH = '/pagefind/';
