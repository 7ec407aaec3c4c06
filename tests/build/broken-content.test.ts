import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_CASES, brokenCopy } from '../unit/cases/content-cases.ts';
import { ASTRO_BIN, ROOT } from '../setup/paths.ts';

// One real build over a fixture with several broken files proves that the build stops and that it
// reports every problem at once; each message's exact text is pinned by the unit case table.
const chosen = ['a malformed DOI', 'an unknown reference id in a claim', 'a CI that does not contain the estimate', 'an unknown id in <Cite>'];
const cases = CONTENT_CASES.filter((c) => chosen.includes(c.name));

describe('a build over broken content', () => {
	const dir = brokenCopy(cases[0]);
	for (const testCase of cases.slice(1)) {
		const path = join(dir, testCase.file);
		writeFileSync(path, testCase.edit(readFileSync(path, 'utf8')));
	}
	const outDir = mkdtempSync(join(tmpdir(), 'ed-out-'));
	const result = spawnSync(process.execPath, [ASTRO_BIN, 'build'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: outDir }, encoding: 'utf8' });
	const output = `${result.stdout}\n${result.stderr}`;
	afterAll(() => [dir, outDir].forEach((d) => rmSync(d, { recursive: true, force: true })));

	it('stops with a non-zero exit', () => {
		expect(result.status).not.toBe(0);
	});

	it.each(cases.map((c) => [c.name, c] as const))('reports %s under its file', (_name, testCase) => {
		const file = relative(ROOT, join(dir, testCase.file));
		const block = output.slice(output.indexOf(file));
		expect(output).toContain(file);
		expect(block).toContain(`  ${testCase.expected}`);
	});
});
