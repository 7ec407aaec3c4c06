import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicOutput, stagingDirs, swapIn } from '../../../src/integrations/atomic-output.ts';

let parent = '';
const write = (dir: string, text: string) => {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'index.html'), text);
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
		expect(() => swapIn(building, out, previous)).toThrow(/ENOENT/);
		expect(read(out)).toBe('old');
		expect(readdirSync(parent)).toEqual(['dist']);
	});
});

describe('atomicOutput', () => {
	type Hooks = Record<string, (options: Record<string, unknown>) => void>;
	const hooks = () => atomicOutput().hooks as unknown as Hooks;
	const logger = { info: () => {} };

	it('sends a build to a hidden folder beside the output and swaps it in when the build is done', () => {
		const out = join(parent, 'dist');
		write(out, 'old');
		const integration = hooks();
		let updated: { outDir: URL; build: { client: URL; server: URL } } | undefined;
		integration['astro:config:setup']({ command: 'build', config: { outDir: pathToFileURL(`${out}/`) }, updateConfig: (c: typeof updated) => (updated = c) });
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
		hooks()['astro:config:setup']({ command: 'dev', config: { outDir: pathToFileURL(`${out}/`) }, updateConfig: () => (updated = true) });
		expect(updated).toBe(false);
		expect(readdirSync(parent).length).toBe(2);
		hooks()['astro:config:setup']({ command: 'build', config: { outDir: pathToFileURL(`${out}/`) }, updateConfig: () => {} });
		expect(readdirSync(parent)).toEqual([]);
	});
});
