import { countChecks, describeChecks } from './check-counts.ts';
import { allCorrections } from './corrections.ts';
import type { SiteIndex } from './site-index.ts';

/** Where the feed is served; every page links to it with <link rel="alternate">. */
export const FEED_PATH = '/feed.xml';

/** The feed's name and what it carries, for readers' feed lists and the page head. */
export const FEED_TITLE = 'evidence-digest: new and corrected summaries';
export const FEED_DESCRIPTION =
	'New summaries of popular articles on MDMA-assisted therapy for PTSD, each claim checked against the papers, and every correction to them.';

/** One entry of the feed, in the shape @astrojs/rss takes. */
export interface FeedItem {
	title: string;
	/** Absolute: @astrojs/rss would append a slash to a relative link's #anchor. */
	link: string;
	pubDate: Date;
	description: string;
}

const HEADLINE_LENGTH = 90;

/**
 * What a correction changed, short enough for a feed title: its first sentence or clause, cut at a
 * word before HEADLINE_LENGTH characters. Corrections made on one day then have titles of their own.
 */
export function correctionHeadline(text: string): string {
	const first = text.split(/(?<=[.;:])\s/)[0].replace(/[.;:]$/, '');
	if (first.length <= HEADLINE_LENGTH) return first;
	return `${first.slice(0, HEADLINE_LENGTH).replace(/\s+\S*$/, '')}…`;
}

/**
 * A feed item for every summary on the day it was published, and one more for each correction on
 * the day it was made, linked to the correction (so each has its own guid): newest first. `site`
 * is the deployed address (SITE_URL).
 */
export function feedItems(index: SiteIndex, site: URL): FeedItem[] {
	const summaries = index.articles.map(({ id, data }) => ({
		title: data.title,
		link: new URL(`/articles/${id}/`, site).href,
		pubDate: data.published,
		// The checks in the words the summary's header uses, so a feed reader sees how it fared.
		description: `${data.description} ${describeChecks(countChecks(data.claims))}.`,
	}));
	const corrections = allCorrections(index).map(({ article, correction, href }) => ({
		title: `Correction: ${correctionHeadline(correction.text)} (in ${article.data.title})`,
		link: new URL(href, site).href,
		pubDate: correction.date,
		description: correction.text,
	}));
	// Newest first; on one day a correction comes before a summary published that day, as it is news about an older page.
	return [...corrections, ...summaries].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
