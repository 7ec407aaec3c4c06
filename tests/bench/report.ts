import type { BrowserFigures } from './browser.ts';
import { median } from './browser.ts';
import type { DevRun } from './dev-server.ts';
import type { OutputFigures } from './output.ts';
import type { RunFigures } from './sites/site.ts';

/** Everything measured for one site: each run, their medians, its output and its search. */
export interface SiteResult {
	name: string;
	/** What was built, e.g. "Starlight 0.42.4 on Astro 7.3.5". */
	version: string;
	runs: RunFigures[];
	median: RunFigures;
	/** HTML pages written per second of build (index excluded), from the medians. */
	pagesPerSecond: number;
	output: OutputFigures;
	/** The median article page's HTML minus its prose (the summary's text as a reader reads it). */
	articleHtmlBeyondProseBytes: number;
	/** Chrome: the median article page's HTML minus its prose and minus its claims panel. */
	chromeBytes: number;
	browser: BrowserFigures & {
		openMedianMs: number;
		searchMedianMs: number;
		firstQueryMedianBytes: number;
		firstQueryBeyondFixedMedianBytes: number;
	};
}

/** The medians of each figure over several runs (machines are noisy; one run proves little). */
export function medianRun<Run extends object = RunFigures>(runs: readonly Run[]): Run {
	const keys = [...new Set(runs.flatMap((run) => Object.keys(run)))] as (keyof Run)[];
	return Object.fromEntries(
		keys.map((key) => [
			key,
			median(runs.map((run) => run[key] as number | undefined).filter((v) => v !== undefined)),
		]),
	) as Run;
}

/** The figures the table and the ratios show, by label; undefined where a site has no such figure. */
export function figures(site: SiteResult): [string, number | undefined][] {
	const mb = (bytes: number) => bytes / 1e6;
	const kb = (bytes: number) => bytes / 1e3;
	const m = site.median;
	return [
		['build + index (s)', m.totalSeconds],
		['  build (s)', m.buildSeconds],
		['    content sync (s)', m.syncSeconds],
		['    page rendering (s)', m.renderSeconds],
		['      of which bundling (s)', m.bundleSeconds],
		['  indexing (s)', m.indexSeconds],
		['peak memory (MB)', mb(m.peakBytes)],
		['  of the build (MB)', mb(m.buildPeakBytes)],
		['  of indexing (MB)', mb(m.indexPeakBytes)],
		['pages (HTML files)', site.output.pages],
		['pages per second', site.pagesPerSecond],
		['output size (MB)', mb(site.output.bytes)],
		['output files', site.output.files],
		['median article HTML (KB)', kb(site.output.medianArticleHtmlBytes)],
		['  beyond its prose (KB)', kb(site.articleHtmlBeyondProseBytes)],
		['  chrome: beyond prose and claims (KB)', kb(site.chromeBytes)],
		['claims panel per claim, median (B)', site.output.claimsPanelBytesPerClaim || undefined],
		['largest HTML page (KB)', kb(site.output.largestHtml.bytes)],
		['CSS per reading page, gzip (KB)', kb(site.browser.cssGzipBytes)],
		['  uncompressed (KB)', kb(site.browser.cssBytes)],
		['JS per reading page (KB)', kb(site.browser.jsBytes)],
		['search index (MB)', mb(site.output.indexBytes)],
		['search index files', site.output.indexFiles],
		['  per HTML page', site.output.indexFiles / site.output.pages],
		['opening search, median (ms)', site.browser.openMedianMs],
		['search latency, median (ms)', site.browser.searchMedianMs],
		['first query transfer (KB)', kb(site.browser.firstQueryMedianBytes)],
		['  beyond Pagefind’s fixed files (KB)', kb(site.browser.firstQueryBeyondFixedMedianBytes)],
		['share cards (og:image)', m.shareCards],
		['  drawing, on a worker (s)', m.shareCardSeconds],
		['  build waited for them at its end (s)', m.shareCardWaitSeconds],
		['  all cards (MB)', m.shareCardBytes === undefined ? undefined : mb(m.shareCardBytes)],
		[
			'  per card, mean (KB)',
			m.shareCardBytes === undefined || !m.shareCards
				? undefined
				: kb(m.shareCardBytes / m.shareCards),
		],
		[
			'  largest card (KB)',
			m.shareCardLargestBytes === undefined ? undefined : kb(m.shareCardLargestBytes),
		],
	];
}

/** Our figure divided by a peer's, per figure both have (below 1: we are smaller or faster). */
export function ratios(ours: SiteResult, peer: SiteResult): Record<string, number> {
	const theirs = new Map(figures(peer));
	const result: Record<string, number> = {};
	for (const [label, value] of figures(ours)) {
		const other = theirs.get(label);
		if (value !== undefined && other) result[label.trim()] = value / other;
	}
	return result;
}

/**
 * The search-at-scale targets at 5,000 summaries, checked against the figures (ratios need the
 * peers). Chrome and the claims panel per claim are measurements in the table, no longer targets.
 */
export function targets(ours: SiteResult, peers: Map<string, SiteResult>) {
	const starlight = peers.get('starlight');
	const m = ours.median;
	const vsStarlight = starlight
		? [
				{
					target: 'build + index ≤ 1 × Starlight',
					value: m.totalSeconds / starlight.median.totalSeconds,
					limit: 1,
				},
				{
					target: 'indexing ≤ 1.5 × Starlight',
					value: m.indexSeconds / starlight.median.indexSeconds,
					limit: 1.5,
				},
				{
					target: 'first search results ≤ 1 × Starlight',
					value: ours.browser.searchMedianMs / starlight.browser.searchMedianMs,
					limit: 1,
				},
				{
					target: 'first query transfer ≤ 1 × Starlight',
					value: ours.browser.firstQueryMedianBytes / starlight.browser.firstQueryMedianBytes,
					limit: 1,
				},
				{
					target: 'peak memory ≤ 1 × Starlight',
					value: m.peakBytes / starlight.median.peakBytes,
					limit: 1,
				},
			]
		: [];
	const list = [
		...vsStarlight,
		{ target: 'peak memory of the Astro build ≤ 3 GB', value: m.buildPeakBytes / 1e9, limit: 3 },
		{
			target: 'index files ≤ 1.5 per HTML page',
			value: ours.output.indexFiles / ours.output.pages,
			limit: 1.5,
		},
		{
			target: 'largest HTML page ≤ 300 KB',
			value: ours.output.largestHtml.bytes / 1e3,
			limit: 300,
		},
		// Page weight is what travels: the stylesheet as a host sends it, gzip-compressed (raw shown beside).
		{
			target: `CSS per reading page ≤ 10 KB gzip (uncompressed ${show(ours.browser.cssBytes / 1e3)} KB)`,
			value: ours.browser.cssGzipBytes / 1e3,
			limit: 10,
		},
		{
			target: 'search loader per reading page ≤ 4 KB (uncompressed)',
			value: ours.browser.jsBytes / 1e3,
			limit: 4,
		},
	];
	return list.map((t) => ({ ...t, met: t.value <= t.limit }));
}

const show = (value: number | undefined) =>
	value === undefined
		? '—'
		: Number.isInteger(value) || value >= 100
			? value.toFixed(0)
			: value >= 10
				? value.toFixed(1)
				: value.toFixed(2);

/** Rows of cells as aligned plain text: labels to the left, figures to the right. */
function grid(header: string[], rows: string[][]): string {
	const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => row[c].length)));
	const line = (row: string[]) =>
		row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
	return [line(header), ...rows.map(line)].join('\n');
}

/** One line per target: met or missed, what it asks, the figure. */
function targetLines(list: readonly { target: string; value: number; met: boolean }[]): string {
	return list
		.map((t) => `  ${t.met ? 'met   ' : 'missed'}  ${t.target}: ${show(t.value)}`)
		.join('\n');
}

/** The report as a plain-text table: one row per figure, one column per site, then ratios. */
export function formatTable(
	sites: readonly SiteResult[],
	targetList: ReturnType<typeof targets>,
): string {
	const [ours, ...peers] = sites;
	const header = ['', ...sites.map((s) => s.name), ...peers.map((p) => `ours/${p.name}`)];
	const peerRatios = peers.map((p) => ratios(ours, p));
	const rows = figures(ours).map(([label], i) => [
		label,
		...sites.map((s) => show(figures(s)[i][1])),
		...peerRatios.map((r) =>
			r[label.trim()] === undefined ? '—' : `${r[label.trim()].toFixed(2)}×`,
		),
	]);
	const table = grid(header, rows);
	const checks = targetLines(targetList);
	return `${table}\n(ours/peer: our figure divided by theirs; below 1 is smaller or faster, except pages per second)\n\nTargets (set for 5,000 summaries):\n${checks}`;
}

/** One site's dev server over the runs (`--dev`): each run, their medians, and every edit's seconds per run. */
export interface DevResult {
	name: string;
	version: string;
	runs: DevRun[];
	median: DevRun;
	edits: number[][];
}

/** The editor's loop figures the dev table and its ratios show, by label. */
export function devFigures(site: DevResult): [string, number][] {
	const m = site.median;
	return [
		['dev server: home page answers (s)', m.homeSeconds],
		['  then the first summary page (s)', m.firstSummarySeconds],
		['an edit to a summary shows, median (s)', m.editSeconds],
		['  fastest edit (s)', Math.min(...site.edits.flat())],
		['  slowest edit (s)', Math.max(...site.edits.flat())],
		['dev server peak memory (MB)', m.peakBytes / 1e6],
	];
}

/** Our dev figures divided by a peer's, by label (below 1: we are faster or smaller). */
export function devRatios(ours: DevResult, peer: DevResult): Record<string, number> {
	const theirs = devFigures(peer);
	return Object.fromEntries(
		devFigures(ours).map(([label, value], i) => [label.trim(), value / theirs[i][1]]),
	);
}

/** The editor's-loop targets at 5,000 summaries, on our figures. */
export function devTargets(ours: DevResult) {
	return [
		{
			target: 'first summary page in dev, once the server answers, ≤ 1 s',
			value: ours.median.firstSummarySeconds,
			limit: 1,
		},
		{
			target: 'an edited summary shows in dev ≤ 2 s',
			value: ours.median.editSeconds,
			limit: 2,
		},
	].map((t) => ({ ...t, met: t.value <= t.limit }));
}

/** The dev servers' report as a plain-text table: one column per site, then ours divided by each peer's. */
export function formatDevTable(
	sites: readonly DevResult[],
	targetList: ReturnType<typeof devTargets>,
): string {
	const [ours, ...peers] = sites;
	const header = ['', ...sites.map((s) => s.name), ...peers.map((p) => `ours/${p.name}`)];
	const peerRatios = peers.map((p) => devRatios(ours, p));
	const rows = devFigures(ours).map(([label], i) => [
		label,
		...sites.map((s) => show(devFigures(s)[i][1])),
		...peerRatios.map((r) => `${r[label.trim()].toFixed(2)}×`),
	]);
	return `${grid(header, rows)}\n(ours/peer: our figure divided by theirs; below 1 is faster or smaller)\n\nTargets (set for 5,000 summaries):\n${targetLines(targetList)}`;
}
