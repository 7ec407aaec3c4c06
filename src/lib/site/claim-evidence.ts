import type { CheckedAgainst } from '../../schemas/checked-against.ts';
import type { Certainty } from '../../schemas/certainty.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Outcome } from '../../schemas/outcome.ts';
import { recordPhrases, type RecordPhrase } from '../format/checked-against.ts';
import { isPooledDesign } from '../format/design.ts';
import type { ClaimInArticle, Item, SiteIndex } from './site-index.ts';

/**
 * A record's name in a card's line: the entry's own title, "the MAPP1 paper" for a trial's report,
 * or the reference's in-text label ("Agin-Liebes et al., 2025").
 */
export function recordName(
	entry: Pick<CheckedAgainst, 'title' | 'reference'>,
	index: SiteIndex,
	labels: ReadonlyMap<string, string>,
): string {
	if (entry.title) return entry.title;
	const id = entry.reference!;
	const paper = index.references.get(id);
	const trial = paper?.data.study.design === 'rct' ? paper.trial : undefined;
	return trial ? `the ${trial.data.name} paper` : (labels.get(id) ?? id);
}

/** What a claim's check rests on, as its card says it: each record, linked, and the day read. */
export function checkedAgainstLine(
	claim: Pick<Claim, 'check'>,
	index: SiteIndex,
	labels: ReadonlyMap<string, string>,
): { records: RecordPhrase[]; date?: string } {
	return recordPhrases(claim.check.checkedAgainst, (entry) => recordName(entry, index, labels));
}

/**
 * The published certainty ratings to show beside a claim: those of its outcome, when the claim rests
 * on a pooled analysis (a meta-analysis or pooled trials). Undefined otherwise.
 */
export function pooledCertainty({
	reference,
	outcome,
}: Pick<ClaimInArticle, 'reference' | 'outcome'>):
	{ outcome: Item<Outcome>; ratings: Certainty[] } | undefined {
	const design = reference?.data.study.design;
	if (!design || !isPooledDesign(design) || !outcome?.data.certainty.length) return undefined;
	return { outcome, ratings: outcome.data.certainty };
}
