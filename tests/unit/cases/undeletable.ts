import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { dirname } from 'node:path';

// Root deletes read-only files regardless of their mode: only the immutable attribute stops it.
const asRoot = process.getuid?.() === 0;

/** Makes a file that nobody can delete: immutable for root (chattr +i), else in a read-only folder. */
export function makeUndeletable(file: string): void {
	if (asRoot) {
		const result = spawnSync('chattr', ['+i', file], { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`chattr +i failed: ${result.stderr || result.error}`);
	} else chmodSync(dirname(file), 0o555);
}

/** Undoes makeUndeletable, so the test can clean up. */
export function makeDeletable(file: string): void {
	if (asRoot) spawnSync('chattr', ['-i', file]);
	else chmodSync(dirname(file), 0o755);
}
