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
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	atomicOutput,
	removeLeftovers,
	stagingDirs,
	swapIn,
} from '../../../src/integrations/atomic-output.ts';
import { lockPath } from '../../../src/integrations/build-lock.ts';
import { OUTPUT_MARKER } from '../../../src/integrations/output-folder.ts';
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

describe('atomicOutput', () => {
	type Hooks = Record<string, (options: Record<string, unknown>) => void>;
	const hooks = () => atomicOutput().hooks as unknown as Hooks;
	const logger = {
		info: () => {},
		warn: (warning: string) => {
			throw new Error(`unexpected warning: ${warning}`);
		},
	};

	it('sends a build to a hidden staging folder and swaps it in when the build is done', () => {
		const out = join(parent, 'dist');
		write(out, 'old');
		const integration = hooks();
		let updated: { outDir: URL; build: { client: URL; server: URL } } | undefined;
		integration['astro:config:setup']({
			command: 'build',
			config: { outDir: pathToFileURL(`${out}/`) },
			updateConfig: (c: typeof updated) => (updated = c),
		});
		const { building } = stagingDirs(out);
		expect(updated?.outDir.href).toBe(pathToFileURL(`${building}/`).href);
		expect(updated?.build.client.href).toBe(pathToFileURL(`${building}/client/`).href);
		write(building, 'new');
		expect(read(out)).toBe('old');
		integration['astro:build:done']({ dir: updated!.outDir, logger });
		expect(read(out)).toBe('new');
		expect(existsSync(building)).toBe(false);
	});

	it('removes what a killed build left behind, and leaves the dev server alone', () => {
		const out = join(parent, 'dist');
		write(join(parent, '.dist-building-999999999'), 'half');
		write(join(parent, '.dist-previous-999999999'), 'old');
		let updated = false;
		hooks()['astro:config:setup']({
			command: 'dev',
			config: { outDir: pathToFileURL(`${out}/`) },
			updateConfig: () => (updated = true),
		});
		expect(updated).toBe(false);
		expect(readdirSync(parent).length).toBe(2);
		hooks()['astro:config:setup']({
			command: 'build',
			config: { outDir: pathToFileURL(`${out}/`) },
			updateConfig: () => {},
			logger,
		});
		// What is left is this build's own lock, released when the process exits.
		expect(readdirSync(parent)).toEqual(['.dist.lock']);
	});

	it('warns about a leftover it cannot remove and builds on', () => {
		const out = join(parent, 'dist');
		const stale = join(parent, '.dist-previous-999999999');
		write(join(stale, 'locked'), 'old');
		makeUndeletable(join(stale, 'locked', 'index.html'));
		const warnings: string[] = [];
		try {
			hooks()['astro:config:setup']({
				command: 'build',
				config: { outDir: pathToFileURL(`${out}/`) },
				updateConfig: () => {},
				logger: { warn: (w: string) => warnings.push(w) },
			});
			expect(warnings).toEqual([
				expect.stringMatching(
					/^could not remove ".*\/\.dist-previous-999999999" \(E(?:PERM|ACCES): /,
				),
			]);
		} finally {
			makeDeletable(join(stale, 'locked', 'index.html'));
		}
	});

	it('refuses, before anything is moved, an output folder that holds files no build wrote', () => {
		const out = join(parent, 'dist');
		mkdirSync(out);
		writeFileSync(join(out, 'notes.txt'), 'mine');
		let updated = false;
		const setup = () =>
			hooks()['astro:config:setup']({
				command: 'build',
				config: { outDir: pathToFileURL(`${out}/`) },
				updateConfig: () => (updated = true),
				logger,
			});
		expect(setup).toThrow(/^OUT_DIR: expected an empty folder or one an earlier build wrote/);
		expect(updated).toBe(false);
		expect(readdirSync(parent)).toEqual(['dist']);
		expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
	});

	it('leaves the marker file in the output it swaps in', () => {
		const out = join(parent, 'dist');
		const integration = hooks();
		let updated: { outDir: URL } | undefined;
		integration['astro:config:setup']({
			command: 'build',
			config: { outDir: pathToFileURL(`${out}/`) },
			updateConfig: (c: typeof updated) => (updated = c),
			logger,
		});
		mkdirSync(stagingDirs(out).building);
		integration['astro:build:done']({ dir: updated!.outDir, logger });
		expect(readdirSync(out)).toEqual([OUTPUT_MARKER]);
		expect(existsSync(lockPath(out))).toBe(true);
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
