import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addPages } from '../../../src/build/search-index.ts';

// A built site of 40 pages in nested folders, every fourth one not indexed, and Pagefind's own files.
const site = mkdtempSync(join(tmpdir(), 'ed-search-index-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const PAGES = Array.from({ length: 40 }, (_, i) => `p${String(i).padStart(2, '0')}/index.html`);
for (const [i, page] of PAGES.entries()) {
	mkdirSync(join(site, page, '..'), { recursive: true });
	const body = i % 4 === 3 ? '<main>' : '<main data-pagefind-body>';
	writeFileSync(join(site, page), `<html><body>${body}<h1>Page ${i}</h1></main></body></html>`);
}
mkdirSync(join(site, 'pagefind'));
writeFileSync(join(site, 'pagefind/not-a-page.html'), '<main data-pagefind-body></main>');
const INDEXED = PAGES.filter((_, i) => i % 4 !== 3);

/** The page number in a path of the site ("p07/index.html" → 7), read from the part under it. */
const pageNumber = (path: string) => Number(/^p(\d+)\//.exec(relative(site, path))?.[1]);

/** Reads in flight now, and the most at once. */
const reading = { now: 0, most: 0 };

/**
 * A read that finishes later the earlier its file sorts, as a busy disk may. The file is read at
 * once and only the answer waits, so a timer left over after its test touches no file.
 */
function backwards(path: string): Promise<string> {
	const text = readFileSync(path, 'utf8');
	reading.most = Math.max(reading.most, ++reading.now);
	return new Promise((resolve) =>
		setTimeout(
			() => {
				reading.now--;
				resolve(text);
			},
			(40 - pageNumber(path)) * 2,
		),
	);
}

/** A stand-in for Pagefind's index that records the pages in the order they reach it, and how many waited at once. */
function recorder(answer: (path: string) => string[] = () => []) {
	const received: string[] = [];
	const waiting = { now: 0, most: 0 };
	return {
		received,
		waiting,
		addHTMLFile: async ({ sourcePath }: { sourcePath?: string }) => {
			received.push(sourcePath!);
			waiting.most = Math.max(waiting.most, ++waiting.now);
			await new Promise((resolve) => setTimeout(resolve, 1));
			waiting.now--;
			return { errors: answer(sourcePath!), file: undefined as never };
		},
	};
}

describe('addPages', () => {
	it('hands Pagefind the indexed pages in the order of their paths, however their reads finish', async () => {
		const index = recorder();
		expect(await addPages(index, site, backwards)).toBe(INDEXED.length);
		expect(index.received).toEqual(INDEXED);
		// Reads run ahead and pages wait on Pagefind side by side, up to 16 of each.
		expect(reading.most).toBe(16);
		expect(index.waiting.most).toBeGreaterThan(1);
		expect(index.waiting.most).toBeLessThanOrEqual(16);
	});

	it("stops with Pagefind's complaint and the page it was about", async () => {
		const index = recorder((path) => (path === 'p05/index.html' ? ['no <html> element'] : []));
		await expect(addPages(index, site)).rejects.toThrow(
			'Pagefind could not index p05/index.html: no <html> element',
		);
	});

	it('stops with a read that failed, even one read ahead of the page in hand', async () => {
		const failing = (path: string) =>
			pageNumber(path) === 9
				? Promise.reject(new Error(`EACCES: permission denied, open '${path}'`))
				: backwards(path);
		await expect(addPages(recorder(), site, failing)).rejects.toThrow(/EACCES.*p09/);
	});
});
