import { describe, expect, it } from 'vitest';
import { filterOptions, findingRows } from '../../../../src/lib/site/findings.ts';
import { fixtureIndex } from '../../cases/fixture-index.ts';

const index = fixtureIndex();
const rows = findingRows(index);

describe('findingRows', () => {
	it('gives every claim one row, linked to its anchor, with what the filters match', () => {
		expect(rows.map((r) => [r.entry.href, r.filters])).toEqual([
			[
				'/articles/tiny-summary/#main-effect',
				{
					outcome: 'scale-a',
					trial: 'trial-one',
					design: 'rct',
					status: 'consistent',
					depth: 'abstract',
				},
			],
			[
				'/articles/tiny-summary/#relapse-ratio',
				{
					outcome: 'relapse',
					trial: 'trial-one',
					design: 'pooled-analysis',
					status: 'discrepant',
					depth: 'full-text',
				},
			],
		]);
		expect(rows[1].effect).toBe('RR = 0.7 (95% CI 0.05 to 9)');
	});

	it('offers only the filter values some row has, labelled for people', () => {
		expect(filterOptions(rows, index)).toEqual({
			outcome: [
				{ value: 'scale-a', label: 'A' },
				{ value: 'relapse', label: 'Relapse' },
			],
			trial: [{ value: 'trial-one', label: 'TRIAL1' }],
			design: [
				{ value: 'pooled-analysis', label: 'Pooled analysis of earlier trials' },
				{ value: 'rct', label: 'Randomized controlled trial' },
			],
			status: [
				{ value: 'consistent', label: 'Consistent with the paper' },
				{ value: 'discrepant', label: 'Differs from the paper' },
			],
			// Strongest first, as the summary's tally lists them, not alphabetically.
			depth: [
				{ value: 'full-text', label: 'Full text' },
				{ value: 'abstract', label: 'Abstract only' },
			],
		});
	});

	it('offers "none" last for rows with nothing in a column', () => {
		const bare = findingRows({
			...index,
			claims: [
				{
					...index.claims[0],
					claim: { ...index.claims[0].claim, reference: undefined, outcome: undefined },
					reference: undefined,
					outcome: undefined,
					trial: undefined,
				},
			],
		});
		expect(filterOptions(bare, index).trial).toEqual([{ value: 'none', label: 'No trial' }]);
		const unread = findingRows({
			...index,
			claims: [
				{
					...index.claims[0],
					claim: {
						...index.claims[0].claim,
						check: { ...index.claims[0].claim.check, checkedAgainst: [] },
					},
				},
			],
		});
		expect(filterOptions(unread, index).depth).toEqual([
			{ value: 'none', label: 'No record read' },
		]);
		expect(bare[0].filters).toEqual({
			outcome: 'none',
			trial: 'none',
			design: 'none',
			status: 'consistent',
			depth: 'abstract',
		});
	});
});
