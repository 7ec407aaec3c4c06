import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The content collections, each read from the folder of its name under the content folder; the
 * values are their files' extension. The checker, the Astro content config, the article loader, the
 * site index and the benchmark's corpus writer all take the list from here.
 */
export const COLLECTIONS = {
	articles: '.mdx',
	references: '.json',
	trials: '.yaml',
	outcomes: '.yaml',
	events: '.yaml',
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The collections' names, in the order above. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * The content folder to build from: `content/` in the project, or the folder named by the
 * CONTENT_DIR environment variable (the benchmark and the broken-content fixtures use it).
 */
export function contentDir(cwd = process.cwd()): string {
	const dir = process.env.CONTENT_DIR;
	if (!dir) return join(cwd, 'content');
	return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

/** A path as authors see it in messages: relative to the working folder, with forward slashes. */
export function displayPath(file: string, cwd = process.cwd()): string {
	return relative(cwd, file).split('\\').join('/');
}
