import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stagingDirs, swapIn } from '../../../src/build/atomic-output.ts';
import {
	filesUnder,
	keptMessage,
	readManifest,
	writeManifest,
} from '../../../src/build/kept-files.ts';
import { MARKER_TEXT, OUTPUT_MARKER } from '../../../src/build/output-folder.ts';

let parent = '';
let out = '';
beforeEach(() => {
	parent = mkdtempSync(join(tmpdir(), 'ed-kept-'));
	out = join(parent, 'dist');
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

/** Writes files (path -> text) under `dir`, making their folders. */
function put(dir: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const SITE = { 'index.html': 'home', 'articles/a/index.html': 'a', '_astro/x.css': 'css' };

/** A site a build wrote (its manifest in the marker), then the new build in the staging folder. */
function oldAndNew(newSite: Record<string, string> = SITE) {
	put(out, SITE);
	writeManifest(out);
	const { building, previous } = stagingDirs(out);
	put(building, newSite);
	return { building, previous };
}

describe('files a person added to the output folder', () => {
	it('are kept by the next build, at any depth, and the new marker lists only what the build wrote', () => {
		const { building, previous } = oldAndNew({ ...SITE, 'index.html': 'new home' });
		put(out, {
			CNAME: 'digest.example.org',
			'.well-known/security.txt': 'Contact: x',
			'.git/HEAD': 'ref: refs/heads/main',
			'articles/notes.txt': 'mine',
		});
		symlinkSync('index.html', join(out, 'home.html'));
		const { kept } = swapIn(building, out, previous);
		expect(kept).toEqual(['.git', '.well-known', 'CNAME', 'articles/notes.txt', 'home.html']);
		expect(read('index.html')).toBe('new home');
		expect(read('CNAME')).toBe('digest.example.org');
		expect(read('.git/HEAD')).toBe('ref: refs/heads/main');
		expect(read('.well-known/security.txt')).toBe('Contact: x');
		expect(read('articles/notes.txt')).toBe('mine');
		expect(read('home.html')).toBe('new home');
		expect([...readManifest(out)!]).toEqual([
			'_astro/x.css',
			'articles/a/index.html',
			'index.html',
		]);
		expect(readdirSync(parent)).toEqual(['dist']);
	});

	it('are kept again by the build after, and pages the new build no longer writes go', () => {
		const first = oldAndNew();
		put(out, { CNAME: 'x' });
		swapIn(first.building, out, first.previous);
		const { building, previous } = stagingDirs(out);
		put(building, { 'index.html': 'home' });
		expect(swapIn(building, out, previous).kept).toEqual(['CNAME']);
		expect(filesUnder(out)).toEqual(['CNAME', 'index.html']);
	});

	it('stop the build, named, when the new build writes the same path, and the old site stays whole', () => {
		const { building, previous } = oldAndNew({ ...SITE, 'robots.txt': 'new' });
		put(out, { 'robots.txt': 'mine' });
		expect(() => swapIn(building, out, previous)).toThrow(
			`OUT_DIR: expected the files added to "${out}" by hand to be ones the build does not write, found "robots.txt", which the new build writes too; move or rename yours, and the last good site is still in place`,
		);
		expect(read('robots.txt')).toBe('mine');
		expect(read('index.html')).toBe('home');
	});

	it('are kept from a folder whose marker lists no files (an older build): every top-level entry the new build does not write', () => {
		put(out, { ...SITE, CNAME: 'x', 'articles/old/index.html': 'gone' });
		writeFileSync(join(out, OUTPUT_MARKER), MARKER_TEXT);
		const { building, previous } = stagingDirs(out);
		put(building, SITE);
		expect(swapIn(building, out, previous).kept).toEqual(['CNAME']);
		expect(existsSync(join(out, 'articles/old'))).toBe(false);
	});

	it('are named in one line, at most five', () => {
		expect(keptMessage(out, [])).toBeUndefined();
		expect(keptMessage(out, ['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe(
			`kept what the build did not write in ${out}: "a", "b", "c", "d", "e" and 2 more`,
		);
	});
});
