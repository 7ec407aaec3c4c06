import { describe, expect, it } from 'vitest';
import { EffectSchema } from '../../../src/schemas/effect.ts';
import { issuesOf } from '../cases/issues.ts';

describe('EffectSchema', () => {
	it.each([
		[
			{ metric: 'cohens-d', value: 0.91, p: '<0.0001', n: 79 },
			{ metric: 'cohens-d', value: 0.91, p: '<0.0001', n: 79, level: 0.95, basis: 'primary' },
		],
		[
			{ metric: 'risk-ratio', value: 2.3, ci: [1.4, 3.8], level: 0.9 },
			{ metric: 'risk-ratio', value: 2.3, ci: [1.4, 3.8], level: 0.9, basis: 'primary' },
		],
		[
			{
				metric: 'percent-by-arm',
				n: 79,
				arms: [
					{ label: 'MDMA-AT', n: 42, value: 67 },
					{ label: 'Placebo', n: 37, value: 32 },
				],
			},
			{
				metric: 'percent-by-arm',
				n: 79,
				level: 0.95,
				basis: 'primary',
				arms: [
					{ label: 'MDMA-AT', n: 42, value: 67 },
					{ label: 'Placebo', n: 37, value: 32 },
				],
			},
		],
		[
			{
				metric: 'cohens-d',
				value: 0.91,
				arms: [
					{ label: 'MDMA-AT', n: 42, value: -24.4, sd: 11.6 },
					{ label: 'Placebo', n: 37, value: -13.9, sd: 11.5 },
				],
				armsAnalysed: 'completers',
			},
			{
				metric: 'cohens-d',
				value: 0.91,
				level: 0.95,
				basis: 'primary',
				arms: [
					{ label: 'MDMA-AT', n: 42, value: -24.4, sd: 11.6 },
					{ label: 'Placebo', n: 37, value: -13.9, sd: 11.5 },
				],
				armsAnalysed: 'completers',
			},
		],
		[
			{ metric: 'mean-difference', value: -8.9, ci: [-12.1, -5.6], p: 0.001 },
			{
				metric: 'mean-difference',
				value: -8.9,
				ci: [-12.1, -5.6],
				p: 0.001,
				level: 0.95,
				basis: 'primary',
			},
		],
	])('accepts %j', (input, output) => {
		expect(EffectSchema.parse(input)).toEqual(output);
	});

	it.each([
		[
			'a CI that does not contain the estimate',
			{ metric: 'cohens-d', value: 0.91, ci: [1.2, 2.0] },
			'ci: expected an interval [low, high] that contains the estimate 0.91, found [1.2, 2]',
		],
		[
			'a reversed CI',
			{ metric: 'cohens-d', value: 0.91, ci: [1.3, 0.5] },
			'ci: expected an interval [low, high] with low first, found [1.3, 0.5]',
		],
		[
			'whom the arms cover, with no arms',
			{ metric: 'cohens-d', value: 0.91, armsAnalysed: 'completers' },
			'armsAnalysed: expected arms for it to describe, found []',
		],
		[
			'a ratio of 0',
			{ metric: 'risk-ratio', value: 0 },
			'value: expected a ratio above 0, found 0',
		],
		[
			'a ratio CI bound below 0',
			{ metric: 'odds-ratio', value: 1.5, ci: [-0.2, 2] },
			'ci: expected ratio bounds above 0, found [-0.2, 2]',
		],
		[
			'a percentage above 100',
			{
				metric: 'percent-by-arm',
				arms: [
					{ label: 'A', value: 120 },
					{ label: 'B', value: 3 },
				],
			},
			'arms.0.value: expected a percentage from 0 to 100, found 120',
		],
		[
			'a p-value above 1',
			{ metric: 'cohens-d', value: 0.4, p: 1.2 },
			'p: expected a p-value: a number between 0 and 1, or a bound such as "<0.001", found 1.2',
		],
		[
			'a p-value written 0',
			{ metric: 'cohens-d', value: 0.4, p: 0 },
			'p: expected a p-value above 0 (a paper that prints 0.000 means "<0.001"), found 0',
		],
		[
			'a correlation above 1',
			{ metric: 'correlation', value: 1.4 },
			'value: expected a correlation between -1 and 1, found 1.4',
		],
		[
			'a fractional n',
			{ metric: 'cohens-d', value: 0.4, n: 41.5 },
			'n: expected the number analysed as a whole number from 1 to 1,000,000, found 41.5',
		],
		[
			'a zero n',
			{ metric: 'cohens-d', value: 0.4, n: 0 },
			'n: expected the number analysed as a whole number from 1 to 1,000,000, found 0',
		],
		[
			'arms larger than the total',
			{
				metric: 'percent-by-arm',
				n: 50,
				arms: [
					{ label: 'A', n: 42, value: 67 },
					{ label: 'B', n: 37, value: 32 },
				],
			},
			'arms: expected arms whose n add up to at most the total 50, found 79',
		],
		[
			'a per-arm metric with one arm',
			{ metric: 'percent-by-arm', arms: [{ label: 'A', value: 67 }] },
			'arms: expected at least two arms for percent-by-arm, found [{"label":"A","value":67}]',
		],
		[
			'a missing estimate',
			{ metric: 'cohens-d' },
			'value: expected the estimate for cohens-d, found nothing',
		],
		[
			'an unknown metric',
			{ metric: 'cohen-d', value: 1 },
			'metric: expected one of cohens-d, hedges-g, smd, mean-difference, mean-change, risk-ratio, odds-ratio, hazard-ratio, correlation, percent-by-arm, count-by-arm, found "cohen-d"',
		],
		[
			'a CI level that is not a probability',
			{ metric: 'cohens-d', value: 1, level: 95 },
			'level: expected a confidence level between 0 and 1, e.g. 0.95, found 95',
		],
	])('rejects %s', (_name, input, message) => {
		expect(issuesOf(EffectSchema, input)).toEqual([message]);
	});
});
