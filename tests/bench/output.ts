import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './browser.ts';

/** Sizes of a built site on disk. */
export interface OutputFigures {
	/** Every file in the output folder, index included. */
	bytes: number;
	files: number;
	/** HTML files (pages). */
	pages: number;
	/** The median size of an article page's HTML, and the largest HTML page of any kind. */
	medianArticleHtmlBytes: number;
	largestHtml: { path: string; bytes: number };
	/** The Pagefind index (the pagefind/ folder). */
	indexBytes: number;
	indexFiles: number;
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) walk(path, visit);
		else visit(path, statSync(path).size);
	}
}

/**
 * Measures a built site; article pages are those at /articles/<slug>/ (all three sites use that
 * address). Also returns each article page's size by slug.
 */
export function measureOutput(site: string): { figures: OutputFigures; articleBytes: Map<string, number> } {
	const figures: OutputFigures = { bytes: 0, files: 0, pages: 0, medianArticleHtmlBytes: 0, largestHtml: { path: '', bytes: 0 }, indexBytes: 0, indexFiles: 0 };
	const articleBytes = new Map<string, number>();
	const index = join(site, 'pagefind');
	walk(site, (path, bytes) => {
		figures.bytes += bytes;
		figures.files++;
		if (path.startsWith(`${index}/`)) {
			figures.indexBytes += bytes;
			figures.indexFiles++;
		}
		if (!path.endsWith('.html')) return;
		figures.pages++;
		const article = /\/articles\/([^/]+)\/index\.html$/.exec(path);
		if (article) articleBytes.set(article[1], bytes);
		if (bytes > figures.largestHtml.bytes) figures.largestHtml = { path: path.slice(site.length).replace(/index\.html$/, ''), bytes };
	});
	figures.medianArticleHtmlBytes = median([...articleBytes.values()]);
	return { figures, articleBytes };
}
