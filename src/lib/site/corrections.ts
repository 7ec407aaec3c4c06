import type { Article } from '../../schemas/article.ts';
import type { Correction } from '../../schemas/correction.ts';
import { isoDate } from '../format/date.ts';
import type { Item, SiteIndex } from './site-index.ts';

/** One correction with the summary it changed and its address on the summary page. */
export interface CorrectionInArticle {
	article: Item<Article>;
	correction: Correction;
	/** The element id of the correction on its summary page, e.g. correction_2026-12-01. */
	anchor: string;
	/** /articles/<slug>/#<anchor>. */
	href: string;
}

/**
 * A summary's corrections, oldest first, each with its anchor. The anchor holds an underscore,
 * which claim ids and heading ids never do, so it cannot clash with them; a second correction on
 * one day gets "-2".
 */
export function articleCorrections(article: Item<Article>): CorrectionInArticle[] {
	const seen = new Map<string, number>();
	return [...article.data.corrections]
		.sort((a, b) => a.date.getTime() - b.date.getTime())
		.map((correction) => {
			const day = isoDate(correction.date);
			const count = (seen.get(day) ?? 0) + 1;
			seen.set(day, count);
			const anchor = `correction_${day}${count > 1 ? `-${count}` : ''}`;
			return { article, correction, anchor, href: `/articles/${article.id}/#${anchor}` };
		});
}

/** The corrections that name a claim, oldest first, so its card can link to each. */
export function correctionsOfClaim(article: Item<Article>, claimId: string): CorrectionInArticle[] {
	return articleCorrections(article).filter(({ correction }) =>
		correction.claims?.includes(claimId),
	);
}

/** Every correction of every summary, newest first (for /corrections/ and the feed). */
export function allCorrections(index: SiteIndex): CorrectionInArticle[] {
	return index.articles
		.flatMap(articleCorrections)
		.sort(
			(a, b) =>
				b.correction.date.getTime() - a.correction.date.getTime() ||
				a.article.data.title.localeCompare(b.article.data.title),
		);
}
