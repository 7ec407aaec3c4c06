import { describe, expect, it } from 'vitest';
import { effectCharts, effectRows } from '../../../../src/lib/site/effect-rows.ts';
import { fixtureIndex } from '../../cases/fixture-index.ts';

const index = fixtureIndex();

describe('effectRows', () => {
	it("merges a claim that repeats a paper's own result into that result's row", () => {
		const rows = effectRows(index, 'scale-a');
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ label: 'Doe, 2021 · TRIAL1', foundIn: 'abstract' });
		expect(rows[0].claims.map((c) => c.claim.id)).toEqual(['main-effect']);
	});

	it("keeps a source document's figure apart from the paper's, and says so in its label", () => {
		const withSource = structuredClone(index);
		withSource.claimsByOutcome.get('scale-a')![0].claim.effect!.basis = 'source';
		expect(effectRows(withSource, 'scale-a').map((r) => r.label)).toEqual([
			'Doe, 2021 · TRIAL1',
			'Doe, 2021 · TRIAL1 (as a source states it; unverified)',
		]);
	});
});

describe('effectCharts', () => {
	it('draws an outcome with two or more estimates of one metric, ratios on a log scale', () => {
		const [chart, ...more] = effectCharts(index, 'relapse');
		expect(more).toEqual([]);
		expect(chart).toMatchObject({ metric: 'risk-ratio', ratio: true });
		expect(chart.rows.map((r) => [r.label, r.effect.value, r.claims.length])).toEqual([
			['Doe, 2021 · TRIAL1', 0.5, 0],
			['Poe, 2023 · TRIAL1', 0.7, 1],
		]);
	});

	it("draws from the given claims and the papers they cite only, leaving out other papers' results", () => {
		const relapse = index.claims.filter((entry) => entry.claim.id === 'relapse-ratio');
		expect(effectRows(index, 'relapse', relapse).map((r) => r.label)).toEqual([
			'Poe, 2023 · TRIAL1',
		]);
		expect(effectCharts(index, 'relapse', relapse)).toEqual([]);
	});

	it('keeps, under a limit, the estimates from the largest samples, in date order, and counts them all', () => {
		const sized = structuredClone(index);
		const row = effectRows(sized, 'relapse').find((r) => r.label.startsWith('Poe'))!;
		row.effect.n = 100_000;
		const [chart] = effectCharts(sized, 'relapse', undefined, 1);
		expect(chart.total).toBe(2);
		expect(chart.rows.map((r) => r.label)).toEqual(['Poe, 2023 · TRIAL1']);
		expect(effectCharts(sized, 'relapse')[0]).toMatchObject({ total: 2 });
	});

	it('draws nothing for an outcome with a single estimate', () => {
		expect(effectCharts(index, 'scale-a')).toEqual([]);
		expect(effectCharts(index, 'no-such-outcome')).toEqual([]);
	});
});
