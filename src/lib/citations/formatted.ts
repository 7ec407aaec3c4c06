import {
	citeItems,
	formatBibliography,
	type IdentifiedReference,
	type ItemCitation,
	summaryItem,
} from './index.ts';

/** Every citation a build prints, by id: each reference's APA entry and each summary's "cite this summary". */
export interface FormattedCitations {
	bibliography: Map<string, string>;
	summaries: Map<string, ItemCitation>;
}

/** What "cite this summary" needs of an article. */
export interface CitedArticle {
	id: string;
	data: { title: string; published: Date };
}

/** "Cite this summary" (APA text and BibTeX) for every article, in one citeproc run. `site` is the deployed address. */
export function formatSummaryCitations(
	articles: readonly CitedArticle[],
	site: URL,
): Map<string, ItemCitation> {
	const items = articles.map(({ id, data }) =>
		summaryItem({
			slug: id,
			title: data.title,
			published: data.published,
			url: new URL(`/articles/${id}/`, site).href,
		}),
	);
	const cited = citeItems(items);
	return new Map(articles.map((article, i) => [article.id, cited.get(items[i].id)!]));
}

/** Formats everything a build cites: a few milliseconds of citeproc per item, so it is done once. */
export function formatCitations(
	references: readonly IdentifiedReference[],
	articles: readonly CitedArticle[],
	site: URL,
): FormattedCitations {
	return {
		bibliography: formatBibliography(references),
		summaries: formatSummaryCitations(articles, site),
	};
}
