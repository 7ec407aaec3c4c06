import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folders a build of `outDir` works in, beside it so that renames stay on one file system. */
export function stagingDirs(outDir: string, pid = process.pid): { building: string; previous: string } {
	const parent = dirname(outDir);
	const name = basename(outDir);
	return { building: join(parent, `.${name}-building-${pid}`), previous: join(parent, `.${name}-previous-${pid}`) };
}

const isRunning = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/** Removes what builds of `outDir` that were killed outright left behind (their process is gone). */
export function removeLeftovers(outDir: string): void {
	const parent = dirname(outDir);
	if (!existsSync(parent)) return;
	const pattern = new RegExp(`^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(?:building|previous)-(\\d+)$`);
	for (const name of readdirSync(parent)) {
		const pid = Number(pattern.exec(name)?.[1]);
		if (pid && !isRunning(pid)) rmSync(join(parent, name), { recursive: true, force: true });
	}
}

/** Puts the finished build where the old one was: two renames, so the old site is whole until the new one is. */
export function swapIn(building: string, outDir: string, previous: string): void {
	const hadOld = existsSync(outDir);
	if (hadOld) renameSync(outDir, previous);
	try {
		renameSync(building, outDir);
	} catch (error) {
		if (hadOld) renameSync(previous, outDir);
		throw error;
	}
	rmSync(previous, { recursive: true, force: true });
}

/**
 * Makes `astro build` all-or-nothing: pages are written to a hidden folder beside the output folder
 * and swapped in only when the build has finished, so a failed build leaves the last good site in
 * place. List it last: integrations that write into the output in astro:build:done (Pagefind) must
 * run before the swap.
 */
export function atomicOutput(): AstroIntegration {
	let outDir = '';
	let dirs: ReturnType<typeof stagingDirs> | undefined;
	let done = false;
	return {
		name: 'evidence-digest:atomic-output',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
				removeLeftovers(outDir);
				dirs = stagingDirs(outDir);
				const building = pathToFileURL(`${dirs.building}/`);
				// Astro derives build.client and build.server from outDir when it reads the config; do the same.
				updateConfig({ outDir: building, build: { client: new URL('./client/', building), server: new URL('./server/', building) } } as never);
				process.once('exit', () => {
					if (!done && dirs) rmSync(dirs.building, { recursive: true, force: true });
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!dirs || fileURLToPath(dir).replace(/\/$/, '') !== dirs.building) throw new Error(`expected the build in ${dirs?.building}, found it in ${fileURLToPath(dir)}`);
				swapIn(dirs.building, outDir, dirs.previous);
				done = true;
				logger.info(`swapped the new build into ${outDir}`);
			},
		},
	};
}
