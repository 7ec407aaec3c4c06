import { CHECK_STATUSES, type CheckStatus, type Claim } from '../../schemas/claim.ts';
import type { Article } from '../../schemas/article.ts';
import { CHECK_LABELS, RECORD_CHECK_LABELS, isRecordCheck } from '../format/check-status.ts';
import { isoDate } from '../format/date.ts';
import { type JsonLd, knownOutlet, plainName, siteOrganisation } from './json-ld.ts';

/**
 * Our rating scale, for fact-check aggregators that read ClaimReview: a verdict's rating is its
 * place in the list of check statuses (schemas/claim.ts), so 1 is "consistent with the paper" and
 * the last place is the last status; the scale is as long as the list. The rating is a name, not a
 * grade: `alternateName` carries the verdict in the words badges use (format/check-status.ts).
 */
export function checkRating(status: CheckStatus, againstRecord = false): JsonLd {
	return {
		'@type': 'Rating',
		ratingValue: CHECK_STATUSES.indexOf(status) + 1,
		bestRating: 1,
		worstRating: CHECK_STATUSES.length,
		alternateName: (againstRecord ? RECORD_CHECK_LABELS : CHECK_LABELS)[status],
	};
}

/** Who made the claim: the source's author, or else its outlet; nothing when neither is known. */
function claimAuthor(source: Article['source']): JsonLd | undefined {
	if (source.author) return { '@type': 'Person', name: source.author };
	const outlet = knownOutlet(source.outlet);
	return outlet ? { '@type': 'Organization', name: outlet } : undefined;
}

/** The source document where the claim appeared, with what is known of it. */
function appearance(source: Article['source']): JsonLd {
	const outlet = knownOutlet(source.outlet);
	return {
		'@type': 'CreativeWork',
		...(source.title && { name: plainName(source.title) }),
		...(source.url && { url: source.url }),
		...(source.published && { datePublished: isoDate(source.published) }),
		...(outlet && { publisher: { '@type': 'Organization', name: outlet } }),
	};
}

/**
 * A ClaimReview for one checked claim of a summary: the claim as the source made it and our verdict.
 * `design` is the design of the reference it rests on, which says whether it was checked against a
 * paper or a public record.
 */
export function claimReview(
	claim: Claim,
	article: Article,
	page: { url: string; site: URL },
	design?: string,
): JsonLd {
	const { url: pageUrl, site } = page;
	const author = claimAuthor(article.source);
	return {
		'@type': 'ClaimReview',
		url: `${pageUrl}#${claim.id}`,
		claimReviewed: claim.statement,
		datePublished: isoDate(claim.check.checked),
		author: siteOrganisation(site),
		itemReviewed: {
			'@type': 'Claim',
			...(author && { author }),
			appearance: appearance(article.source),
			...(article.source.published && { datePublished: isoDate(article.source.published) }),
		},
		reviewRating: {
			...checkRating(claim.check.status, isRecordCheck(claim, design)),
			...(claim.check.primary && { ratingExplanation: claim.check.primary }),
		},
	};
}
