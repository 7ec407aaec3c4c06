import { describe, expect, it } from 'vitest';
import {
	decodeClaims,
	encodeClaims,
	matchingClaims,
	pageValues,
	statusOf,
} from '../../../../src/lib/search/claim-filters.ts';

const claims = [
	{
		id: 'main-effect',
		values: { status: 'Differs from the paper', outcome: 'CAPS-5', paper: 'Mitchell et al., 2021' },
	},
	{
		id: 'remission',
		values: {
			status: 'Consistent with the paper',
			outcome: 'CAPS-5',
			paper: 'Mitchell et al., 2021',
		},
	},
	{ id: 'dropout', values: { status: 'Differs from the paper', outcome: 'Dropout' } },
];

describe('the claims a summary carries for filter-only search', () => {
	it('round-trips every claim and its values', () => {
		const decoded = decodeClaims(encodeClaims(claims));
		expect([...decoded.keys()]).toEqual(['main-effect', 'remission', 'dropout']);
		expect(Object.fromEntries(decoded.get('dropout')!)).toEqual(claims[2].values);
	});

	it.each([
		[{ status: ['Differs from the paper'] }, ['main-effect', 'dropout']],
		[{ status: ['Differs from the paper'], outcome: ['CAPS-5'] }, ['main-effect']],
		[{ outcome: ['CAPS-5', 'Dropout'] }, ['main-effect', 'remission', 'dropout']],
		[{ paper: ['Mitchell et al., 2021'], outlet: ['Wix blog'] }, ['main-effect', 'remission']],
		[{ trial: ['MAPP1'] }, []],
	])('lists the claims matching %o', (chosen, ids) => {
		expect(matchingClaims(encodeClaims(claims), chosen)).toEqual(ids);
	});

	it('gives one claim its status, and nothing for a damaged value', () => {
		expect(statusOf(encodeClaims(claims), 'remission')).toBe('Consistent with the paper');
		expect(matchingClaims('not json|x:0', { status: ['Differs from the paper'] })).toEqual([]);
	});

	it('gives the page every value of its claims once', () => {
		expect(pageValues(claims.map((c) => c.values))).toEqual({
			status: ['Differs from the paper', 'Consistent with the paper'],
			depth: [],
			outcome: ['CAPS-5', 'Dropout'],
			trial: [],
			design: [],
			paper: ['Mitchell et al., 2021'],
		});
	});
});
