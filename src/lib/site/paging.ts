import type { Article } from '../../schemas/article.ts';
import { formatCount } from '../format/number.ts';
import type { Item, SiteIndex } from './site-index.ts';

// Page sizes of the lists that span the whole corpus. One page of each stays a few hundred kB of HTML
// however many summaries there are (at 5,000 summaries an unpaged /findings/ was 71 MB),
// and the real content (five summaries, under a hundred claims) fits on one page of each.

/** Summaries on the home page, newest first; the rest are on /articles/. */
export const HOME_SUMMARIES = 20;
/** Summaries per page of /articles/ (a card is under 1 kB). */
export const SUMMARIES_PER_PAGE = 50;
/** Claims per page of /findings/: a row is about 1.3 kB, so a page stays under 300 kB of HTML. */
export const CLAIMS_PER_PAGE = 200;
/**
 * Claims per page of a reference's or an outcome's list (a card is under 1 kB), so that a paper
 * cited by hundreds of summaries stays a page of about 100 kB (unpaged, the most-cited was 1.7 MB at 5,000).
 */
export const CLAIMS_PER_LIST_PAGE = 100;
/**
 * References per page of /references/: an entry is about 500 bytes, so a page stays near 60 kB (issue
 * 10: all 1,000 references of 5,000 summaries on one page were 471 kB).
 */
export const REFERENCES_PER_PAGE = 100;
/** Source documents per page of /checks/, each with its counts and discrepancies (about 3 kB). */
export const SOURCES_PER_PAGE = 100;

/** How many pages a list of `total` items takes, `size` a page; an empty list still has its first page. */
export function pageCount(total: number, size: number): number {
	return Math.max(1, Math.ceil(total / size));
}

/** The address of page `n` of the list at `base`, as Astro's paginate() names it for a [...page] route. */
export function pageHref(base: string, n: number): string {
	return n === 1 ? base : `${base}${n}/`;
}

/** Every page address of a list, first to last, for the sitemap. */
export function pageHrefs(base: string, total: number, size: number): string[] {
	return Array.from({ length: pageCount(total, size) }, (_, i) => pageHref(base, i + 1));
}

/** The address of the page that shows the item at `position` (counted from 0). */
export function pageHrefOf(base: string, position: number, size: number): string {
	return pageHref(base, Math.floor(position / size) + 1);
}

/**
 * The page numbers a pagination nav lists: the first, the last, and two either side of the current
 * page; `undefined` stands for two or more pages left out (a single one is listed instead).
 */
export function pageNumbers(current: number, last: number): (number | undefined)[] {
	const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, last])]
		.filter((n) => n >= 1 && n <= last)
		.sort((a, b) => a - b);
	return shown.flatMap((n, i) => {
		const skipped = i === 0 ? 0 : n - shown[i - 1] - 1;
		return skipped === 0 ? [n] : skipped === 1 ? [n - 1, n] : [undefined, n];
	});
}

/** Which items a page shows, from Astro's page prop: "Claims 501–1,000 of 70,123". */
export function rangeLabel(
	noun: string,
	{ start, end, total }: { start: number; end: number; total: number },
): string {
	return `${noun} ${formatCount(start + 1)}–${formatCount(end + 1)} of ${formatCount(total)}`;
}

/** A paged list's page title, which names the page once there is more than one: "Findings, page 2 of 141". */
export function pageTitle(
	title: string,
	{ currentPage, lastPage }: { currentPage: number; lastPage: number },
): string {
	return lastPage > 1 ? `${title}, page ${currentPage} of ${lastPage}` : title;
}

/** The summaries newest first; those published on one day keep the order they came in (by title). */
export function newestFirst(articles: readonly Item<Article>[]): Item<Article>[] {
	return articles.toSorted((a, b) => b.data.published.getTime() - a.data.published.getTime());
}

/**
 * The /checks/ section of a summary, on whichever page of /checks/ holds it: "/checks/3/#slug".
 * /checks/ lists the summaries in the index's order; finding one is microseconds, so nothing is kept.
 */
export function checksHref(index: SiteIndex, articleId: string): string {
	const position = index.articles.findIndex((article) => article.id === articleId);
	const page = position < 0 ? '/checks/' : pageHrefOf('/checks/', position, SOURCES_PER_PAGE);
	return `${page}#${articleId}`;
}
/**
 * Estimates drawn in one forest chart on an outcome's page. Past this the chart is no longer read
 * row by row, and at 5,000 summaries an outcome's charts alone were 225 kB; the rest of its
 * estimates are in the claims listed below the charts.
 */
export const ROWS_PER_CHART = 40;
