import { describe, expect, it } from 'vitest';
import {
	countBehindPercent,
	effectParts,
	formatEffect,
} from '../../../../src/lib/format/effect.ts';
import { EffectSchema, type EffectInput } from '../../../../src/schemas/effect.ts';

describe('formatEffect', () => {
	it.each<[EffectInput, string]>([
		[
			{ metric: 'cohens-d', value: 0.91, p: '<0.0001', n: 79, timepoint: '18 weeks' },
			'd = 0.91, p < 0.0001, n = 79, 18 weeks',
		],
		[{ metric: 'risk-ratio', value: 2.3, ci: [1.4, 3.8] }, 'RR = 2.3 (95% CI 1.4 to 3.8)'],
		[
			{ metric: 'mean-change', value: -23.7, ci: [-26.94, -20.44], level: 0.9 },
			'mean change = \u221223.7 (90% CI \u221226.94 to \u221220.44)',
		],
		[
			{
				metric: 'percent-by-arm',
				arms: [
					{ label: 'MDMA-AT', n: 42, value: 67 },
					{ label: 'Placebo', n: 37, value: 32 },
				],
				timepoint: '18 weeks',
			},
			'MDMA-AT: 67% (28/42) vs Placebo: 32% (12/37), 18 weeks, counts derived from the percentages and the numbers analysed',
		],
		[
			{
				metric: 'percent-by-arm',
				arms: [
					{ label: 'A', value: 67 },
					{ label: 'B', n: 3, value: 50 },
				],
			},
			'A: 67% vs B: 50% of 3',
		],
		[
			{
				metric: 'count-by-arm',
				arms: [
					{ label: 'MDMA-AT', n: 42, value: 14 },
					{ label: 'Placebo', n: 37, value: 2 },
				],
			},
			'MDMA-AT: 14/42 vs Placebo: 2/37',
		],
		[{ metric: 'cohens-d', value: 0.43, p: 0.0116 }, 'd = 0.43, p = 0.0116'],
		// Tiny numbers in the notation a reader expects, never "1e-7" or "p = 1e-320".
		[{ metric: 'cohens-d', value: 1e-7, p: 1e-320 }, 'd = 0.0000001, p < 0.001'],
		[
			{ metric: 'mean-change', value: -1e-7, ci: [-0.5, 1e-320], p: 0.0009 },
			'mean change = \u22120.0000001 (95% CI \u22120.5 to 0), p < 0.001',
		],
	])('formats %j as %s', (input, text) => {
		expect(formatEffect(EffectSchema.parse(input))).toBe(text);
	});

	it('gives per-arm means with their SD and n beside a single estimate', () => {
		const effect = EffectSchema.parse({
			metric: 'cohens-d',
			value: 0.91,
			arms: [
				{ label: 'MDMA-AT', n: 42, value: -24.4, sd: 11.6 },
				{ label: 'Placebo', n: 37, value: -13.9, sd: 11.5 },
			],
		});
		expect(effectParts(effect).arms).toBe(
			'MDMA-AT: \u221224.4 (SD 11.6), n = 42 vs Placebo: \u221213.9 (SD 11.5), n = 37',
		);
		expect(effectParts(effect).countsNote).toBeUndefined();
	});
});

describe('countBehindPercent', () => {
	it.each([
		[67, 42, 28],
		[32, 37, 12],
		[73.1, 104, 76],
		[0, 12, 0],
		[100, 9, 9],
	])('finds the one count behind %d%% of %d: %d', (percent, n, count) => {
		expect(countBehindPercent(percent, n)).toBe(count);
	});

	it.each([
		['no whole count rounds to it', 50, 3],
		['two counts round to it (9.5% and 10% of 200 both print as 10%)', 10, 200],
		['a percentage above 100', 120, 10],
	])('gives nothing when %s', (_why, percent, n) => {
		expect(countBehindPercent(percent, n)).toBeUndefined();
	});
});
