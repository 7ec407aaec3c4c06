import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** The file every build leaves in its output folder, so a later build knows the folder is its own to replace. */
export const OUTPUT_MARKER = '.evidence-digest-output';
/**
 * The marker's first line; the lines after it list the files the build wrote (kept-files.ts), sorted,
 * so two builds of the same content stay byte for byte the same.
 */
export const MARKER_TEXT =
	"This folder is written by evidence-digest's build. It replaces the files listed below and keeps any other file you add.\n";

/** Folders of the project that hold sources or tools: a build inside one would be swapped over them. */
const PROJECT_FOLDERS = ['src', 'content', 'public', 'node_modules', '.git'];

/** The real path of `path`, resolving symlinks of the longest part that exists, so `dist -> .` is caught. */
function realPath(path: string): string {
	if (existsSync(path)) return realpathSync(path);
	const parent = dirname(path);
	return parent === path ? path : join(realPath(parent), basename(path));
}

/** The file system (device) the nearest existing folder on the way to `path` lives on. */
function deviceOf(path: string): number {
	return existsSync(path) ? statSync(path).dev : deviceOf(dirname(path));
}

const isInside = (child: string, parent: string) =>
	child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** Thrown when the output folder is unsafe to replace; its message is one line for the terminal, with no stack. */
export class OutputFolderError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'OutputFolderError';
		// Astro prints an error's stack under its message; a refusal is the author's to fix, not a crash.
		this.stack = '';
	}
}

/**
 * Why the build must not replace `outDir`, or undefined when it may: the folder is the project or
 * holds it, holds the content folder, lies inside one of the project's source folders or the
 * content folder, is not a folder, holds files while no build of ours wrote it (no marker file),
 * or is on another file system. Checked before anything is written or moved. Files a person adds to
 * a folder a build wrote are kept by the next build (kept-files.ts).
 */
export function outputFolderProblem(
	outDir: string,
	root: string,
	contentDir: string,
	device = deviceOf,
): string | undefined {
	const out = realPath(outDir);
	const project = realPath(root);
	const found = `found "${outDir}"`;
	if (isInside(project, out)) {
		const what =
			out === project
				? 'the project folder itself'
				: `a folder that holds the project (${project})`;
		return `OUT_DIR: expected an output folder outside the project's sources, such as ./dist, ${found}, ${what}; the build replaces its output folder whole`;
	}
	// The other way round: an output folder that holds the content folder would be swapped over it.
	const content = realPath(contentDir);
	if (isInside(content, out))
		return `OUT_DIR: expected an output folder that holds none of the build's input, found "${outDir}", which holds the content folder CONTENT_DIR "${contentDir}"; the build replaces its output folder whole, so move the content out or choose another OUT_DIR`;
	for (const inner of [...PROJECT_FOLDERS.map((name) => join(project, name)), content]) {
		if (isInside(out, inner))
			return `OUT_DIR: expected an output folder outside ${isInside(inner, project) ? relative(project, inner) : inner}/, ${found}; the build replaces its output folder whole`;
	}
	// Astro stages pages of an output folder outside the project in the project's .astro/ and renames them
	// across: on another file system that fails half way with EXDEV (astro/dist/core/build/static-build.js).
	if (!isInside(out, project) && device(out) !== device(project)) {
		return `OUT_DIR: expected a folder on the same file system as the project, ${found}, which is on another; build into ./dist and copy it`;
	}
	if (!existsSync(out)) return undefined;
	if (!lstatSync(out).isDirectory())
		return `OUT_DIR: expected a folder, ${found}, which is a file; remove it or choose another folder`;
	const names = readdirSync(out).sort();
	if (names.length && !names.includes(OUTPUT_MARKER)) {
		const shown = names
			.slice(0, 5)
			.map((name) => `"${name}"`)
			.join(', ');
		const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
		return `OUT_DIR: expected an empty folder or one an earlier build wrote (it has a ${OUTPUT_MARKER} file), found "${outDir}", which holds ${names.length} other ${names.length === 1 ? 'entry' : 'entries'}: ${shown}${more}; empty or remove it, or choose another folder (once a build has written it, files you add to it are kept)`;
	}
	return undefined;
}
