import { getCollection } from 'astro:content';
import { type SiteIndex, indexContent } from './links.ts';

let index: Promise<SiteIndex> | undefined;

/**
 * The site's content, read from Astro's collections once per build and indexed. Every page asks
 * this instead of calling getCollection, so links are resolved once, not once per page.
 */
export function getSiteIndex(): Promise<SiteIndex> {
	index ??= (async () => {
		const [articles, references, trials, outcomes, events] = await Promise.all([
			getCollection('articles'),
			getCollection('references'),
			getCollection('trials'),
			getCollection('outcomes'),
			getCollection('events'),
		]);
		return indexContent({ articles, references, trials, outcomes, events });
	})();
	return index;
}
