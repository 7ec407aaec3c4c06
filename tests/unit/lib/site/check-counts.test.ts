import { describe, expect, it } from 'vitest';
import { addCounts, countChecks, describeChecks } from '../../../../src/lib/site/check-counts.ts';
import type { CheckStatus } from '../../../../src/schemas/claim.ts';

const claims = (...statuses: CheckStatus[]) =>
	statuses.map((status) => ({ check: { status, checked: new Date() } }));

describe('countChecks', () => {
	it('counts claims by status; verified means a verdict from a paper: consistent, discrepant or unsupported', () => {
		expect(
			countChecks(
				claims(
					'consistent',
					'discrepant',
					'unverified',
					'consistent',
					'unsupported',
					'unverified',
					'unverified',
				),
			),
		).toEqual({
			total: 7,
			consistent: 2,
			discrepant: 1,
			unsupported: 1,
			unverified: 3,
			verified: 4,
		});
	});

	it('counts nothing in an empty list', () => {
		expect(countChecks([])).toEqual({
			total: 0,
			consistent: 0,
			discrepant: 0,
			unsupported: 0,
			unverified: 0,
			verified: 0,
		});
	});

	it('adds counts field by field for site totals', () => {
		expect(
			addCounts(countChecks(claims('consistent')), countChecks(claims('discrepant', 'unverified'))),
		).toEqual({
			total: 3,
			consistent: 1,
			discrepant: 1,
			unsupported: 0,
			unverified: 1,
			verified: 2,
		});
	});
});

describe('describeChecks', () => {
	it.each([
		[
			claims(
				'consistent',
				'consistent',
				'discrepant',
				'unverified',
				'unverified',
				'unverified',
				'unverified',
				'unverified',
				'unverified',
			),
			'3 of 9 claims checked against a paper or record: 2 consistent, 1 discrepancy',
		],
		[
			claims('discrepant', 'discrepant', 'unverified'),
			'2 of 3 claims checked against a paper or record: 0 consistent, 2 discrepancies',
		],
		[
			claims('unverified'),
			'0 of 1 claim checked against a paper or record: 0 consistent, no discrepancies',
		],
		[
			claims('consistent', 'unsupported', 'unsupported'),
			'3 of 3 claims checked against a paper or record: 1 consistent, no discrepancies, 2 not shown by the record',
		],
	])('says %# as "%s"', (list, text) => {
		expect(describeChecks(countChecks(list))).toBe(text);
	});
});
