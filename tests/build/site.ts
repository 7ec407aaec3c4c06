import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { ROOT, TEST_DIST } from '../setup/paths.ts';

/** Ids of one content collection, from its file names. */
export function contentIds(collection: string): string[] {
	return readdirSync(join(ROOT, 'content', collection)).map((name) => name.replace(/\.[a-z]+$/, ''));
}

/** The built HTML file for a site path such as /articles/x/. */
export function fileFor(path: string): string {
	return join(TEST_DIST, path.endsWith('/') ? `${path}index.html` : path);
}

/** A built page, parsed. */
export function page(path: string): HTMLElement {
	// <pre> is parsed as markup, not raw text, so its <code> can be queried.
	return parse(readFileSync(fileFor(path), 'utf8'), { blockTextElements: { script: true, style: true } });
}

/** Whether a site path was built. */
export const built = (path: string) => existsSync(fileFor(path));

/** Every page the sitemap lists, as a site path. */
export function sitemapPaths(): string[] {
	const xml = readFileSync(join(TEST_DIST, 'sitemap.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
}
