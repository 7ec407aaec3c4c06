import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO_BIN, ROOT, TEST_DIST } from './paths.ts';

const STAMP = join(TEST_DIST, '.built-by-test-run');

/** Builds the site from another content folder into `outDir`; throws with Astro's output if it fails. */
export function buildFrom(contentDir: string, outDir: string): void {
	const result = spawnSync(process.execPath, [ASTRO_BIN, 'build'], { cwd: ROOT, env: { ...process.env, OUT_DIR: outDir, CONTENT_DIR: contentDir }, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`The site did not build from ${contentDir}:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Builds the real site once per test run into tests/.tmp/dist. The build and browser projects both
 * list this setup; the second call sees the stamp left by this process and does nothing.
 */
export default function buildSite(): void {
	const run = String(process.pid);
	if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === run) return;
	rmSync(TEST_DIST, { recursive: true, force: true });
	buildFrom('', TEST_DIST);
	writeFileSync(STAMP, run);
}
