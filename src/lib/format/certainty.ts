// The words for published certainty ratings: the outcome page's section and the line beside claims.
import type { CertaintyReasonKind } from '../../schemas/certainty.ts';

/** How each kind of reason for rating evidence down reads on the page. */
export const REASON_LABELS: Record<CertaintyReasonKind, string> = {
	'risk-of-bias': 'Risk of bias',
	inconsistency: 'Inconsistency',
	indirectness: 'Indirectness',
	imprecision: 'Imprecision',
	'publication-bias': 'Publication bias',
	'short-follow-up': 'Short follow-up',
	'harms-collection': 'How harms were collected',
	other: 'Other',
};
