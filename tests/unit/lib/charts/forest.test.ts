import { describe, expect, it } from 'vitest';
import { forestDomain, forestLayout } from '../../../../src/lib/charts/forest.ts';

const mapp = [
	{ label: 'MAPP1', value: 0.91 },
	{ label: 'MAPP2', value: 0.7 },
];

describe('forestDomain', () => {
	it('holds every estimate and the line of no effect (0 for differences)', () => {
		expect(forestDomain(mapp, false)).toEqual([0, 1]);
		expect(
			forestDomain(
				[
					{ label: 'a', value: -0.4 },
					{ label: 'b', value: -0.1 },
				],
				false,
			),
		).toEqual([-0.4, 0]);
	});

	it('puts the line of no effect at 1 for ratios', () => {
		expect(
			forestDomain(
				[
					{ label: 'a', value: 1.6 },
					{ label: 'b', value: 2.3 },
				],
				true,
			),
		).toEqual([1, 5]);
	});

	it("widens for intervals, but by no more than the estimates' own spread", () => {
		expect(
			forestDomain(
				[
					{ label: 'a', value: 0.5, ci: [0.2, 0.8] },
					{ label: 'b', value: 0.6 },
				],
				false,
			),
		).toEqual([0, 0.8]);
		expect(
			forestDomain(
				[
					{ label: 'a', value: 0.5, ci: [-9, 9] },
					{ label: 'b', value: 0.6 },
				],
				false,
			),
		).toEqual([-1, 1.5]);
		expect(
			forestDomain(
				[
					{ label: 'a', value: 0.5, ci: [0.3, 0.8] },
					{ label: 'b', value: 0.7, ci: [0.05, 9] },
				],
				true,
			),
		).toEqual([0.2, 2]);
	});
});

describe('forestLayout', () => {
	it('places each estimate on the axis, rows top to bottom, with the line of no effect', () => {
		const layout = forestLayout(mapp, { ratio: false, width: 400 });
		expect(layout.plot).toEqual({ left: 16, right: 384, top: 22, bottom: 102 });
		expect(layout.rows.map((row) => [row.label, row.x, row.y])).toEqual([
			['MAPP1', 16 + 0.91 * 368, 50],
			['MAPP2', 16 + 0.7 * 368, 90],
		]);
		expect(layout.nullX).toBe(16);
		expect(layout.ticks.map((t) => t.label)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
		expect(layout.height).toBe(148);
	});

	it('draws ratios on a log scale, 1 in the middle of 0.5 and 2', () => {
		const layout = forestLayout(
			[
				{ label: 'a', value: 0.5 },
				{ label: 'b', value: 2 },
			],
			{ ratio: true, width: 400 },
		);
		expect(layout.scale.log).toBe(true);
		expect(layout.scale.domain).toEqual([0.5, 2]);
		expect(layout.nullX).toBeCloseTo(200);
		expect(layout.ticks.map((t) => t.label)).toEqual(['0.5', '1', '2']);
	});

	it('clips an interval that runs past the axis and says which end was cut', () => {
		const layout = forestLayout(
			[
				{ label: 'a', value: 0.5, ci: [0.3, 0.8] },
				{ label: 'b', value: 0.7, ci: [0.05, 9] },
			],
			{ ratio: true, width: 400 },
		);
		const [inside, wide] = layout.rows;
		expect(inside.interval).toMatchObject({ clippedLow: false, clippedHigh: false });
		expect(inside.interval!.x1).toBeCloseTo(layout.scale(0.3));
		expect(wide.interval).toEqual({ x1: 16, x2: 384, clippedLow: true, clippedHigh: true });
	});

	it('clips one end only when only one end is past the axis', () => {
		const layout = forestLayout(
			[
				{ label: 'a', value: 0.5, ci: [0.1, 3] },
				{ label: 'b', value: 0.6 },
			],
			{ ratio: false, domain: [-1, 1] },
		);
		expect(layout.rows[0].interval).toMatchObject({
			clippedLow: false,
			clippedHigh: true,
			x2: layout.plot.right,
		});
		expect(layout.rows[0].interval!.x1).toBeCloseTo(layout.scale(0.1));
	});

	it('refuses a domain that leaves out an estimate or the line of no effect', () => {
		expect(() => forestLayout(mapp, { ratio: false, domain: [0.5, 1] })).toThrow(
			'a chart domain must hold every estimate and the line of no effect; [0.5, 1] leaves out 0',
		);
		expect(() => forestLayout(mapp, { ratio: false, domain: [1, 0] })).toThrow(
			'a chart domain runs from low to high, found [1, 0]',
		);
	});
});
