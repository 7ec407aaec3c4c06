import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_SCRIPT, ROOT, TEST_DIST } from './paths.ts';

/** Builds the site and its search index as `npm run build` does, from another content folder into `outDir`; throws with the output if it fails. */
export function buildFrom(contentDir: string, outDir: string): void {
	const result = spawnSync(process.execPath, [BUILD_SCRIPT], {
		cwd: ROOT,
		env: { ...process.env, OUT_DIR: outDir, CONTENT_DIR: contentDir },
		encoding: 'utf8',
	});
	if (result.status !== 0)
		throw new Error(
			`The site did not build from ${contentDir}:\n${result.stdout}\n${result.stderr}`,
		);
}

/**
 * Runs `build` into `outDir` once per test run. The build and browser projects both list the setups
 * that call this; the second call sees the stamp left by this process and does nothing.
 */
export function buildOncePerRun(outDir: string, build: () => void): void {
	const stamp = join(outDir, '.built-by-test-run');
	const run = String(process.pid);
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === run) return;
	rmSync(outDir, { recursive: true, force: true });
	build();
	writeFileSync(stamp, run);
}

/** Builds the real site once per test run into tests/.tmp/dist. */
export default function buildSite(): void {
	buildOncePerRun(TEST_DIST, () => buildFrom('', TEST_DIST));
}
