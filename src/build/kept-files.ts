import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARKER_TEXT, OUTPUT_MARKER, OutputFolderError } from './output-folder.ts';

// A deploy set-up often keeps its own files in the output folder: a CNAME, a .well-known/ folder, a
// deploy repository's .git. A build keeps them: the marker lists every file the build wrote (its
// manifest), and the next build copies into the new site whatever the old one holds that the list
// does not name, before the swap. Keeping is the friendlier of the two safe choices (refusing them
// would make a deploy repository in dist/ impossible); the last site is untouched until the swap.

/** Every file (and symbolic link) under `dir`, relative with `/`, sorted; walked without recursion. */
export function filesUnder(dir: string): string[] {
	const files: string[] = [];
	const folders = [''];
	for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
		for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
			const path = folder ? `${folder}/${entry.name}` : entry.name;
			if (entry.isDirectory()) folders.push(path);
			else files.push(path);
		}
	}
	return files.filter((path) => path !== OUTPUT_MARKER).sort();
}

/** Writes the marker into a finished build: the fixed text, then the manifest of what it wrote. */
export function writeManifest(dir: string): void {
	writeFileSync(join(dir, OUTPUT_MARKER), MARKER_TEXT + filesUnder(dir).join('\n') + '\n');
}

/** The files the build that wrote `dir` listed, or undefined for a marker with no list (an older build). */
export function readManifest(dir: string): Set<string> | undefined {
	const marker = join(dir, OUTPUT_MARKER);
	if (!existsSync(marker)) return undefined;
	const text = readFileSync(marker, 'utf8');
	if (!text.startsWith(MARKER_TEXT) || text === MARKER_TEXT) return undefined;
	return new Set(text.slice(MARKER_TEXT.length).split('\n').filter(Boolean));
}

/**
 * What `oldDir` holds that its build did not write: a whole file or folder, as high up as possible
 * (a `.git/` is one entry). With no manifest (a marker from an older build), every top-level entry
 * the new build in `newDir` does not write counts as kept, so nothing is lost in the change-over.
 */
export function keptEntries(oldDir: string, newDir: string): string[] {
	const manifest = readManifest(oldDir);
	if (!manifest)
		return readdirSync(oldDir)
			.filter((name) => name !== OUTPUT_MARKER && !existsSync(join(newDir, name)))
			.sort();
	const builtFolders = new Set<string>();
	for (const file of manifest)
		for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1))
			builtFolders.add(file.slice(0, at));
	const kept: string[] = [];
	const folders = [''];
	for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
		for (const entry of readdirSync(join(oldDir, folder), { withFileTypes: true })) {
			const path = folder ? `${folder}/${entry.name}` : entry.name;
			if (path === OUTPUT_MARKER || manifest.has(path)) continue;
			if (entry.isDirectory() && builtFolders.has(path)) folders.push(path);
			else kept.push(path);
		}
	}
	return kept.sort();
}

/**
 * Copies what a person added to the old site into the new one, before the swap, and returns those
 * paths. A file the new build also writes is not overwritten either way: the build stops, naming it,
 * and the old site stays whole.
 */
export function carryOver(oldDir: string, newDir: string): string[] {
	const kept = keptEntries(oldDir, newDir);
	const clashes = kept.filter((path) => existsSync(join(newDir, path)));
	if (clashes.length)
		throw new OutputFolderError(
			`OUT_DIR: expected the files added to "${oldDir}" by hand to be ones the build does not write, found ${clashes.map((p) => `"${p}"`).join(', ')}, which the new build writes too; move or rename yours, and the last good site is still in place`,
		);
	for (const path of kept)
		cpSync(join(oldDir, path), join(newDir, path), {
			recursive: true,
			preserveTimestamps: true,
			verbatimSymlinks: true,
		});
	return kept;
}

/** The line that says which files added by hand a build kept, or undefined when there were none. */
export function keptMessage(outDir: string, kept: string[]): string | undefined {
	if (!kept.length) return undefined;
	const shown = kept.slice(0, 5).map((path) => `"${path}"`);
	const more = kept.length > 5 ? ` and ${kept.length - 5} more` : '';
	return `kept what the build did not write in ${outDir}: ${shown.join(', ')}${more}`;
}
