import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../setup/paths.ts';

// One real run of `npm run bench -- --dev` at a tiny N: a cold dev server of ours answers, serves a
// summary and shows two edits. Only that every figure is there and that nothing is left behind is
// checked, never how fast anything was.
describe('npm run bench -- --dev at 3 articles', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ed-bench-dev-test-'));
	const json = join(dir, 'bench.json');
	const store = join(ROOT, '.astro', 'data-store.json');
	const storeHash = () =>
		existsSync(store) ? createHash('sha256').update(readFileSync(store)).digest('hex') : 'none';
	const storeBefore = storeHash();
	const result = spawnSync(
		process.execPath,
		[
			'tests/bench/run.ts',
			'--articles',
			'3',
			'--runs',
			'1',
			'--dev',
			'--edits',
			'2',
			'--json',
			json,
		],
		{ cwd: ROOT, encoding: 'utf8' },
	);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('runs to completion, showing its progress edit by edit', () => {
		expect(result.stderr).toContain('evidence-digest: dev server 1 of 1: astro dev (pid');
		expect(result.stderr).toMatch(/home page answered after [\d.]+ s/);
		expect(result.stderr).toMatch(/edit 2 of 2 showed after [\d.]+ s/);
		expect(result.status, result.stderr).toBe(0);
	});

	it('prints the dev table and its targets', () => {
		for (const label of [
			'dev server: home page answers (s)',
			'then the first summary page (s)',
			'an edit to a summary shows, median (s)',
			'dev server peak memory (MB)',
		])
			expect(result.stdout).toContain(label);
		expect(result.stdout).toMatch(/(met|missed) {2,}an edited summary shows in dev ≤ 2 s: [\d.]+/);
		expect(result.stdout).toContain(`JSON: ${json}`);
	});

	it('writes every figure to the JSON report', () => {
		const report = JSON.parse(readFileSync(json, 'utf8'));
		expect(report).toMatchObject({ mode: 'dev', articles: 3, edits: 2 });
		const [site] = report.dev;
		expect(site.name).toBe('evidence-digest');
		for (const key of ['homeSeconds', 'firstSummarySeconds', 'editSeconds', 'peakBytes'])
			expect(site.median[key], key).toBeGreaterThan(0);
		expect(site.edits).toHaveLength(1);
		expect(site.edits[0]).toHaveLength(2);
		expect(site.edits[0].every((s: number) => s > 0)).toBe(true);
	});

	it('leaves no server running and the project’s content store as it was', () => {
		const pid = Number(/astro dev \(pid (\d+)\)/.exec(result.stderr)?.[1]);
		expect(pid).toBeGreaterThan(0);
		expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
		expect(storeHash()).toBe(storeBefore);
	});
});
