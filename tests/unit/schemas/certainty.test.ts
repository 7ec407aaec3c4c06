import { describe, expect, it } from 'vitest';
import { CertaintySchema } from '../../../src/schemas/certainty.ts';
import { issuesOf } from '../cases/issues.ts';

const rating = {
	appraisal: 'colcott-2024',
	scale: 'GRADE',
	rating: 'very low',
	body: 'Phase 2 and 3 RCTs against placebo, any adverse event.',
	reasons: [{ kind: 'risk-of-bias', text: 'Most participants guessed their arm.' }],
	part: 'Table 3',
	url: 'https://doi.org/10.1038/x',
	read: '2026-12-07',
};

describe('CertaintySchema', () => {
	it('parses a rating as the appraiser gave it', () => {
		const parsed = CertaintySchema.parse(rating);
		expect(parsed.rating).toBe('very low');
		expect(parsed.reasons).toEqual([
			{ kind: 'risk-of-bias', text: 'Most participants guessed their arm.' },
		]);
		expect(parsed.read).toEqual(new Date('2026-12-07T00:00:00Z'));
	});
	it('lets reasons be left out, as an empty list', () => {
		const { reasons: _, ...bare } = rating;
		expect(CertaintySchema.parse(bare).reasons).toEqual([]);
	});
	it('reports a missing rating and body with their fields', () => {
		const { rating: _r, body: _b, ...rest } = rating;
		expect(issuesOf(CertaintySchema, rest)).toEqual([
			'rating: expected the rating in the appraiser\'s words, e.g. "low" (1 to 80 characters), found nothing',
			'body: expected which body of evidence was rated (1 to 400 characters), found nothing',
		]);
	});
});
