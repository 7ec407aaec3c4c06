import { describe, expect, it } from 'vitest';
import { page } from './site.ts';

// CAPS-5 and SDS each have a Cohen's d from MAPP1 and from MAPP2 in content/references.
const charted = ['caps-5', 'sds'];

describe('effect charts', () => {
	it.each(charted)(
		'draws the estimates for %s as an SVG forest chart with a text alternative',
		(id) => {
			const figure = page(`/outcomes/${id}/`).querySelector(`#chart-${id}-cohens-d`)!;
			const svg = figure.querySelector('svg')!;
			expect(svg.getAttribute('role')).toBe('img');
			expect(svg.getAttribute('aria-label')).toMatch(
				/^Forest chart of .+ Cohen's d, 2 estimates(; estimates above 0 favour MDMA-AT)?\. The same figures are in the table below\.$/,
			);
			expect(svg.querySelectorAll('.point')).toHaveLength(2);
			expect(svg.querySelectorAll('line.null')).toHaveLength(1);
			const rows = figure.querySelectorAll('table tbody tr');
			expect(rows.map((row) => row.querySelector('th')!.text)).toEqual([
				'Mitchell et al., 2021 · MAPP1',
				'Mitchell et al., 2023 · MAPP2',
			]);
		},
	);

	it('places the larger estimate further from the line of no effect', () => {
		const svg = page('/outcomes/caps-5/').querySelector('#chart-caps-5-cohens-d svg')!;
		const nullX = Number(svg.querySelector('line.null')!.getAttribute('x1'));
		const [mapp1, mapp2] = svg
			.querySelectorAll('.point')
			.map((rect) => Number(rect.getAttribute('x')) + 5);
		expect(mapp1 - nullX).toBeGreaterThan(mapp2 - nullX);
		expect((mapp1 - nullX) / (mapp2 - nullX)).toBeCloseTo(0.91 / 0.7, 5);
	});

	it('lays the chart out as Cochrane does: labels, plot, estimate column, and which arm each side favours', () => {
		const svg = page('/outcomes/caps-5/').querySelector('#chart-caps-5-cohens-d svg')!;
		expect(svg.querySelectorAll('.row text.numbers').map((t) => t.text)).toEqual(['0.91', '0.7']);
		expect(svg.querySelectorAll('.favours').map((t) => t.text)).toEqual([
			'← favours Placebo with therapy',
			'favours MDMA-AT →',
		]);
		const nullX = Number(svg.querySelector('line.null')!.getAttribute('x1'));
		expect(
			Number(svg.querySelector('.favours[text-anchor="start"]')!.getAttribute('x')),
		).toBeGreaterThan(nullX);
	});

	it('draws no chart for an outcome with a single estimate', () => {
		expect(page('/outcomes/ptsd-diagnosis/').querySelectorAll('figure.forest')).toHaveLength(0);
	});

	it('shows every outcome chart on /findings/ too', () => {
		const ids = page('/findings/')
			.querySelectorAll('figure.forest')
			.map((f) => f.id);
		expect(ids).toEqual(charted.map((id) => `chart-${id}-cohens-d`));
	});
});
