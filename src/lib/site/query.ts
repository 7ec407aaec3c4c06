import { getCollection } from 'astro:content';
import { formattedCitations } from '../build-state.ts';
import { COLLECTION_NAMES } from '../check/collections.ts';
import { formatSummaryCitations } from '../citations/formatted.ts';
import { citationLabels, formatBibliography, type ItemCitation } from '../citations/index.ts';
import { type SiteIndex, indexContent } from './site-index.ts';

let index: Promise<SiteIndex> | undefined;
let bibliography: Promise<Map<string, string>> | undefined;
let summaryCitations: Promise<Map<string, ItemCitation>> | undefined;
let labels: Promise<Map<string, string>> | undefined;

// `astro build` formats citations on a worker thread from the checked content and publishes them
// in lib/build-state.ts (formattedCitations); elsewhere (dev) they are formatted in-process.

/**
 * The site's content, read from Astro's collections once per build and indexed. Every page asks
 * this instead of calling getCollection, so links are resolved once, not once per page.
 */
export function getSiteIndex(): Promise<SiteIndex> {
	index ??= (async () => {
		// Every collection of lib/check/collections.ts, by name; fromEntries forgets which list is which.
		const collections = await Promise.all(
			COLLECTION_NAMES.map(async (name) => [name, await getCollection(name)] as const),
		);
		return indexContent(
			Object.fromEntries(collections) as unknown as Parameters<typeof indexContent>[0],
		);
	})();
	return index;
}

/**
 * The APA entry of every reference by id, as safe HTML, formatted in one citeproc run per build.
 * Reference lists on every page read it, so no page formats a citation itself.
 */
export function getBibliography(): Promise<Map<string, string>> {
	bibliography ??=
		formattedCitations()?.then((f) => f.bibliography) ??
		getSiteIndex().then((site) => formatBibliography([...site.references.values()]));
	return bibliography;
}

/**
 * Every reference's in-text label by id, "Mitchell et al., 2021", with APA's year letter where two
 * share author and year ("2024a"), matching the reference list. Pages label links to papers with it.
 */
export function getCitationLabels(): Promise<Map<string, string>> {
	labels ??= Promise.all([getSiteIndex(), getBibliography()]).then(([site, bibliography]) =>
		citationLabels([...site.references.values()], bibliography),
	);
	return labels;
}

/**
 * "Cite this summary" (APA text and BibTeX) for every article, by article id, formatted in one
 * citeproc run per build. `site` is the deployed address the citations give.
 */
export function getSummaryCitations(site: URL): Promise<Map<string, ItemCitation>> {
	summaryCitations ??=
		formattedCitations()?.then((f) => f.summaries) ??
		getSiteIndex().then(({ articles }) => formatSummaryCitations(articles, site));
	return summaryCitations;
}
