import type { Article } from '../../schemas/article.ts';
import { isoDate } from '../format/date.ts';
import { claimReview } from './claim-review.ts';
import { type JsonLd, knownOutlet, plainName, siteOrganisation } from './json-ld.ts';

/** What a summary page's structured data needs beyond the article: its address, card and site. */
export interface SummaryPage {
	url: string;
	image: string;
	site: URL;
}

/** The summary itself as a schema.org Article, with the source document it is based on. */
function summaryArticle(data: Article, { url, image, site }: SummaryPage): JsonLd {
	const outlet = knownOutlet(data.source.outlet);
	return {
		'@type': 'Article',
		'@id': url,
		headline: data.title,
		description: data.description,
		url,
		image,
		inLanguage: 'en',
		datePublished: isoDate(data.published),
		dateModified: isoDate(data.updated ?? data.published),
		author: siteOrganisation(site),
		publisher: siteOrganisation(site),
		about: { '@type': 'MedicalCondition', name: 'Posttraumatic stress disorder' },
		isBasedOn: {
			'@type': 'CreativeWork',
			// A source without a headline is named by what it is, never left nameless.
			name: data.source.title
				? plainName(data.source.title)
				: outlet
					? `Post on ${outlet}`
					: 'Untitled post',
			...(outlet && { publisher: { '@type': 'Organization', name: outlet } }),
			...(data.source.url && { url: data.source.url }),
		},
	};
}

/**
 * A summary page's JSON-LD: the Article and a ClaimReview for each of its checked claims.
 * `designs` gives each cited reference's design by id (a paper's, or a regulator's record).
 */
export function summaryStructuredData(
	data: Article,
	page: SummaryPage,
	designs: ReadonlyMap<string, string>,
): JsonLd[] {
	return [
		summaryArticle(data, page),
		...data.claims.map((claim) =>
			claimReview(claim, data, page, claim.reference ? designs.get(claim.reference) : undefined),
		),
	];
}
