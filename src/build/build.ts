// `npm run build`, the one build path: Astro renders the pages, then Pagefind indexes them, each in
// a process of its own, so that Astro's heap is given back before Pagefind takes its own (both
// together were the build's peak memory). The site is swapped in only when both have succeeded, so
// a failed build or a failed index leaves the last good site in place; this is the only layer that
// swaps, and a plain `astro build` stops and names this script (integrations/render-step.ts).
// OUT_DIR and CONTENT_DIR work as for Astro.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { claimOutput, removeLeftovers, stagingDirs, swapIn } from './atomic-output.ts';
import { diskFullNote } from './disk-space.ts';
import { keptMessage } from './kept-files.ts';
import { RENDER_INTO } from '../integrations/render-step.ts';
import { siteUrl } from '../integrations/site-url.ts';

/** One step of a build, given the hidden folder the site is built in; it throws if it fails. */
export type BuildStep = (dir: string) => void;

/**
 * Runs `steps` in order on a hidden folder beside `outDir` and swaps it in when every step
 * succeeded; else removes it and rethrows. Before any step runs it refuses an output folder it must
 * not replace (the project, a folder holding it, one with files the build did not write), removes
 * what killed builds left, and holds the build lock until the end.
 */
export function buildInto(outDir: string, steps: readonly BuildStep[]): void {
	const release = claimOutput(outDir);
	try {
		for (const warning of removeLeftovers(outDir)) console.warn(warning);
		const { building, previous } = stagingDirs(outDir);
		try {
			for (const step of steps) step(building);
			const { kept, warning } = swapIn(building, outDir, previous);
			const keptLine = keptMessage(outDir, kept);
			if (keptLine) console.log(keptLine);
			if (warning)
				console.warn(`the new site is in place; the old one is left beside it: ${warning}`);
		} catch (error) {
			rmSync(building, { recursive: true, force: true });
			throw error;
		}
	} finally {
		release();
	}
}

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const INDEX = fileURLToPath(new URL('./search-index.ts', import.meta.url));

/** Runs one step as a Node process with this one's output; throws if it fails. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): void {
	const result = spawnSync(process.execPath, args, {
		stdio: 'inherit',
		env: { ...process.env, ...env },
	});
	if (result.status !== 0)
		throw new Error(
			`${args.map((a) => a.replace(/^.*\/(?=[^/]+$)/, '')).join(' ')} failed (${result.signal ?? `exit ${result.status}`})`,
		);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const outDir = resolve(process.env.OUT_DIR ?? 'dist');
	try {
		// Checked before anything is built, so a bad address is one line, not Astro's stack.
		siteUrl(process.env.SITE_URL);
		buildInto(outDir, [
			(dir) =>
				run([ASTRO, 'build', ...process.argv.slice(2)], { OUT_DIR: dir, [RENDER_INTO]: dir }),
			(dir) => run([INDEX, dir]),
		]);
	} catch (error) {
		console.error(
			`${(error as Error).message}${diskFullNote(outDir)}; ${outDir} keeps the last good site.`,
		);
		process.exitCode = 1;
	}
}
