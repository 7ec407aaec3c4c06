import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroCacheFor, BUILD_SCRIPT, ROOT, TEST_DIST } from './paths.ts';

/**
 * Builds the site and its search index as `npm run build` does, from another content folder into
 * `outDir`, in a child process, so that several builds can run at once; rejects with the output if
 * it fails.
 */
export function buildFrom(contentDir: string, outDir: string): Promise<void> {
	const child = spawn(process.execPath, [BUILD_SCRIPT], {
		cwd: ROOT,
		env: {
			...process.env,
			OUT_DIR: outDir,
			CONTENT_DIR: contentDir,
			ASTRO_CACHE_DIR: astroCacheFor(outDir),
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return new Promise((resolve, reject) =>
		child.once('close', (status, signal) =>
			status === 0
				? resolve()
				: reject(
						new Error(
							`The site did not build from ${contentDir} (${signal ?? `exit ${status}`}):\n${output}`,
						),
					),
		),
	);
}

/**
 * Runs `build` into `outDir` once per test run. The build and browser projects both list the setups
 * that call this; the second call sees the stamp left by this process and does nothing.
 */
export async function buildOncePerRun(outDir: string, build: () => Promise<void>): Promise<void> {
	const stamp = join(outDir, '.built-by-test-run');
	const run = String(process.pid);
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === run) return;
	rmSync(outDir, { recursive: true, force: true });
	await build();
	writeFileSync(stamp, run);
}

/** Builds the real site once per test run into tests/.tmp/dist. */
export default function buildSite(): Promise<void> {
	return buildOncePerRun(TEST_DIST, () => buildFrom('', TEST_DIST));
}
