// Indexes a built site for search, as a process of its own (`npm run build` runs it after Astro):
//   node src/build/search-index.ts <built site folder>
// At 5,000 summaries this step peaks near 4.8 GB (Pagefind and this driver, tests/bench/README.md);
// run after Astro's process has exited, that comes on top of nothing, where inside astro:build:done
// it came on top of Astro's heap.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { forIndex, isIndexed } from '../lib/search/index-html.ts';
import { INDEX_EXCLUDE } from '../lib/search/names.ts';

/**
 * Pages read ahead, and pages handed to Pagefind unanswered: enough to keep its process busy, few
 * enough to hold in memory.
 */
const IN_FLIGHT = 16;

/** What addPages needs of Pagefind's index: one call per page. */
type PageSink = Pick<PagefindIndex, 'addHTMLFile'>;

/**
 * Hands Pagefind every indexed page of `site`, each as forIndex makes it, in the order of their
 * paths; pages without a `data-pagefind-body` are not sent at all. Returns how many were added.
 *
 * Pagefind numbers pages in the order they reach it, and those numbers are in its index files. So
 * pages are sent in one fixed order, whatever order their reads finish in: two builds of the same
 * site then write the same index, byte for byte, and a deploy uploads only what changed. (Handed
 * over as each read finished, two builds of the real content differed in 27 index files.) Reads
 * run ahead, and up to IN_FLIGHT pages wait on Pagefind at once, as before: Pagefind 1.6's service
 * takes its messages one at a time, in the order they arrive. A Pagefind that took them side by
 * side could number pages otherwise; the unit test and the fault test that compares two builds
 * (tests/faults/fixture-builds.test.ts) would show it.
 */
export async function addPages(
	index: PageSink,
	site: string,
	read = (path: string) => readFile(path, 'utf8'),
): Promise<number> {
	const files = (await readdir(site, { recursive: true }))
		.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
		.sort();
	// Reads by position: at most IN_FLIGHT ahead, each dropped once used, so memory stays flat.
	const reads = new Map<number, Promise<string>>();
	let nextRead = 0;
	const unanswered: Promise<void>[] = [];
	let added = 0;
	for (let i = 0; i < files.length; i++) {
		for (; nextRead < Math.min(i + IN_FLIGHT, files.length); nextRead++)
			reads.set(nextRead, settledLater(read(join(site, files[nextRead]!))));
		const html = await reads.get(i)!;
		reads.delete(i);
		if (!isIndexed(html)) continue;
		const sourcePath = files[i]!;
		const sent = index.addHTMLFile({ sourcePath, content: forIndex(html) });
		unanswered.push(
			settledLater(
				sent.then(({ errors }) => {
					if (errors.length)
						throw new Error(`Pagefind could not index ${sourcePath}: ${errors.join('; ')}`);
				}),
			),
		);
		added++;
		if (unanswered.length >= IN_FLIGHT) await unanswered.shift();
	}
	await Promise.all(unanswered);
	return added;
}

/**
 * `promise`, marked as handled: it is awaited later, in order, and a failure while another is
 * awaited must not end the process as an unhandled rejection before its own turn reports it.
 */
function settledLater<T>(promise: Promise<T>): Promise<T> {
	promise.catch(() => {});
	return promise;
}

/**
 * Writes the Pagefind index of the pages in `site` to `site/pagefind/`, offline, as Starlight's
 * Pagefind integration does: pages are indexed from their data-pagefind-body, each
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
