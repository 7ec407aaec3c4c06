import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { COLLECTIONS, type CollectionName, displayPath } from './paths.ts';
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
	/** The file's size in bytes, for the size budget. */
	bytes: number;
	/** The file's text, for articles: the build's article loader takes their checked data only while the file still reads the same. */
	text?: string;
	/** True when the file could not be parsed: its id still exists for links, its data does not. */
	unreadable?: boolean;
}

export type RawContent = Record<CollectionName, RawEntry[]>;

// YAML's timestamp type would turn 2024-02-30 into 1 March without a word: read dates as the
// strings authors wrote, so the date schemas can reject days that do not exist.
const YAML_OPTIONS = { schema: yaml.CORE_SCHEMA };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses one file's text: JSON, YAML, or MDX (YAML frontmatter and a body). Throws on a syntax error. */
export function parseFile(text: string, extension: string): { data: unknown; body?: string; bodyLine?: number } {
	if (extension === '.json') return { data: JSON.parse(text) };
	if (extension === '.yaml') return { data: yaml.load(text, YAML_OPTIONS) };
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Error('expected frontmatter between two "---" lines at the top, found none');
	return { data: yaml.load(match[1], YAML_OPTIONS), body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Reads every file of every collection under `dir`. A file that cannot be parsed becomes a
 * problem, not an exception, so that one run reports every broken file.
 */
export function readContent(dir: string): { raw: RawContent; problems: Problem[] } {
	const problems: Problem[] = [];
	const raw = {} as RawContent;
	for (const [collection, extension] of Object.entries(COLLECTIONS) as [CollectionName, string][]) {
		const folder = join(dir, collection);
		raw[collection] = [];
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			const file = displayPath(path);
			if (!name.endsWith(extension)) {
				if (!name.startsWith('.')) problems.push({ file, field: '', level: 'error', message: `expected a ${extension} file in ${collection}/, found "${name}"` });
				continue;
			}
			const text = readFileSync(path, 'utf8');
			const entry = { id: name.slice(0, -extension.length), file, bytes: Buffer.byteLength(text), ...(collection === 'articles' && { text }) };
			try {
				raw[collection].push({ ...entry, ...parseFile(text, extension) });
			} catch (error) {
				raw[collection].push({ ...entry, data: undefined, unreadable: true });
				const reason = (error as Error).message.split('\n')[0];
				problems.push({ file, field: '', level: 'error', message: reason.startsWith('expected') ? reason : `expected valid ${extension.slice(1).toUpperCase()}, found a syntax error: ${reason}` });
			}
		}
	}
	return { raw, problems };
}
