import { lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BodyReport } from './body-rules.ts';
import { checkEntryBody } from './body-problems.ts';
import { COLLECTIONS, type CollectionName, displayPath } from './collections.ts';
import type { Problem } from './problems.ts';
import { type RawContent, type RawEntry, readContent, readEntry } from './read-content.ts';
import {
	type CheckOptions,
	type Content,
	type Entry,
	parseEntry,
	ruleProblems,
} from './validate-content.ts';
import { localToday } from './file-rules.ts';

/**
 * One check of the content folder, kept so that an edit is checked again without reading every
 * file: each file as read and as parsed, its own problems (reading, syntax, schema), the problems
 * of the rules that span files, and each article body's report (the costly part of those rules).
 */
export interface ContentCheck {
	dir: string;
	today: Date;
	raw: RawContent;
	content: Content;
	/** Problems of reading: folders (missing, unreadable, a stray file) and files (bytes, syntax). */
	readProblems: Problem[];
	/** Each file's schema problems, by its display path. */
	schemaProblems: Map<string, Problem[]>;
	/** Problems of the rules over all files, from the last run. */
	ruleProblems: Problem[];
	/** Each article body's report, kept while its body and first line stay the same. */
	bodyReports: Map<string, { body: string; line?: number; report: BodyReport }>;
}

/** Every problem of a check, errors and warnings, files in folder order. */
export function problemsOf(check: ContentCheck): Problem[] {
	return [
		...check.readProblems,
		...[...check.schemaProblems.values()].flat(),
		...check.ruleProblems,
	];
}

/** Reads and checks the whole folder, as `npm run check` and the build do. */
export function checkFolder(
	dir: string,
	{ today = localToday() }: CheckOptions = {},
): ContentCheck {
	const { raw, problems: readProblems } = readContent(dir);
	const check: ContentCheck = {
		dir,
		today,
		raw,
		content: emptyContent(),
		readProblems,
		schemaProblems: new Map(),
		ruleProblems: [],
		bodyReports: new Map(),
	};
	for (const collection of Object.keys(COLLECTIONS) as CollectionName[])
		for (const entry of raw[collection]) {
			const parsed = parseEntry(collection, entry, problemsAt(check, entry.file));
			if (parsed) (check.content[collection] as Entry<unknown>[]).push(parsed);
		}
	runRules(check);
	return check;
}

/**
 * Checks one changed, added or deleted file again: reads and parses that file alone, then runs the
 * rules that span files over the parsed content, reusing every unchanged body's report. Returns the
 * collection the file belongs to, or undefined for a path that is no content file (nothing changes).
 */
export function recheckFile(check: ContentCheck, path: string): CollectionName | undefined {
	const collection = collectionOf(check.dir, path);
	if (!collection) return undefined;
	const extension = COLLECTIONS[collection];
	const file = displayPath(path);
	const id = basename(path, extension);
	const raw = check.raw[collection];
	const parsed = check.content[collection] as Entry<unknown>[];
	remove(raw, file);
	remove(parsed, file);
	check.schemaProblems.delete(file);
	check.readProblems = check.readProblems.filter((p) => p.file !== file);
	if (exists(path)) {
		const { entry, problem } = readEntry(path, id, collection, extension);
		if (problem) check.readProblems.push({ file, field: '', level: 'error', message: problem });
		insertByName(raw, entry);
		const result = parseEntry(collection, entry, problemsAt(check, file));
		if (result) insertByName(parsed, result);
		if (!check.schemaProblems.get(file)?.length) check.schemaProblems.delete(file);
	}
	runRules(check);
	return collection;
}

function runRules(check: ContentCheck): void {
	const bodyCheck = (entry: RawEntry): BodyReport => {
		const body = entry.body ?? '';
		const kept = check.bodyReports.get(entry.file);
		if (kept && kept.body === body && kept.line === entry.bodyLine) return kept.report;
		const report = checkEntryBody(entry);
		check.bodyReports.set(entry.file, { body, line: entry.bodyLine, report });
		return report;
	};
	check.ruleProblems = ruleProblems(check.raw, check.content, check.today, bodyCheck);
	// Reports of deleted articles go with them.
	const articles = new Set(check.raw.articles.map((entry) => entry.file));
	for (const file of check.bodyReports.keys())
		if (!articles.has(file)) check.bodyReports.delete(file);
}

/** The collection whose folder holds `path`, when `path` has that collection's extension. */
function collectionOf(dir: string, path: string): CollectionName | undefined {
	const folder = basename(dirname(path));
	if (!(folder in COLLECTIONS) || join(dir, folder) !== dirname(path)) return undefined;
	const collection = folder as CollectionName;
	return path.endsWith(COLLECTIONS[collection]) && !basename(path).startsWith('.')
		? collection
		: undefined;
}

function problemsAt(check: ContentCheck, file: string): Problem[] {
	let list = check.schemaProblems.get(file);
	if (!list) check.schemaProblems.set(file, (list = []));
	return list;
}

function emptyContent(): Content {
	return Object.fromEntries(
		Object.keys(COLLECTIONS).map((name) => [name, []]),
	) as unknown as Content;
}

/** True when something is at `path` (a dangling link too: reading it names the problem). */
function exists(path: string): boolean {
	try {
		lstatSync(path);
		return true;
	} catch {
		return false;
	}
}

function remove(list: { file: string }[], file: string): void {
	const at = list.findIndex((entry) => entry.file === file);
	if (at >= 0) list.splice(at, 1);
}

/** Keeps a collection in the order a full read gives: by file name. */
function insertByName<T extends { file: string }>(list: T[], entry: T): void {
	const at = list.findIndex((other) => other.file > entry.file);
	list.splice(at < 0 ? list.length : at, 0, entry);
}
