import { checkedContent, derive } from '../build-context.ts';
import { isoDate } from '../format/date.ts';

/** A sitemap entry as @astrojs/sitemap hands it to `serialize`. */
export interface SitemapEntry {
	url: string;
	lastmod?: string;
}

// Pages whose content is the list of summaries: they change when the newest summary does.
const SUMMARY_LISTS = new Set(['/', '/articles/']);

/**
 * A sitemap entry with `lastmod`, the day its page last changed, where the content says it: a
 * summary's update (or publication) day, and for the lists of summaries the newest of those. Other
 * pages have no date of their own and get none (search engines ignore a lastmod that is not true).
 */
export function withLastmod(entry: SitemapEntry): SitemapEntry {
	const { byId, newest } = modifiedDays();
	const path = new URL(entry.url).pathname;
	const slug = /^\/articles\/([^/]+)\/$/.exec(path)?.[1];
	const lastmod = slug ? byId.get(slug) : SUMMARY_LISTS.has(path) ? newest : undefined;
	return lastmod ? { ...entry, lastmod } : entry;
}

/** Each summary's last change as YYYY-MM-DD, and the newest, once per version of the articles. */
function modifiedDays(): { byId: Map<string, string>; newest?: string } {
	const { articles } = checkedContent();
	return derive('modified-days', ['articles'], () => {
		const byId = new Map(articles.map((a) => [a.id, isoDate(a.data.updated ?? a.data.published)]));
		// ISO days sort as text.
		const newest = [...byId.values()].reduce<string | undefined>(
			(a, b) => (a && a > b ? a : b),
			undefined,
		);
		return { byId, newest };
	});
}
