import { BUNDLE_PATH, FILTERS, HIGHLIGHT_PARAM, META, SUMMARY_FILTER } from './names.ts';
import { claimAddress, safeExcerpt, safeResultUrl } from './safe.ts';

/** Counts per value of each filter: `{ status: { 'Not verified': 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;
type ChosenFilters = Record<string, { any: string[] }>;

/** The parts of Pagefind's browser API this site uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	preload(term: string): Promise<void>;
	search(term: string | null, options?: { filters?: ChosenFilters }): Promise<{ results: { data(): Promise<PagefindResult> }[]; filters: FilterCounts }>;
}

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One result ready to render: text fields are plain text; `excerpt` is safe HTML (only <mark>). */
export interface ResultView {
	url: string;
	title: string;
	excerpt: string;
	kind?: string;
	outlet?: string;
	status?: string;
	summary?: string;
	effect?: string;
	sections: { url: string; title: string; excerpt: string }[];
}

/** What a search found: how many matches, and a way to load the ones on show (a few at a time). */
export interface Found {
	total: number;
	show(from: number, count: number): Promise<ResultView[]>;
}

let searching: Promise<Pagefind> | undefined;
let counting: Promise<{ pagefind: Pagefind; totals: FilterCounts }> | undefined;

async function start(url: string): Promise<Pagefind> {
	const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
	await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
	await pagefind.init();
	return pagefind;
}

/**
 * Loads Pagefind's script from the built site once, on first use, without any filter index:
 * Pagefind counts every loaded filter's values on each search, which at thousands of summaries
 * costs seconds; a search loads only the filters it narrows by.
 */
export function loadPagefind(): Promise<Pagefind> {
	searching ??= start(`${BUNDLE_PATH}pagefind.js`);
	return searching;
}

/** Fetches the index chunks for a term while the reader is still typing, so the search itself need not wait for them. */
export async function preload(term: string): Promise<void> {
	if (term) await (await loadPagefind()).preload(term);
}

const chosenFilters = (filters: Record<string, string[]>): ChosenFilters => Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));

function toView(d: PagefindResult, origin: string): ResultView[] {
	const url = safeResultUrl(claimAddress(d.url), origin);
	if (!url) return [];
	const sections = (d.sub_results ?? [])
		.filter((s) => s.url !== d.url)
		.flatMap((s) => {
			const sectionUrl = safeResultUrl(s.url, origin);
			return sectionUrl ? [{ url: sectionUrl, title: s.title, excerpt: safeExcerpt(s.excerpt) }] : [];
		})
		.slice(0, 3);
	const one = (name: string) => d.filters?.[name]?.[0];
	return [{ url, title: d.meta.title ?? url, excerpt: safeExcerpt(d.excerpt), kind: one('type'), outlet: one('outlet'), status: one('status'), summary: one(SUMMARY_FILTER), effect: d.meta[META.effect], sections }];
}

/** Runs a search (a null term browses by filters alone); only the results later shown are loaded. */
export async function find(term: string, filters: Record<string, string[]>): Promise<Found> {
	if (!term && Object.keys(filters).length === 0) return { total: 0, show: async () => [] };
	const pagefind = await loadPagefind();
	const found = await pagefind.search(term || null, { filters: chosenFilters(filters) });
	return {
		total: found.results.length,
		show: async (from, count) => (await Promise.all(found.results.slice(from, from + count).map((r) => r.data()))).flatMap((d) => toView(d, location.origin)),
	};
}

/**
 * Counts, for every value of every filter, the results of a search. A second copy of Pagefind
 * (imported under another address, so the browser runs a second module, with a web worker of its
 * own) holds all filter indexes, so that counting, slow on a large site, never holds up results.
 * With no query and no filter it gives the site's totals, which cost nothing to count.
 */
export async function countFilters(term: string, filters: Record<string, string[]>): Promise<FilterCounts> {
	counting ??= start(`${BUNDLE_PATH}pagefind.js?counts`).then(async (pagefind) => ({ pagefind, totals: await pagefind.filters() }));
	const { pagefind, totals } = await counting;
	const shown = Object.keys(FILTERS).filter((name) => totals[name]);
	if (!term && Object.keys(filters).length === 0) return Object.fromEntries(shown.map((name) => [name, totals[name]]));
	const found = await pagefind.search(term || null, { filters: chosenFilters(filters) });
	return Object.fromEntries(shown.map((name) => [name, Object.fromEntries(Object.keys(totals[name]).map((value) => [value, found.filters[name]?.[value] ?? 0]))]));
}
