// Indexes a built site for search, as a process of its own (`npm run build` runs it after Astro):
//   node src/build/search-index.ts <built site folder>
// Pagefind needs about 2.5 GB for 5,000 summaries; run after Astro's process has exited, that comes
// on top of nothing, where inside astro:build:done it came on top of Astro's heap.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { forIndex, isIndexed } from '../lib/search/index-html.ts';
import { INDEX_EXCLUDE } from '../lib/search/names.ts';

/** Pages read and handed to Pagefind at once: enough to keep its process busy, few enough to hold in memory. */
const IN_FLIGHT = 16;

/**
 * Hands Pagefind every indexed page of `site`, each as spacedForIndex makes it; pages without a
 * `data-pagefind-body` are not sent at all. Returns how many were added.
 */
async function addPages(index: PagefindIndex, site: string): Promise<number> {
	const files = (await readdir(site, { recursive: true })).filter(
		(f) => f.endsWith('.html') && !f.startsWith('pagefind/'),
	);
	let next = 0;
	let added = 0;
	const worker = async () => {
		while (next < files.length) {
			const sourcePath = files[next++]!;
			const html = await readFile(join(site, sourcePath), 'utf8');
			if (!isIndexed(html)) continue;
			const { errors } = await index.addHTMLFile({ sourcePath, content: forIndex(html) });
			if (errors.length)
				throw new Error(`Pagefind could not index ${sourcePath}: ${errors.join('; ')}`);
			added++;
		}
	};
	await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
	return added;
}

/**
 * Writes the Pagefind index of the pages in `site` to `site/pagefind/`, offline, as Starlight's
 * integration does (integrations/pagefind.ts): pages are indexed from their data-pagefind-body, each
 * claim as a section of its summary page (a heading with the claim's id). Returns the page count.
 */
export async function indexSite(site: string): Promise<number> {
	try {
		const { index, errors } = await createIndex({
			forceLanguage: 'en',
			excludeSelectors: [...INDEX_EXCLUDE],
		});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const pages = await addPages(index, site);
		const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
		if (written.errors.length)
			throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
		return pages;
	} finally {
		// Closed in any case, so that a failed index cannot leave Pagefind's binary running.
		await close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [site] = process.argv.slice(2);
	if (!site) throw new Error('usage: node src/build/search-index.ts <built site folder>');
	const started = performance.now();
	try {
		const pages = await indexSite(site);
		console.log(
			`search index: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
		);
	} catch (error) {
		// One line, not a stack: the build that ran this step says what it means for the site.
		const { code, message } = error as NodeJS.ErrnoException;
		console.error(
			`search index: ${code === 'ENOSPC' ? 'the disk is full (ENOSPC)' : message.split('\n')[0]}`,
		);
		process.exitCode = 1;
	}
}
