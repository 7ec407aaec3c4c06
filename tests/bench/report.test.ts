import { describe, expect, it } from 'vitest';
import {
	type DevResult,
	devTargets,
	formatDevTable,
	formatTable,
	medianRun,
	ratios,
	type SiteResult,
	targets,
} from './report.ts';

function site(
	name: string,
	totalSeconds: number,
	peakBytes: number,
	htmlBytes: number,
): SiteResult {
	const run = {
		totalSeconds,
		buildSeconds: totalSeconds - 1,
		indexSeconds: 1,
		peakBytes,
		buildPeakBytes: peakBytes,
		indexPeakBytes: peakBytes / 2,
	};
	return {
		name,
		version: name,
		runs: [run],
		median: run,
		pagesPerSecond: 100,
		output: {
			bytes: 1e6,
			files: 10,
			pages: 5,
			medianArticleHtmlBytes: htmlBytes,
			largestHtml: { path: '/', bytes: htmlBytes },
			indexBytes: 1e5,
			indexFiles: 4,
			claimsPanelBytesPerClaim: 600,
		},
		articleHtmlBeyondProseBytes: htmlBytes - 7000,
		chromeBytes: htmlBytes - 15_000,
		browser: {
			cssBytes: 5000,
			cssGzipBytes: 1500,
			jsBytes: 1500,
			openMs: [50],
			searchMs: [40],
			firstQueryBytes: [90_000],
			firstQueryBeyondFixedBytes: [20_000],
			openMedianMs: 50,
			searchMedianMs: 40,
			firstQueryMedianBytes: 90_000,
			firstQueryBeyondFixedMedianBytes: 20_000,
		},
	};
}

describe('the benchmark report', () => {
	const ours = site('evidence-digest', 30, 1.5e9, 25_000);
	const starlight = site('starlight', 72, 3.4e9, 32_000);
	const hugo = site('hugo', 18, 0.5e9, 8000);

	it('takes the median of each figure over runs', () => {
		const runs = [12, 10, 30].map((s) => ({
			totalSeconds: s,
			buildSeconds: s,
			indexSeconds: 0,
			peakBytes: s * 1e6,
			buildPeakBytes: s,
			indexPeakBytes: 0,
		}));
		expect(medianRun(runs)).toEqual({
			totalSeconds: 12,
			buildSeconds: 12,
			indexSeconds: 0,
			peakBytes: 12e6,
			buildPeakBytes: 12,
			indexPeakBytes: 0,
		});
	});

	it('gives our figures as ratios to a peer, leaving out figures a peer lacks', () => {
		const r = ratios(ours, starlight);
		expect(r['build + index (s)']).toBeCloseTo(30 / 72);
		expect(r['peak memory (MB)']).toBeCloseTo(1.5 / 3.4);
		expect(r).not.toHaveProperty('content sync (s)');
	});

	it('checks the targets, the build ratios only where the peers ran', () => {
		const slower = site('evidence-digest', 80, 2.5e9, 25_000);
		slower.browser = { ...slower.browser, searchMedianMs: 50 };
		const all = targets(
			slower,
			new Map([
				['starlight', starlight],
				['hugo', hugo],
			]),
		);
		expect(all.filter((t) => !t.met).map((t) => t.target)).toEqual([
			'build + index ≤ 1 × Starlight',
			'first search results ≤ 1 × Starlight',
		]);
		// Chrome and the claims panel are measured, no longer targets.
		expect(all.some((t) => /chrome|claims panel/.test(t.target))).toBe(false);
		expect(all.find((t) => t.target === 'peak memory ≤ 1 × Starlight')).toMatchObject({
			value: 2.5 / 3.4,
			met: true,
		});
		expect(targets(ours, new Map()).some((t) => t.target.includes('Starlight'))).toBe(false);
	});

	it('prints one column per site and one ratio column per peer', () => {
		const table = formatTable([ours, starlight, hugo], targets(ours, new Map()));
		expect(table.split('\n')[0]).toMatch(
			/evidence-digest +starlight +hugo +ours\/starlight +ours\/hugo/,
		);
		expect(table).toMatch(/build \+ index \(s\) +30 +72 +18 +0\.42× +1\.67×/);
	});
});

describe('the dev servers’ report', () => {
	function dev(name: string, home: number, first: number, edits: number[]): DevResult {
		const run = { homeSeconds: home, firstSummarySeconds: first, editSeconds: 0, peakBytes: 2e9 };
		return {
			name,
			version: name,
			runs: [run],
			median: { ...run, editSeconds: edits[1] },
			edits: [edits],
		};
	}
	const ours = dev('evidence-digest', 30, 5, [19, 22, 27]);
	const starlight = dev('starlight', 24, 0.05, [4, 5, 6]);

	it('takes the median of each dev figure over runs', () => {
		const runs = [3, 1, 2].map((s) => ({
			homeSeconds: s,
			firstSummarySeconds: s * 2,
			editSeconds: s * 3,
			peakBytes: s,
		}));
		expect(medianRun(runs)).toEqual({
			homeSeconds: 2,
			firstSummarySeconds: 4,
			editSeconds: 6,
			peakBytes: 2,
		});
	});

	it('prints one column per site, ours divided by Starlight, the edits’ spread and the targets', () => {
		const table = formatDevTable([ours, starlight], devTargets(ours));
		expect(table.split('\n')[0]).toMatch(/evidence-digest +starlight +ours\/starlight/);
		expect(table).toMatch(/home page answers \(s\) +30 +24 +1\.25×/);
		expect(table).toMatch(/edit to a summary shows, median \(s\) +22 +5 +4\.40×/);
		expect(table).toMatch(/fastest edit \(s\) +19 +4 +4\.75×/);
		expect(table).toMatch(/slowest edit \(s\) +27 +6 +4\.50×/);
		expect(table).toContain('missed  first summary page in dev, once the server answers, ≤ 1 s: 5');
		expect(table).toContain('missed  an edited summary shows in dev ≤ 2 s: 22');
		const fast = dev('evidence-digest', 10, 0.5, [1, 1.5, 3]);
		expect(formatDevTable([fast], devTargets(fast))).toMatch(
			/met {5}first summary page in dev, once the server answers, ≤ 1 s: 0\.50\n {2}met {5}an edited summary shows in dev ≤ 2 s: 1\.50/,
		);
	});
});
