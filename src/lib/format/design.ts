import type { Reference } from '../../schemas/reference.ts';

/** Each study design as readers see it: reference and trial pages, the findings table, search filters. */
export const DESIGN_LABELS: Record<Reference['study']['design'], string> = {
	rct: 'Randomized controlled trial',
	'meta-analysis': 'Systematic review and meta-analysis',
	'pooled-analysis': 'Pooled analysis of earlier trials',
	'secondary-analysis': 'Secondary analysis of trial data',
	'trial-design': 'Trial design and rationale',
	review: 'Review',
	protocol: 'Review protocol (its methods, no results)',
	'web-page': 'Web page (not a study)',
	regulatory: 'Regulatory record',
	notice: 'Notice',
};

/** Designs that pool several studies into one estimate: claims on them show their outcome's certainty ratings. */
export const POOLED_DESIGNS: readonly Reference['study']['design'][] = [
	'meta-analysis',
	'pooled-analysis',
];

/** Whether a design pools several studies into one estimate. */
export function isPooledDesign(design: Reference['study']['design']): boolean {
	return POOLED_DESIGNS.includes(design);
}
