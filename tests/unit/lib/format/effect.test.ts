import { describe, expect, it } from 'vitest';
import { formatEffect } from '../../../../src/lib/format/effect.ts';
import { EffectSchema, type EffectInput } from '../../../../src/schemas/effect.ts';

describe('formatEffect', () => {
	it.each<[EffectInput, string]>([
		[{ metric: 'cohens-d', value: 0.91, p: '<0.0001', n: 79, timepoint: '18 weeks' }, 'd = 0.91, p < 0.0001, n = 79, 18 weeks'],
		[{ metric: 'risk-ratio', value: 2.3, ci: [1.4, 3.8] }, 'RR = 2.3 (95% CI 1.4 to 3.8)'],
		[{ metric: 'mean-change', value: -23.7, ci: [-26.94, -20.44], level: 0.9 }, 'mean change = \u221223.7 (90% CI \u221226.94 to \u221220.44)'],
		[{ metric: 'percent-by-arm', arms: [{ label: 'MDMA-AT', n: 42, value: 67 }, { label: 'Placebo', n: 37, value: 32 }], timepoint: '18 weeks' }, '67% of 42 (MDMA-AT) vs 32% of 37 (Placebo), 18 weeks'],
		[{ metric: 'count-by-arm', arms: [{ label: 'MDMA-AT', n: 42, value: 14 }, { label: 'Placebo', n: 37, value: 2 }] }, '14/42 (MDMA-AT) vs 2/37 (Placebo)'],
		[{ metric: 'cohens-d', value: 0.43, p: 0.0116 }, 'd = 0.43, p = 0.0116'],
	])('formats %j as %s', (input, text) => {
		expect(formatEffect(EffectSchema.parse(input))).toBe(text);
	});
});
