import { describe, expect, it } from 'vitest';
import { MARK_WIDTH, effectMark } from '../../../../src/lib/charts/mark.ts';

describe('effectMark', () => {
	it('draws two arms as bars in proportion to their percentages', () => {
		expect(effectMark({ metric: 'percent-by-arm', arms: [{ value: 67 }, { value: 32 }] })).toEqual({
			kind: 'arms',
			bars: [
				{ width: 0.67 * MARK_WIDTH, y: 0 },
				{ width: 0.32 * MARK_WIDTH, y: 7 },
			],
		});
	});

	it('draws an estimate with its interval on the side of the line of no effect it falls', () => {
		const mark = effectMark({ metric: 'cohens-d', value: 0.7, ci: [0.3, 1.1] });
		expect(mark?.kind).toBe('point');
		if (mark?.kind !== 'point') return;
		expect(mark.x).toBeGreaterThan(mark.nullX);
		expect(mark.interval![0]).toBeGreaterThan(mark.nullX);
		expect(mark.interval![0]).toBeLessThan(mark.x);
		expect(mark.interval![1]).toBeGreaterThan(mark.x);
	});

	it('puts a ratio below 1 left of the line of no effect, on a log scale', () => {
		const mark = effectMark({ metric: 'risk-ratio', value: 0.5, ci: [0.25, 1] });
		expect(mark?.kind === 'point' && mark.x < mark.nullX && mark.interval![1] === mark.nullX).toBe(
			true,
		);
	});

	it('draws nothing where a mark would say nothing: no interval, counts, mean changes', () => {
		expect(effectMark({ metric: 'cohens-d', value: 0.91 })).toBeUndefined();
		expect(
			effectMark({ metric: 'count-by-arm', arms: [{ value: 3 }, { value: 1 }] }),
		).toBeUndefined();
		expect(effectMark({ metric: 'mean-change', value: -24.4, ci: [-27, -21] })).toBeUndefined();
	});
});
