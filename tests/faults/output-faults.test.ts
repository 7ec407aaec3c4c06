import { type ChildProcess, spawn } from 'node:child_process';
import {
	cpSync,
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
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTPUT_MARKER } from '../../src/build/output-folder.ts';
import { makeDeletable, makeUndeletable } from '../unit/cases/undeletable.ts';
import { FIXTURE } from '../unit/cases/content-cases.ts';
import { ROOT } from '../setup/paths.ts';

// Real builds in a temporary copy of the project (its sources, the fixture as content/, node_modules
// linked), so a refusal that failed could only ever harm the copy. One output folder, in order: a
// good build, then each fault, each ending with the last good site whole.

const project = mkdtempSync(join(tmpdir(), 'ed-project-'));
for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
	cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
cpSync(FIXTURE, join(project, 'content'), { recursive: true });
cpSync(join(ROOT, 'tests/fixtures/failing-page'), join(project, 'tests/fixtures/failing-page'), {
	recursive: true,
});
symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
const dist = join(project, 'dist');
afterAll(() => rmSync(project, { recursive: true, force: true }));

type Result = { status: number | null; signal: NodeJS.Signals | null; output: string };

/** Runs `npm run build`'s script (Astro, then the search index) in the copy; `onOutput` may kill it. */
function build(
	env: Record<string, string> = {},
	args: string[] = [],
	onOutput?: (text: string, child: ChildProcess) => void,
): Promise<Result> {
	// Its own process group, so that a kill reaches Astro or the index step running under it.
	const child = spawn(process.execPath, [join(project, 'src/build/build.ts'), ...args], {
		cwd: project,
		// Its own Astro cache: node_modules is the project's, and other test files build at the same time.
		env: {
			...process.env,
			OUT_DIR: dist,
			ASTRO_CACHE_DIR: join(project, '.astro', 'cache'),
			...env,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	child.kill = ((signal?: NodeJS.Signals) =>
		process.kill(-child.pid!, signal)) as ChildProcess['kill'];
	// Colour codes stripped: CI may set FORCE_COLOR, and Astro then colours "[build] Complete!".
	let raw = '';
	const plain = () => stripVTControlCharacters(raw);
	const take = (chunk: Buffer) => {
		raw += chunk.toString();
		onOutput?.(plain(), child);
	};
	child.stdout.on('data', take);
	child.stderr.on('data', take);
	return new Promise((resolve) =>
		child.once('close', (status, signal) => resolve({ status, signal, output: plain() })),
	);
}

/** The copy's files outside dist/ and .astro/, as path -> text, to show a refused build touched nothing. */
function projectFiles(dir = project, prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(prefix, entry.name);
		if (['node_modules', 'dist', '.astro'].includes(path) || entry.name.startsWith('.dist'))
			return [];
		return entry.isDirectory() ? projectFiles(join(dir, entry.name), path) : [path];
	});
}
const title = () =>
	/<h1>([^<]*)<\/h1>/.exec(
		readFileSync(join(dist, 'articles/tiny-summary/index.html'), 'utf8'),
	)?.[1];
const setTitle = (text: string) => {
	const file = join(project, 'content/articles/tiny-summary.mdx');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${text}`));
};
const leftovers = () => readdirSync(project).filter((name) => name.startsWith('.dist'));

// Generous: each test is one to three real builds on a machine that may be running four other suites.
describe('the output folder, built for real', { timeout: 300_000 }, () => {
	it('builds the copy, leaving the marker that lets the next build replace it', async () => {
		const result = await build();
		expect(result.status, result.output).toBe(0);
		expect(existsSync(join(dist, OUTPUT_MARKER))).toBe(true);
		expect(title()).toBe('A tiny summary for tests');
	});

	it.each([
		[
			'the project itself',
			'.',
			/OUT_DIR: expected an output folder outside the project's sources, such as \.\/dist, found ".*", the project folder itself/,
		],
		[
			'a folder that holds the project',
			'..',
			/OUT_DIR: expected an output folder outside the project's sources, such as \.\/dist, found ".*", a folder that holds the project/,
		],
		[
			'a folder inside src/',
			'src/site',
			/OUT_DIR: expected an output folder outside src\/, found ".*\/src\/site"/,
		],
		[
			'a folder inside content/',
			'content/site',
			/OUT_DIR: expected an output folder outside content\/, found ".*\/content\/site"/,
		],
	])('refuses %s, says why, exits non-zero and moves nothing', async (_name, outDir, message) => {
		const before = projectFiles();
		const result = await build({ OUT_DIR: outDir });
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(message);
		expect(result.output).not.toMatch(/Stack trace| {4}at /);
		expect(projectFiles()).toEqual(before);
		expect(title()).toBe('A tiny summary for tests');
	});

	it('refuses a folder of files no build wrote, and leaves them', async () => {
		const mine = join(project, 'mine');
		mkdirSync(mine);
		writeFileSync(join(mine, 'notes.txt'), 'keep me');
		const result = await build({ OUT_DIR: mine });
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('which holds 1 other entry: "notes.txt"');
		expect(readdirSync(mine)).toEqual(['notes.txt']);
	});

	it('refuses an output folder that holds the content folder, and leaves the content', async () => {
		const site = join(project, 'out/site');
		cpSync(FIXTURE, join(site, 'content'), { recursive: true });
		writeFileSync(join(site, OUTPUT_MARKER), '');
		const result = await build({ OUT_DIR: 'out/site', CONTENT_DIR: 'out/site/content' });
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(
			`OUT_DIR: expected an output folder that holds none of the build's input, found "${site}", which holds the content folder CONTENT_DIR "${join(site, 'content')}"`,
		);
		expect(readdirSync(join(site, 'content')).sort()).toEqual(readdirSync(FIXTURE).sort());
		rmSync(join(project, 'out'), { recursive: true });
	});

	it('stops a second build while another holds the folder, naming its process, and moves nothing', async () => {
		// Another build, as the lock sees it: a running process whose id is in the lock file. (Two real
		// builds race: the second may start after the first has finished on a fast machine.)
		const holder = spawn('sleep', ['60']);
		writeFileSync(join(project, '.dist.lock'), String(holder.pid));
		try {
			const result = await build();
			expect(result.status).not.toBe(0);
			expect(result.output).toContain(
				`OUT_DIR: expected no other build writing to "${dist}", found one running (process ${holder.pid}); wait for it to finish`,
			);
			expect(result.output).not.toMatch(/Stack trace| {4}at /);
			expect(title()).toBe('A tiny summary for tests');
		} finally {
			holder.kill();
			rmSync(join(project, '.dist.lock'), { force: true });
		}
	});

	it('leaves the last good site when a page throws while rendering, and names the page', async () => {
		setTitle('A title the failed build must not publish');
		const result = await build({}, ['--config', 'tests/fixtures/failing-page/astro.config.mjs']);
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('/zz-failing-page');
		// Other pages were written before the failure: only the staging folder kept them from the site.
		expect(title()).toBe('A tiny summary for tests');
		expect(leftovers()).toEqual([]);
	});

	// The next build after the killed one also shows that a build keeps what a person added to the
	// output folder: one real build for both, since each costs seconds of a saturated test run.
	it("leaves the last good site when killed while indexing; the next build clears what the killed one left and keeps what a person added (a CNAME, a deploy repository's .git), and says so", async () => {
		// The copy's index step is held until killed: killing on Astro's last line raced a tiny
		// fixture's index step, which could finish before a busy test process read that line.
		const indexStep = join(project, 'src/build/search-index.ts');
		const realStep = readFileSync(indexStep, 'utf8');
		writeFileSync(
			indexStep,
			`console.log('index step held');\nawait new Promise((r) => setTimeout(r, 120_000));\n${realStep}`,
		);
		let killed: Result;
		try {
			killed = await build({}, [], (text, child) => {
				if (text.includes('index step held')) child.kill('SIGKILL');
			});
		} finally {
			writeFileSync(indexStep, realStep);
		}
		expect(killed.signal, killed.output).toBe('SIGKILL');
		expect(killed.output).toContain('[build] Complete!');
		expect(killed.output).not.toContain('search index:');
		expect(title()).toBe('A tiny summary for tests');
		expect(leftovers().some((name) => name.startsWith('.dist-building-'))).toBe(true);
		writeFileSync(join(dist, 'CNAME'), 'digest.example.org\n');
		mkdirSync(join(dist, '.git'));
		writeFileSync(join(dist, '.git/HEAD'), 'ref: refs/heads/main\n');
		// Removed whatever happens, so that the tests after it start from an output folder without them.
		try {
			const next = await build();
			expect(next.status, next.output).toBe(0);
			expect(title(), next.output).toBe('A title the failed build must not publish');
			expect(leftovers()).toEqual([]);
			expect(next.output).toContain(
				`kept what the build did not write in ${dist}: ".git", "CNAME"`,
			);
			expect(readFileSync(join(dist, 'CNAME'), 'utf8')).toBe('digest.example.org\n');
			expect(readFileSync(join(dist, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
		} finally {
			rmSync(join(dist, 'CNAME'), { force: true });
			rmSync(join(dist, '.git'), { recursive: true, force: true });
		}
	});

	it('stops with one line and keeps the site when the content folder is missing', async () => {
		const result = await build({ CONTENT_DIR: join(project, 'no-such-content') });
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(
			/no-such-content\n {2}expected the content folder, found nothing there\n/,
		);
		expect(result.output).not.toMatch(/Stack trace| {4}at /);
		expect(title()).toBe('A title the failed build must not publish');
	});

	it('puts the new site in place over an old file it cannot delete, warns, and builds again once it can', async () => {
		const locked = join(dist, '404.html');
		makeUndeletable(locked);
		setTitle('After the read-only file');
		let result: Result;
		try {
			result = await build();
		} finally {
			const previous = leftovers().find((name) => name.startsWith('.dist-previous-'));
			makeDeletable(previous ? join(project, previous, '404.html') : locked);
		}
		expect(result.status, result.output).toBe(0);
		expect(result.output).toMatch(
			/the new site is in place; the old one is left beside it: could not remove ".*\.dist-previous-\d+" \(E(?:PERM|ACCES): a file in it is read-only or immutable\)/,
		);
		expect(title()).toBe('After the read-only file');
		const next = await build();
		expect(next.status, next.output).toBe(0);
		expect(leftovers()).toEqual([]);
	});
});
