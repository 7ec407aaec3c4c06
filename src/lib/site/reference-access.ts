import type { IdentifiedReference } from '../citations/index.ts';
import type { SiteIndex } from './site-index.ts';

/**
 * Every reference with the day the site last read it: the latest check of a claim resting on it,
 * or else the latest publication or update of a summary citing it. Exports give it as the accessed
 * date of an undated web page (APA's "Retrieved …", BibTeX urldate, RIS Y2); no date is made up.
 */
export function referencesWithAccess(index: SiteIndex): IdentifiedReference[] {
	return [...index.references.values()].map(({ id, data }) => {
		const dates = [
			...(index.claimsByReference.get(id) ?? []).map(({ claim }) => claim.check.checked),
			...(index.articlesByReference.get(id) ?? []).map((a) => a.data.updated ?? a.data.published),
		];
		const latest = dates.reduce<Date | undefined>((a, b) => (a && a > b ? a : b), undefined);
		return latest ? { id, data, accessed: latest } : { id, data };
	});
}
