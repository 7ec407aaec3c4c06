import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeLeftovers, stagingDirs, swapIn } from '../../../src/build/atomic-output.ts';
import { buildInto } from '../../../src/build/build.ts';
import { lockPath } from '../../../src/build/build-lock.ts';
import { OUTPUT_MARKER } from '../../../src/build/output-folder.ts';
import { makeUndeletable, makeDeletable } from '../cases/undeletable.ts';

let parent = '';
/** Writes a one-page site, with the marker a build leaves. */
const write = (dir: string, text: string) => {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'index.html'), text);
	writeFileSync(join(dir, OUTPUT_MARKER), '');
};
const read = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');

beforeEach(() => {
	parent = mkdtempSync(join(tmpdir(), 'ed-atomic-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('swapIn', () => {
	it('replaces the old output with the new one and removes the old', () => {
		const out = join(parent, 'dist');
		const { building, previous } = stagingDirs(out);
		write(out, 'old');
		write(building, 'new');
		swapIn(building, out, previous);
		expect(read(out)).toBe('new');
		expect(readdirSync(parent)).toEqual(['dist']);
	});

	it('puts the first build in place when there was none', () => {
		const out = join(parent, 'dist');
		const { building, previous } = stagingDirs(out);
		write(building, 'new');
		swapIn(building, out, previous);
		expect(read(out)).toBe('new');
	});

	it('puts the old output back when the new one cannot be moved in', () => {
		const out = join(parent, 'dist');
		const { building, previous } = stagingDirs(out);
		write(out, 'old');
		expect(() => swapIn(building, out, previous)).toThrow(
			/^OUT_DIR: could not move the new site into ".*\/dist" \(ENOENT: the folder is gone\); the last good site is still in place$/,
		);
		expect(read(out)).toBe('old');
		expect(readdirSync(parent)).toEqual(['dist']);
	});

	it('puts the new site in place and warns, not fails, when the old one holds a file that cannot be deleted', () => {
		const out = join(parent, 'dist');
		const { building, previous } = stagingDirs(out);
		write(join(out, 'locked'), 'old');
		write(building, 'new');
		makeUndeletable(join(out, 'locked', 'index.html'));
		try {
			const { warning } = swapIn(building, out, previous);
			expect(read(out)).toBe('new');
			expect(warning).toMatch(
				/^could not remove ".*\/\.dist-previous-\d+" \(E(?:PERM|ACCES): a file in it is read-only or immutable\); make its files writable and delete it by hand$/,
			);
		} finally {
			makeDeletable(join(previous, 'locked', 'index.html'));
		}
	});
});

describe('buildInto', () => {
	const out = () => join(parent, 'dist');
	let warnings: string[] = [];
	beforeEach(() => {
		warnings = [];
		vi.spyOn(console, 'warn').mockImplementation((w: string) => void warnings.push(w));
	});
	afterEach(() => vi.restoreAllMocks());

	it('runs every step on a hidden staging folder, in order, and swaps it in when all are done', () => {
		write(out(), 'old');
		const { building } = stagingDirs(out());
		const seen: string[] = [];
		buildInto(out(), [
			(dir) => {
				seen.push(dir);
				write(dir, 'new');
			},
			(dir) => {
				seen.push(dir);
				expect(read(out())).toBe('old');
				writeFileSync(join(dir, 'index.json'), '{}');
			},
		]);
		expect(seen).toEqual([building, building]);
		expect(read(out())).toBe('new');
		expect(existsSync(join(out(), 'index.json'))).toBe(true);
		expect(existsSync(building)).toBe(false);
		expect(existsSync(lockPath(out()))).toBe(false);
		expect(warnings).toEqual([]);
	});

	it('leaves the last good site when a step fails, removes its staging folder and releases the lock', () => {
		write(out(), 'old');
		const failing = () =>
			buildInto(out(), [
				(dir) => write(dir, 'new'),
				() => {
					throw new Error('search-index.ts failed (exit 1)');
				},
			]);
		expect(failing).toThrow('search-index.ts failed (exit 1)');
		expect(read(out())).toBe('old');
		expect(existsSync(stagingDirs(out()).building)).toBe(false);
		expect(readdirSync(parent)).toEqual(['dist']);
	});

	it('removes what a killed build left behind before the first step runs', () => {
		write(join(parent, '.dist-building-999999999'), 'half');
		write(join(parent, '.dist-previous-999999999'), 'old');
		buildInto(out(), [
			(dir) => {
				// What is left is this build's own lock, released when the build ends.
				expect(readdirSync(parent)).toEqual(['.dist.lock']);
				write(dir, 'new');
			},
		]);
		expect(readdirSync(parent)).toEqual(['dist']);
	});

	it('warns about a leftover it cannot remove and builds on', () => {
		const stale = join(parent, '.dist-previous-999999999');
		write(join(stale, 'locked'), 'old');
		makeUndeletable(join(stale, 'locked', 'index.html'));
		try {
			buildInto(out(), [(dir) => write(dir, 'new')]);
			expect(warnings).toEqual([
				expect.stringMatching(
					/^could not remove ".*\/\.dist-previous-999999999" \(E(?:PERM|ACCES): /,
				),
			]);
			expect(read(out())).toBe('new');
		} finally {
			makeDeletable(join(stale, 'locked', 'index.html'));
		}
	});

	it('refuses, before any step runs or anything is moved, an output folder that holds files no build wrote', () => {
		mkdirSync(out());
		writeFileSync(join(out(), 'notes.txt'), 'mine');
		let ran = false;
		expect(() => buildInto(out(), [() => (ran = true)])).toThrow(
			/^OUT_DIR: expected an empty folder or one an earlier build wrote/,
		);
		expect(ran).toBe(false);
		expect(readdirSync(parent)).toEqual(['dist']);
		expect(readFileSync(join(out(), 'notes.txt'), 'utf8')).toBe('mine');
	});

	it('leaves the marker file in the output it swaps in', () => {
		buildInto(out(), [(dir) => mkdirSync(dir)]);
		expect(readdirSync(out())).toEqual([OUTPUT_MARKER]);
	});
});

describe('stagingDirs', () => {
	it("stages a build beside an output folder in the project, and in the project's .astro/ for one outside it, each build its own", () => {
		const root = join(parent, 'project');
		expect(stagingDirs(join(root, 'dist'), 41, root)).toEqual({
			building: join(root, '.dist-building-41'),
			previous: join(root, '.dist-previous-41'),
		});
		// Astro would stage both of these in the one .astro/.prerender; inside the project each has its own.
		expect(stagingDirs(join(parent, 'site'), 41, root)).toEqual({
			building: join(root, '.astro', '.site-building-41'),
			previous: join(parent, '.site-previous-41'),
		});
		expect(stagingDirs(join(parent, 'site'), 42, root).building).toBe(
			join(root, '.astro', '.site-building-42'),
		);
	});

	it("removes a killed build's leftovers from the project's .astro/ too", () => {
		const root = join(parent, 'project');
		write(join(root, '.astro', '.site-building-999999999'), 'half');
		write(join(root, '.astro', '.other-building-999999999'), 'not ours');
		expect(removeLeftovers(join(parent, 'site'), root)).toEqual([]);
		expect(readdirSync(join(root, '.astro'))).toEqual(['.other-building-999999999']);
	});
});
