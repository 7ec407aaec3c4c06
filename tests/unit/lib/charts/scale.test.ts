import { describe, expect, it } from 'vitest';
import {
	linearScale,
	linearTicks,
	logScale,
	logTicks,
	niceLinearDomain,
	niceLogDomain,
	niceStep,
} from '../../../../src/lib/charts/scale.ts';

describe('linear scales', () => {
	it('maps the ends of the domain to the ends of the range, and values in between proportionally', () => {
		const x = linearScale([0, 1], [16, 384]);
		expect([x(0), x(0.5), x(1)]).toEqual([16, 200, 384]);
		expect(linearScale([-2, 2], [0, 100])(-1)).toBe(25);
	});

	it.each([
		[0.91, 5, 0.2],
		[0.43, 5, 0.1],
		[7, 5, 2],
		[30, 5, 10],
		[0.0031, 4, 0.001],
	])('steps a span of %d in %d ticks by %d', (span, count, step) => {
		expect(niceStep(span, count)).toBe(step);
	});

	it.each([
		[
			[0, 0.91],
			[0, 1],
		],
		[
			[0, 0.43],
			[0, 0.5],
		],
		[
			[-0.3, 1.7],
			[-0.5, 2],
		],
		[
			[0, 0],
			[-1, 1],
		],
	] as const)('rounds the domain %j out to whole ticks: %j', (domain, nice) => {
		expect(niceLinearDomain(domain)).toEqual(nice);
	});

	it('puts ticks on 1-2-5 steps without floating-point dust', () => {
		expect(linearTicks([0, 1])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(linearTicks([-0.5, 2])).toEqual([-0.5, 0, 0.5, 1, 1.5, 2]);
	});
});

describe('log scales for ratios', () => {
	it('places a ratio and its reciprocal the same distance either side of 1', () => {
		const x = logScale([0.25, 4], [0, 400]);
		expect(x(1)).toBeCloseTo(200);
		expect(x(2) - x(1)).toBeCloseTo(x(1) - x(0.5));
		expect([x(0.25), x(4)]).toEqual([0, 400]);
	});

	it('refuses a domain that touches 0', () => {
		expect(() => logScale([0, 4], [0, 100])).toThrow(
			'a log scale needs a domain above 0, found [0, 4]',
		);
		expect(() => niceLogDomain([-1, 2])).toThrow(RangeError);
	});

	it.each([
		[
			[1, 2.3],
			[1, 5],
		],
		[
			[0.25, 2],
			[0.2, 2],
		],
		[
			[0.3, 2.7],
			[0.2, 5],
		],
		[
			[1, 1],
			[0.5, 2],
		],
	] as const)('rounds the domain %j out to 1-2-5 values: %j', (domain, nice) => {
		expect(niceLogDomain(domain)).toEqual(nice);
	});

	it('ticks at 1, 2 and 5 per decade, or at powers of ten only when that is too many', () => {
		expect(logTicks([0.2, 2])).toEqual([0.2, 0.5, 1, 2]);
		expect(logTicks([0.01, 100])).toEqual([0.01, 0.1, 1, 10, 100]);
	});
});
