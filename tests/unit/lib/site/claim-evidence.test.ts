import { describe, expect, it } from 'vitest';
import {
	checkedAgainstLine,
	pooledCertainty,
	recordName,
} from '../../../../src/lib/site/claim-evidence.ts';
import { depthTally } from '../../../../src/lib/site/depth-tally.ts';
import { fixtureIndex } from '../../cases/fixture-index.ts';

const index = fixtureIndex();
const labels = new Map([
	['doe-2021', 'Doe, 2021'],
	['poe-2023', 'Poe, 2023'],
	['roe-2022', 'Roe & Poe, 2022'],
]);
const entry = (id: string) => index.claims.find((found) => found.claim.id === id)!;
const claim = (id: string) => entry(id).claim;

describe('recordName', () => {
	it("calls a trial's own report by the trial's name, and any other paper by its label", () => {
		expect(recordName({ reference: 'doe-2021' }, index, labels)).toBe('the TRIAL1 paper');
		expect(recordName({ reference: 'poe-2023' }, index, labels)).toBe('Poe, 2023');
		expect(recordName({ title: 'A registry page', reference: 'doe-2021' }, index, labels)).toBe(
			'A registry page',
		);
	});
});

describe('checkedAgainstLine', () => {
	it("gives the card's records, linked where they were read, and the day", () => {
		expect(checkedAgainstLine(claim('relapse-ratio'), index, labels)).toEqual({
			records: [
				{
					text: 'the full text of Poe, 2023',
					url: 'https://doi.org/10.1234/secondary.2023',
					detail: ' (Table 2)',
				},
			],
			date: '21 November 2026',
		});
	});
});

describe('pooledCertainty', () => {
	it("gives a pooled analysis's claim its outcome's published ratings", () => {
		const found = pooledCertainty(entry('relapse-ratio'))!;
		expect(found.outcome.id).toBe('relapse');
		expect(found.ratings.map((r) => [r.appraisal, r.scale, r.rating])).toEqual([
			['roe-2022', 'GRADE', 'low'],
		]);
	});

	it('gives nothing to a claim on a single trial, or on an outcome no appraisal rated', () => {
		expect(pooledCertainty(entry('main-effect'))).toBeUndefined();
		expect(
			pooledCertainty({ ...entry('relapse-ratio'), outcome: index.outcomes.get('scale-a') }),
		).toBeUndefined();
	});
});

describe('depthTally', () => {
	it('counts verdicts by their strongest record, strongest first, leaving unverified claims out', () => {
		const claims = index.claims.map((entry) => entry.claim);
		const unverified = {
			...claims[0],
			check: { ...claims[0].check, status: 'unverified' as const },
		};
		expect(
			depthTally([...claims, unverified]).map((row) => [row.label, row.counts, row.total]),
		).toEqual([
			['Full text', { consistent: 0, discrepant: 1, unsupported: 0 }, 1],
			['Abstract only', { consistent: 1, discrepant: 0, unsupported: 0 }, 1],
		]);
	});
});
