import { BUNDLE_PATH, HIGHLIGHT_PARAM } from './names.ts';
import { safeExcerpt, safeResultUrl } from './safe.ts';

/** The parts of Pagefind's browser API this site uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<{
		results: { data(): Promise<PagefindResult> }[];
		filters: Record<string, Record<string, number>>;
	}>;
}

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One result ready to render: text fields are plain text; `excerpt` is safe HTML (only <mark>). */
export interface ResultView {
	url: string;
	title: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sections: { url: string; title: string; excerpt: string }[];
}

let loading: Promise<Pagefind> | undefined;
let allFilters: Record<string, Record<string, number>> = {};

/** Loads Pagefind's script from the built site once, on first use. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const pagefind = (await import(/* @vite-ignore */ `${BUNDLE_PATH}pagefind.js`)) as Pagefind;
		await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
		await pagefind.init();
		// Loads every filter's values; without it, a search reports counts only for the filters it used.
		allFilters = await pagefind.filters();
		return pagefind;
	})();
	return loading;
}

/** Runs a search (a null term browses by filters alone) and returns every result with counts per filter value. */
export async function search(term: string, filters: Record<string, string[]>, limit = 20): Promise<{ total: number; results: ResultView[]; counts: Record<string, Record<string, number>> }> {
	const pagefind = await loadPagefind();
	const chosen = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));
	const hasFilters = Object.keys(chosen).length > 0;
	if (!term && !hasFilters) return { total: 0, results: [], counts: await pagefind.filters() };
	const found = await pagefind.search(term || null, { filters: chosen });
	const origin = location.origin;
	const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
	const results = data.flatMap((d) => {
		const url = safeResultUrl(d.url, origin);
		if (!url) return [];
		const sections = (d.sub_results ?? [])
			.filter((s) => s.url !== d.url)
			.flatMap((s) => {
				const sectionUrl = safeResultUrl(s.url, origin);
				return sectionUrl ? [{ url: sectionUrl, title: s.title, excerpt: safeExcerpt(s.excerpt) }] : [];
			})
			.slice(0, 3);
		return [{ url, title: d.meta.title ?? url, excerpt: safeExcerpt(d.excerpt), meta: d.meta, sections }];
	});
	// Every value of every filter, counted within the current results (0 when none match).
	const counts = Object.fromEntries(Object.entries(allFilters).map(([name, values]) => [name, Object.fromEntries(Object.keys(values).map((v) => [v, found.filters[name]?.[v] ?? 0]))]));
	return { total: found.results.length, results, counts };
}
