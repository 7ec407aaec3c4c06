import { hasClaimFilters, matchingClaims, statusOf } from './claim-filters.ts';
import { BUNDLE_PATH, HIGHLIGHT_PARAM, META, RANKING } from './names.ts';
import { highlightWords, safeExcerpt, safeResultUrl, withHighlight } from './safe.ts';
import { matchesTyped, searchedAs } from './typed.ts';

/** Counts per value of each filter: `{ status: { 'Not verified': 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;
type ChosenFilters = Record<string, { any: string[] }>;

/** The parts of Pagefind's browser API this site uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	preload(term: string): Promise<void>;
	search(
		term: string | null,
		options?: { filters?: ChosenFilters },
	): Promise<{ results: { data(): Promise<PagefindResult> }[]; filters: FilterCounts }>;
}

interface PagefindResult {
	url: string;
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	anchors?: { id: string; text: string }[];
	sub_results?: {
		title: string;
		url: string;
		excerpt: string;
		weighted_locations?: { weight: number }[];
	}[];
}

/** How strongly a section matched: its matched words' weights added up (a word in its heading counts most). */
const strength = (s: { weighted_locations?: { weight: number }[] }) =>
	(s.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0);

/** A part of a result's page: a claim (with its check status) or another section. */
export interface SectionView {
	url: string;
	title: string;
	excerpt: string;
	status?: string;
}

/** One result ready to render: text fields are plain text; `excerpt` is safe HTML (only <mark>). */
export interface ResultView {
	url: string;
	title: string;
	excerpt: string;
	kind?: string;
	outlet?: string;
	sections: SectionView[];
}

/** What a search found: how many matches, a way to load the ones on show, and the filter counts. */
export interface Found {
	total: number;
	show(from: number, count: number): Promise<ResultView[]>;
	counts: FilterCounts;
}

/** Sections listed under a result: the claims a filter-only search found can be many. */
const SECTIONS = { matched: 3, browsed: 5 };

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind's script from the built site once, on first use. No filter index is loaded until
 * `loadFilters`: Pagefind counts every loaded filter's values on each search.
 */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const pagefind = (await import(/* @vite-ignore */ `${BUNDLE_PATH}pagefind.js`)) as Pagefind;
		// No highlightParam: result links carry the words as typed (withHighlight), not Pagefind's.
		await pagefind.options({ excerptLength: 24, ranking: RANKING });
		await pagefind.init();
		return pagefind;
	})();
	return loading;
}

/** Loads every filter index (the search page, which counts values) and returns the site's totals. */
export async function loadFilters(): Promise<FilterCounts> {
	return (await loadPagefind()).filters();
}

/** Fetches the index chunks for a term while the reader is still typing, so the search itself need not wait for them. */
export async function preload(term: string): Promise<void> {
	if (term) await (await loadPagefind()).preload(term);
}

const chosenFilters = (filters: Record<string, string[]>): ChosenFilters =>
	Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));

/**
 * The sections of a result: the headings that matched the words, or, with filters alone, the claims
 * that match the filters. With words and claim filters both, only matching claims that matched the
 * words, else the claims that match the filters.
 */
function sections(
	d: PagefindResult,
	url: string,
	term: string,
	filters: Record<string, string[]>,
	origin: string,
): SectionView[] {
	const claims = d.meta[META.claims];
	const fitting = hasClaimFilters(filters) ? new Set(matchingClaims(claims, filters)) : undefined;
	const matched = term
		? [...(d.sub_results ?? [])]
				.sort((a, b) => strength(b) - strength(a))
				.flatMap((s) => {
					const safe = s.url === d.url ? undefined : safeResultUrl(s.url, origin);
					const sectionUrl = safe && withHighlight(safe, HIGHLIGHT_PARAM, highlightWords(term));
					const id = sectionUrl?.split('#')[1];
					if (!sectionUrl || (fitting && !fitting.has(id ?? ''))) return [];
					return [
						{
							url: sectionUrl,
							title: s.title,
							excerpt: safeExcerpt(s.excerpt),
							status: id ? statusOf(claims, id) : undefined,
						},
					];
				})
		: [];
	if (matched.length || !fitting) return matched.slice(0, SECTIONS.matched);
	const titles = new Map((d.anchors ?? []).map((a) => [a.id, a.text]));
	return [...fitting].slice(0, SECTIONS.browsed).map((id) => ({
		url: `${url}#${id}`,
		title: titles.get(id) ?? id,
		excerpt: '',
		status: statusOf(claims, id),
	}));
}

function toView(
	d: PagefindResult,
	term: string,
	filters: Record<string, string[]>,
	origin: string,
): ResultView[] {
	const safe = safeResultUrl(d.url, origin);
	if (!safe) return [];
	// Browsing by filters alone, there are no words to highlight.
	const words = highlightWords(term);
	const url = words.length
		? withHighlight(safe, HIGHLIGHT_PARAM, words)
		: safe.replace(/[?#].*$/, '');
	const page = url.split('#')[0];
	return [
		{
			url,
			title: d.meta.title ?? url,
			excerpt: safeExcerpt(d.excerpt),
			kind: d.filters?.type?.[0],
			outlet: d.filters?.outlet?.[0],
			sections: sections(d, page, term, filters, origin),
		},
	];
}

/**
 * Runs a search (an empty term browses by filters alone); only the results later shown are loaded.
 * A search whose best result does not hold the typed words found only Pagefind's prefix fallback
 * (typed.ts) and counts as no result.
 */
export async function find(term: string, filters: Record<string, string[]>): Promise<Found> {
	const none: Found = { total: 0, show: async () => [], counts: {} };
	if (!term && Object.keys(filters).length === 0) return none;
	const pagefind = await loadPagefind();
	const found = await pagefind.search(searchedAs(term) || null, {
		filters: chosenFilters(filters),
	});
	const data = (from: number, count: number) =>
		Promise.all(found.results.slice(from, from + count).map((r) => r.data()));
	const best = term ? (await data(0, 1))[0] : undefined;
	if (
		best &&
		!matchesTyped(term, `${best.meta.title ?? ''} ${best.meta[META.aka] ?? ''} ${best.content}`)
	)
		return none;
	return {
		total: found.results.length,
		show: async (from, count) =>
			(await data(from, count)).flatMap((d) => toView(d, term, filters, location.origin)),
		counts: found.filters,
	};
}
