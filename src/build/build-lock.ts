import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputFolderError } from './output-folder.ts';

/** True while process `pid` exists (EPERM: it exists but belongs to another user). */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** The lock file of builds into `outDir`: beside it, so it names the folder it guards. */
export const lockPath = (outDir: string) => join(dirname(outDir), `.${basename(outDir)}.lock`);

/** Creates the lock file holding our pid; false when it already exists. */
function create(path: string, pid: number): boolean {
	try {
		const fd = openSync(path, 'wx');
		writeSync(fd, String(pid));
		closeSync(fd);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
}

/**
 * Takes the lock on builds into `outDir`, so two builds never swap over each other: a second build
 * stops at once and says which process holds the folder. A lock whose process is gone (a killed
 * build) is taken over. Returns the function that releases it.
 */
export function takeLock(outDir: string, pid = process.pid): () => void {
	const path = lockPath(outDir);
	// The lock lives beside the output folder, whose parent a first build may have to create (tests/.tmp/).
	mkdirSync(dirname(outDir), { recursive: true });
	for (let attempt = 0; attempt < 2; attempt++) {
		if (create(path, pid)) return () => releaseLock(path, pid);
		const holder = Number(readFileSync(path, 'utf8'));
		if (holder && holder !== pid && isRunning(holder)) {
			throw new OutputFolderError(
				`OUT_DIR: expected no other build writing to "${outDir}", found one running (process ${holder}); wait for it to finish, or build into another OUT_DIR`,
			);
		}
		// The holder was killed before it could remove the lock: it is ours to take over.
		rmSync(path, { force: true });
	}
	throw new OutputFolderError(
		`OUT_DIR: expected to take the lock ${path}, found it taken again by another build; wait for it to finish`,
	);
}

/** Removes the lock if it is still ours. */
function releaseLock(path: string, pid: number): void {
	try {
		if (Number(readFileSync(path, 'utf8')) === pid) rmSync(path, { force: true });
	} catch {
		// Already gone: nothing to release.
	}
}
