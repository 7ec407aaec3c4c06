import { getCollection } from 'astro:content';
import { citeItems, formatBibliography, type ItemCitation, summaryItem } from '../citations/index.ts';
import { type SiteIndex, indexContent } from './links.ts';

let index: Promise<SiteIndex> | undefined;
let bibliography: Promise<Map<string, string>> | undefined;
let summaryCitations: Promise<Map<string, ItemCitation>> | undefined;

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

/**
 * The APA entry of every reference by id, as safe HTML, formatted in one citeproc run per build.
 * Reference lists on every page read it, so no page formats a citation itself.
 */
export function getBibliography(): Promise<Map<string, string>> {
	bibliography ??= getSiteIndex().then((site) => formatBibliography([...site.references.values()]));
	return bibliography;
}

/**
 * "Cite this summary" (APA text and BibTeX) for every article, by article id, formatted in one
 * citeproc run per build. `site` is the deployed address the citations give.
 */
export function getSummaryCitations(site: URL): Promise<Map<string, ItemCitation>> {
	summaryCitations ??= getSiteIndex().then(({ articles }) => {
		const items = articles.map(({ id, data }) => summaryItem({ slug: id, title: data.title, published: data.published, url: new URL(`/articles/${id}/`, site).href }));
		const cited = citeItems(items);
		return new Map(articles.map((article, i) => [article.id, cited.get(items[i].id)!]));
	});
	return summaryCitations;
}
