import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { contentDir } from '../lib/check/collections.ts';
import { isRunning, takeLock } from './build-lock.ts';
import { carryOver, writeManifest } from './kept-files.ts';
import { OutputFolderError, outputFolderProblem } from './output-folder.ts';

/**
 * Where builds of `outDir` put their unfinished site: beside it, or in the project's .astro/ when
 * `outDir` lies outside the project. Astro stages the server side of a build whose output folder is
 * outside the working folder in the one `.astro/.prerender` (getOutDirWithinCwd in
 * astro/dist/core/build/common.js), so two such builds at once broke each other (ERR_MODULE_NOT_FOUND); inside
 * the project each build has its own. The output folder is on the project's file system (checked),
 * so the swap is still a rename.
 */
export function stagingParent(outDir: string, root = process.cwd()): string {
	return outDir.startsWith(root) ? dirname(outDir) : join(root, '.astro');
}

/** The folders a build of `outDir` works in: the new site, and the old one while it is swapped out (beside it). */
export function stagingDirs(
	outDir: string,
	pid = process.pid,
	root = process.cwd(),
): { building: string; previous: string } {
	const name = basename(outDir);
	return {
		building: join(stagingParent(outDir, root), `.${name}-building-${pid}`),
		previous: join(dirname(outDir), `.${name}-previous-${pid}`),
	};
}

/** What a failed file operation means for the author, in words; Node's own messages repeat the path twice. */
const WHY: Record<string, string> = {
	EPERM: 'a file in it is read-only or immutable',
	EACCES: 'a file in it is read-only or immutable',
	ENOSPC: 'the disk is full',
	EXDEV: 'the folders are on different file systems',
	ENOENT: 'the folder is gone',
};
const reason = (error: unknown) => {
	const { code, message } = error as NodeJS.ErrnoException;
	return code ? `${code}: ${WHY[code] ?? message.split('\n')[0]}` : message.split('\n')[0];
};

/** Removes a folder, or says why it could not (a read-only or immutable file in it): never throws. */
function removeFolder(path: string): string | undefined {
	try {
		rmSync(path, { recursive: true, force: true });
	} catch (error) {
		return `could not remove "${path}" (${reason(error)}); make its files writable and delete it by hand`;
	}
}

/** Removes what builds of `outDir` that were killed outright left behind (their process is gone). Returns what it could not remove. */
export function removeLeftovers(outDir: string, root = process.cwd()): string[] {
	const pattern = new RegExp(
		`^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(?:building|previous)-(\\d+)$`,
	);
	const parents = new Set([dirname(outDir), stagingParent(outDir, root)]);
	const left = [...parents]
		.filter((parent) => existsSync(parent))
		.flatMap((parent) => readdirSync(parent).map((name) => join(parent, name)))
		.filter((path) => {
			const pid = Number(pattern.exec(basename(path))?.[1]);
			return pid && !isRunning(pid);
		});
	return left.map(removeFolder).filter((warning): warning is string => !!warning);
}

/**
 * Lists what the new build wrote in its marker, then copies in what a person added to the old site.
 * A missing new site is left for the rename to report.
 */
function prepare(building: string, outDir: string, hadOld: boolean): string[] {
	if (!existsSync(building)) return [];
	let step = "write the list of the new site's files";
	try {
		writeManifest(building);
		step = `copy the files added by hand to "${outDir}" into the new site`;
		return hadOld ? carryOver(outDir, building) : [];
	} catch (error) {
		if (error instanceof OutputFolderError) throw error;
		throw new OutputFolderError(
			`OUT_DIR: could not ${step} (${reason(error)}); the last good site is still in place`,
		);
	}
}

/**
 * Puts the finished build where the old one was: two renames, so the old site is whole until the new
 * one is. Files a person added to the old site are copied into the new one first (kept-files.ts). A
 * failed rename puts the old site back and says so; an old site that cannot be deleted (read-only or
 * immutable files) is left beside the new one with a warning, never a failed build. Returns what
 * was kept and that warning, if any.
 */
export function swapIn(
	building: string,
	outDir: string,
	previous: string,
): { kept: string[]; warning?: string } {
	const hadOld = existsSync(outDir);
	const kept = prepare(building, outDir, hadOld);
	try {
		if (hadOld) renameSync(outDir, previous);
	} catch (error) {
		throw new OutputFolderError(
			`OUT_DIR: could not move the old site in "${outDir}" aside (${reason(error)}); it is still in place and the new build was not used`,
		);
	}
	try {
		renameSync(building, outDir);
	} catch (error) {
		if (hadOld) renameSync(previous, outDir);
		throw new OutputFolderError(
			`OUT_DIR: could not move the new site into "${outDir}" (${reason(error)}); the last good site is still in place`,
		);
	}
	return { kept, warning: hadOld ? removeFolder(previous) : undefined };
}

/** Refuses an unsafe output folder and takes the build lock; returns the lock's release. */
export function claimOutput(outDir: string): () => void {
	const problem = outputFolderProblem(outDir, process.cwd(), contentDir());
	if (problem) throw new OutputFolderError(problem);
	return takeLock(outDir);
}
