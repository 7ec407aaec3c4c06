import { existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';

/** Below this much free space a failed build most likely ran out of disk (ENOSPC). */
export const LOW_DISK_BYTES = 64 * 1024 * 1024;

/**
 * A note for a failed build when the disk holding `dir` is (nearly) full, else ''. Astro and
 * Pagefind report a full disk as a stack trace in their own words; this line says it plainly.
 */
export function diskFullNote(dir: string, statfs = statfsSync): string {
	let at = dir;
	while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
	try {
		const { bavail, bsize } = statfs(at);
		const free = Number(bavail) * Number(bsize);
		if (free >= LOW_DISK_BYTES) return '';
		return `; the disk holding ${dir} has ${Math.floor(free / 1024 / 1024)} MB free, so it is most likely full (ENOSPC): free some space and build again`;
	} catch {
		return '';
	}
}
