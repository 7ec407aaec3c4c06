import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_DESCRIPTION, FEED_PATH, FEED_TITLE, feedItems } from '../lib/site/feed.ts';
import { getSiteIndex } from '../lib/site/query.ts';

/** RSS 2.0: new summaries and every correction, newest first, with absolute links from SITE_URL. */
export const GET: APIRoute = async ({ site }) => {
	const self = new URL(FEED_PATH, site).href.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	const items = feedItems(await getSiteIndex(), site!);
	// The newest item's day: the feed changes only when a summary or correction is added.
	const lastBuild = items[0]?.pubDate.toUTCString();
	return rss({
		title: FEED_TITLE,
		description: FEED_DESCRIPTION,
		site: site!,
		items,
		trailingSlash: true,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		// The RSS Advisory Board recommends a self link so readers can find the feed's own address.
		customData:
			`<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>` +
			(lastBuild ? `<lastBuildDate>${lastBuild}</lastBuildDate>` : ''),
	});
};
