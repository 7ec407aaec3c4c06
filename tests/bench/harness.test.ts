import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_HEADLESS } from '../setup/chromium.mjs';
import { ROOT } from '../setup/paths.ts';

// One real run of `npm run bench` at a tiny N: it generates, builds, indexes, searches in Chromium
// and reports. Only that every figure is there and sensible is checked, never how fast anything was.
describe('npm run bench at 3 articles', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ed-bench-test-'));
	const json = join(dir, 'bench.json');
	const result = spawnSync(
		process.execPath,
		['tests/bench/run.ts', '--articles', '3', '--runs', '1', '--json', json],
		// The headless shell, as the browser tests use: only that figures are there is checked, and it
		// took 25 CPU-seconds for this file against 46 in the full browser the bench runs by default.
		{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: CHROMIUM_HEADLESS } },
	);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('runs to completion, showing its progress', () => {
		expect(result.stderr).toContain('[bench 3]');
		expect(result.stderr).toContain('generating 3 summaries');
		expect(result.stderr).toContain('evidence-digest: build 1 of 1');
		expect(result.status, result.stderr).toBe(0);
	});

	it('prints a table with every figure and the targets', () => {
		for (const label of [
			'build + index (s)',
			'content sync (s)',
			'page rendering (s)',
			'indexing (s)',
			'peak memory (MB)',
			'pages per second',
			'output size (MB)',
			'median article HTML (KB)',
			'CSS per reading page, gzip (KB)',
			'uncompressed (KB)',
			'JS per reading page (KB)',
			'search index (MB)',
			'search latency, median (ms)',
			'first query transfer (KB)',
			'chrome: beyond prose and claims (KB)',
			'claims panel per claim, median (B)',
			'per HTML page',
			'beyond Pagefind’s fixed files (KB)',
		]) {
			expect(result.stdout).toContain(label);
		}
		expect(result.stdout).toMatch(/(met|missed) {2,}peak memory of the Astro build ≤ 3 GB/);
		expect(result.stdout).toMatch(
			/(met|missed) {2,}CSS per reading page ≤ 10 KB gzip \(uncompressed [\d.]+ KB\): [\d.]+/,
		);
		expect(result.stdout).toContain(`JSON: ${json}`);
	});

	it('writes every figure to the JSON report', () => {
		const report = JSON.parse(readFileSync(json, 'utf8'));
		expect(report.corpus).toMatchObject({ articles: 3, references: 12 });
		const [site] = report.sites;
		expect(site.name).toBe('evidence-digest');
		for (const key of [
			'totalSeconds',
			'buildSeconds',
			'syncSeconds',
			'renderSeconds',
			'indexSeconds',
			'peakBytes',
			'buildPeakBytes',
			'indexPeakBytes',
		])
			expect(site.median[key], key).toBeGreaterThan(0);
		expect(site.median.totalSeconds).toBeCloseTo(
			site.median.buildSeconds + site.median.indexSeconds,
			5,
		);
		expect(site.output.pages).toBeGreaterThan(3);
		expect(site.pagesPerSecond).toBeGreaterThan(0);
		for (const key of ['bytes', 'medianArticleHtmlBytes', 'indexBytes', 'indexFiles'])
			expect(site.output[key], key).toBeGreaterThan(0);
		expect(site.articleHtmlBeyondProseBytes).toBeLessThan(site.output.medianArticleHtmlBytes);
		expect(site.chromeBytes).toBeLessThan(site.articleHtmlBeyondProseBytes);
		expect(site.output.claimsPanelBytesPerClaim).toBeGreaterThan(0);
		expect(site.browser.cssBytes).toBeGreaterThan(0);
		// The CSS target is judged on the stylesheet as sent: gzip, smaller than raw.
		expect(site.browser.cssGzipBytes).toBeGreaterThan(0);
		expect(site.browser.cssGzipBytes).toBeLessThan(site.browser.cssBytes);
		// A reading page loads only the search loader (Ctrl/⌘+K and "/" need it); search code waits until opened.
		expect(site.browser.jsBytes).toBeGreaterThan(0);
		expect(site.browser.jsBytes).toBeLessThan(5_000);
		expect(site.browser.searchMs).toHaveLength(10);
		expect(site.browser.searchMedianMs).toBeGreaterThan(0);
		expect(site.browser.firstQueryMedianBytes).toBeGreaterThan(0);
		expect(site.browser.firstQueryBeyondFixedMedianBytes).toBeGreaterThan(0);
		expect(site.browser.firstQueryBeyondFixedMedianBytes).toBeLessThan(
			site.browser.firstQueryMedianBytes,
		);
		expect(report.targets.map((t: { target: string }) => t.target)).toContain(
			'index files ≤ 1.5 per HTML page',
		);
	});
});
