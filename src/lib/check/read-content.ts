import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Root } from 'mdast';
import { type ParsedBody, parseBody } from './body-tree.ts';
import { COLLECTIONS, type CollectionName, displayPath } from './collections.ts';
import {
	decodeText,
	DEPTH_LIMIT,
	duplicateJsonKey,
	FILE_LIMIT,
	refuseAnchors,
	tooDeep,
} from './decode-file.ts';
import type { Problem } from './problems.ts';

/** One content file as read from disk, before any schema has looked at it. */
export interface RawEntry {
	id: string;
	/** Path from the project root, for messages. */
	file: string;
	data: unknown;
	/** The MDX body, for articles. */
	body?: string;
	/** The line of the file the body starts on, so body problems name the author's line. */
	bodyLine?: number;
	/** The body's Markdown tree, parsed once here: the body rules check it and a build renders it. */
	tree?: Root;
	/** Why the body is not valid MDX, when it is not; the body rules report it. */
	bodyError?: ParsedBody['bodyError'];
	/** The file's size in bytes, for the size budget. */
	bytes: number;
	/** The file's text, for articles: the build's article loader takes their checked data only while the file still reads the same. */
	text?: string;
	/** True when the file could not be parsed: its id still exists for links, its data does not. */
	unreadable?: boolean;
}

export type RawContent = Record<CollectionName, RawEntry[]>;

// YAML's timestamp type would turn 2024-02-30 into 1 March without a word: read dates as the
// strings authors wrote, so the date schemas can reject days that do not exist. Anchors are refused
// as they close (a 540-byte "billion laughs" file expands to gigabytes in the schemas' messages).
// maxDepth is js-yaml's own nesting limit (4.3), missing from its typings. eemeli's yaml would do
// the same through its public API, but it parsed 5,000 summaries' frontmatter (51 MB) 7x slower
// (53 s against 7 s) and overflows the stack on 5,000 nested brackets, so it would need a depth
// guard of its own before parsing.
const YAML_OPTIONS: yaml.LoadOptions = {
	schema: yaml.CORE_SCHEMA,
	listener: refuseAnchors,
	...{ maxDepth: DEPTH_LIMIT },
};

// Spaces or tabs after a fence are invisible in an editor, so they are allowed on either fence.
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const OPENING_FENCE = /^---[ \t]*\r?\n/;

/** Parses one file's text: JSON, YAML, or MDX (YAML frontmatter and a body). Throws on a syntax error. */
export function parseFile(
	text: string,
	extension: string,
): { data: unknown; body?: string; bodyLine?: number } {
	const parsed = parseText(text, extension);
	const deep = tooDeep(parsed.data);
	if (deep !== undefined)
		throw new Error(
			`expected fields nested at most ${DEPTH_LIMIT} levels deep, found deeper nesting at ${deep.slice(0, 200)}`,
		);
	return parsed;
}

function parseText(
	text: string,
	extension: string,
): { data: unknown; body?: string; bodyLine?: number } {
	if (extension === '.json') {
		const data: unknown = JSON.parse(text);
		const duplicate = duplicateJsonKey(text);
		if (duplicate !== undefined)
			throw new Error(
				`expected each field once in an object, found ${JSON.stringify(duplicate.slice(0, 200))} twice (JSON would keep only the last)`,
			);
		return { data };
	}
	if (extension === '.yaml') return { data: yaml.load(text, YAML_OPTIONS) };
	const match = FRONTMATTER.exec(text);
	if (!match)
		throw new Error(
			OPENING_FENCE.test(text)
				? 'expected a line "---" that closes the frontmatter, found an opening "---" line and no closing one'
				: 'expected frontmatter between two "---" lines at the top, found none',
		);
	return {
		data: yaml.load(match[1], YAML_OPTIONS),
		body: text.slice(match[0].length),
		bodyLine: match[0].split('\n').length,
	};
}

type Read = { entry: RawEntry; problem?: string };

/** Reads and parses one file of a collection; a file that cannot be read or parsed becomes a problem. */
export function readEntry(
	path: string,
	id: string,
	collection: CollectionName,
	extension: string,
): Read {
	// An entry that cannot be read still has its id, so links to it are not reported as well.
	const entry: RawEntry = {
		id,
		file: displayPath(path),
		bytes: 0,
		data: undefined,
		unreadable: true,
	};
	let bytes: Buffer;
	try {
		const kind = notAFile(path);
		if (kind) return { entry, problem: kind };
		entry.bytes = statSync(path).size;
		if (entry.bytes > FILE_LIMIT)
			return {
				entry,
				problem: `expected a file under ${FILE_LIMIT / 1_000_000} MB, found ${(entry.bytes / 1_000_000).toFixed(1)} MB`,
			};
		bytes = readFileSync(path);
	} catch (error) {
		return { entry, problem: `expected a file the build can read, found ${cannotRead(error)}` };
	}
	const decoded = decodeText(bytes);
	if ('error' in decoded) return { entry, problem: decoded.error };
	const { text } = decoded;
	const withText = { ...entry, ...(collection === 'articles' && { text }) };
	try {
		const parsed = parseFile(text, extension);
		const body = parsed.body === undefined ? {} : parseBody(parsed.body);
		return { entry: { ...withText, ...parsed, ...body, unreadable: undefined } };
	} catch (error) {
		const reason = (error as Error).message.split('\n')[0].slice(0, 300);
		return {
			entry: withText,
			problem: reason.startsWith('expected')
				? reason
				: `expected valid ${extension.slice(1).toUpperCase()}, found a syntax error: ${reason}`,
		};
	}
}

/** Why a path in a content folder is not a file to read: a folder, a dangling link, a pipe; else undefined. */
function notAFile(path: string): string | undefined {
	const link = lstatSync(path);
	// existsSync is false for a target the build may not reach too: only ENOENT means it is not there.
	if (link.isSymbolicLink() && isMissingTarget(path))
		return `expected a file, found a symbolic link to "${readlinkSync(path).slice(0, 200)}", which does not exist`;
	const stat = statSync(path);
	if (stat.isDirectory()) return 'expected a file, found a folder';
	if (!stat.isFile()) return 'expected a file, found something else (a pipe, socket or device)';
	return undefined;
}

/** Why the file system refused a read, in the author's words: "permission denied" for EACCES and EPERM. */
function cannotRead(error: unknown): string {
	const { code, message } = error as NodeJS.ErrnoException;
	if (code === 'EACCES' || code === 'EPERM')
		return `permission denied (${code}); let the user running the build read it`;
	return code ? `${code} (${message.split('\n')[0].slice(0, 200)})` : String(error);
}

/** True when `path` is a link to nothing; a target that cannot be reached for another reason throws. */
function isMissingTarget(path: string): boolean {
	try {
		statSync(path);
		return false;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
		throw error;
	}
}

/** True when nothing is at `path`; false when something is, readable or not (existsSync says false for both). */
function isMissing(path: string): boolean {
	try {
		lstatSync(path);
		return false;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT';
	}
}

/** Why the content folder or one collection's folder cannot be read, or undefined. */
function folderProblem(folder: string, what: string): string | undefined {
	try {
		// A folder whose parent cannot be searched makes existsSync false: stat says why.
		if (!statSync(folder).isDirectory()) return `expected ${what}, found a file`;
		readdirSync(folder);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			return `expected ${what}, found nothing there`;
		return `expected ${what} the build can read, found ${cannotRead(error)}`;
	}
	return undefined;
}

/**
 * Reads every file of every collection under `dir`. A file that cannot be read or parsed becomes a
 * problem, not an exception, so that one run reports every broken file. A missing collection folder
 * is an empty collection, except articles: a site needs at least one summary.
 */
export function readContent(dir: string): { raw: RawContent; problems: Problem[] } {
	const problems: Problem[] = [];
	const raw = Object.fromEntries(
		Object.keys(COLLECTIONS).map((name) => [name, []]),
	) as unknown as RawContent;
	const report = (path: string, message: string) =>
		problems.push({ file: displayPath(path) || '.', field: '', level: 'error', message });
	const top = folderProblem(dir, 'the content folder');
	if (top)
		return {
			raw,
			problems: [{ file: displayPath(dir) || '.', field: '', level: 'error', message: top }],
		};
	for (const [collection, extension] of Object.entries(COLLECTIONS) as [CollectionName, string][]) {
		const folder = join(dir, collection);
		const problem =
			!isMissing(folder) || collection === 'articles'
				? folderProblem(folder, `a folder of ${extension} files`)
				: undefined;
		if (problem) report(folder, problem);
		if (problem || isMissing(folder)) continue;
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			if (!name.endsWith(extension)) {
				if (!name.startsWith('.'))
					report(path, `expected a ${extension} file in ${collection}/, found "${name}"`);
				continue;
			}
			const { entry, problem: fileProblem } = readEntry(
				path,
				name.slice(0, -extension.length),
				collection,
				extension,
			);
			raw[collection].push(entry);
			if (fileProblem) report(path, fileProblem);
		}
		if (collection === 'articles' && !raw.articles.length)
			report(folder, 'expected at least one .mdx file, found none');
	}
	return { raw, problems };
}
