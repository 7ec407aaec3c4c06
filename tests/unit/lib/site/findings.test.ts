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
				{ outcome: 'scale-a', trial: 'trial-one', design: 'rct', status: 'consistent' },
			],
			[
				'/articles/tiny-summary/#relapse-ratio',
				{
					outcome: 'relapse',
					trial: 'trial-one',
					design: 'secondary-analysis',
					status: 'discrepant',
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
				{ value: 'rct', label: 'Randomized controlled trial' },
				{ value: 'secondary-analysis', label: 'Secondary analysis of trial data' },
			],
			status: [
				{ value: 'consistent', label: 'Consistent with the paper' },
				{ value: 'discrepant', label: 'Differs from the paper' },
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
				},
			],
		});
		expect(filterOptions(bare, index).trial).toEqual([{ value: 'none', label: 'No trial' }]);
		expect(bare[0].filters).toEqual({
			outcome: 'none',
			trial: 'none',
			design: 'none',
			status: 'consistent',
		});
	});
});
