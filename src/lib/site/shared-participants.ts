import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Trial } from '../../schemas/trial.ts';
import type { ClaimInArticle, Item, SiteIndex } from './site-index.ts';

/** Another paper on the same participants, with the claims in the same summary that rest on it. */
export interface SharedParticipants {
	trial: Item<Trial>;
	reference: Item<Reference>;
	claims: ClaimInArticle[];
}

/** The trial whose participants a paper reports, if it reports one. */
export function trialOf(
	index: SiteIndex,
	referenceId: string | undefined,
): Item<Trial> | undefined {
	return referenceId ? index.references.get(referenceId)?.trial : undefined;
}

/** The other papers in content/ that report the same trial's participants as this one. */
export function sameParticipantPapers(index: SiteIndex, referenceId: string): Item<Reference>[] {
	const trial = trialOf(index, referenceId);
	return trial
		? (index.referencesByTrial.get(trial.id) ?? []).filter((paper) => paper.id !== referenceId)
		: [];
}

/**
 * For a claim, the other papers that other claims in the same summary rest on and that report the
 * same participants: such claims are not independent evidence of each other.
 */
export function sharedParticipants(
	index: SiteIndex,
	article: Item<Article>,
	claim: Claim,
): SharedParticipants[] {
	const trial = trialOf(index, claim.reference);
	if (!trial || !claim.reference) return [];
	const groups = new Map<string, SharedParticipants>();
	for (const entry of index.claimsByTrial.get(trial.id) ?? []) {
		const other = entry.reference!;
		if (entry.article.id !== article.id || other.id === claim.reference) continue;
		const group = groups.get(other.id) ?? { trial, reference: other, claims: [] };
		group.claims.push(entry);
		groups.set(other.id, group);
	}
	return [...groups.values()];
}
