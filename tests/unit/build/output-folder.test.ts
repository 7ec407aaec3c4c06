import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, lockPath, takeLock } from '../../../src/build/build-lock.ts';
import { OUTPUT_MARKER, outputFolderProblem } from '../../../src/build/output-folder.ts';

// A project folder with the folders a build must never replace, and output folders of every kind.
const top = mkdtempSync(join(tmpdir(), 'ed-out-'));
const project = join(top, 'project');
const content = join(top, 'elsewhere', 'content');
for (const dir of ['src', 'content', 'public', 'node_modules', 'dist', 'busy', 'ours', 'empty'])
	mkdirSync(join(project, dir), { recursive: true });
mkdirSync(content, { recursive: true });
writeFileSync(join(project, 'busy', 'notes.txt'), 'mine');
writeFileSync(join(project, 'ours', OUTPUT_MARKER), '');
writeFileSync(join(project, 'ours', 'index.html'), 'old site');
writeFileSync(join(project, 'a-file'), 'x');
symlinkSync(project, join(top, 'link-to-project'));
afterAll(() => rmSync(top, { recursive: true, force: true }));

const problem = (outDir: string) => outputFolderProblem(outDir, project, content);

describe('outputFolderProblem', () => {
	it.each([
		[
			'the project itself',
			project,
			`OUT_DIR: expected an output folder outside the project's sources, such as ./dist, found "${project}", the project folder itself; the build replaces its output folder whole`,
		],
		[
			'a folder that holds the project',
			top,
			`OUT_DIR: expected an output folder outside the project's sources, such as ./dist, found "${top}", a folder that holds the project (${project}); the build replaces its output folder whole`,
		],
		[
			'a symlink to the project',
			join(top, 'link-to-project'),
			`OUT_DIR: expected an output folder outside the project's sources, such as ./dist, found "${join(top, 'link-to-project')}", the project folder itself; the build replaces its output folder whole`,
		],
		[
			'a folder inside src/',
			join(project, 'src', 'site'),
			`OUT_DIR: expected an output folder outside src/, found "${join(project, 'src', 'site')}"; the build replaces its output folder whole`,
		],
		[
			'content/ itself',
			join(project, 'content'),
			`OUT_DIR: expected an output folder outside content/, found "${join(project, 'content')}"; the build replaces its output folder whole`,
		],
		[
			'a folder inside public/',
			join(project, 'public', 'x'),
			`OUT_DIR: expected an output folder outside public/, found "${join(project, 'public', 'x')}"; the build replaces its output folder whole`,
		],
		[
			'a folder inside node_modules/',
			join(project, 'node_modules', '.cache', 'x'),
			`OUT_DIR: expected an output folder outside node_modules/, found "${join(project, 'node_modules', '.cache', 'x')}"; the build replaces its output folder whole`,
		],
		[
			'the CONTENT_DIR folder elsewhere',
			join(content, 'articles'),
			`OUT_DIR: expected an output folder outside ${content}/, found "${join(content, 'articles')}"; the build replaces its output folder whole`,
		],
		[
			'a folder that holds the CONTENT_DIR folder',
			join(top, 'elsewhere'),
			`OUT_DIR: expected an output folder that holds none of the build's input, found "${join(top, 'elsewhere')}", which holds the content folder CONTENT_DIR "${content}"; the build replaces its output folder whole, so move the content out or choose another OUT_DIR`,
		],
		[
			'the CONTENT_DIR folder itself',
			content,
			`OUT_DIR: expected an output folder that holds none of the build's input, found "${content}", which holds the content folder CONTENT_DIR "${content}"; the build replaces its output folder whole, so move the content out or choose another OUT_DIR`,
		],
		[
			'a file',
			join(project, 'a-file'),
			`OUT_DIR: expected a folder, found "${join(project, 'a-file')}", which is a file; remove it or choose another folder`,
		],
		[
			'a folder of files no build wrote',
			join(project, 'busy'),
			`OUT_DIR: expected an empty folder or one an earlier build wrote (it has a ${OUTPUT_MARKER} file), found "${join(project, 'busy')}", which holds 1 other entry: "notes.txt"; empty or remove it, or choose another folder (once a build has written it, files you add to it are kept)`,
		],
	])('refuses %s', (_name, outDir, message) => {
		expect(problem(outDir)).toBe(message);
	});

	it.each([
		['a folder that does not exist yet', join(project, 'new-dist')],
		['an empty folder', join(project, 'empty')],
		['an earlier build', join(project, 'ours')],
		['a folder outside the project', join(top, 'site')],
	])('accepts %s', (_name, outDir) => {
		expect(problem(outDir)).toBeUndefined();
	});

	it('refuses a folder outside the project on another file system, where Astro moves files across with EXDEV', () => {
		const device = (path: string) => (path.startsWith(project) ? 1 : 2);
		expect(outputFolderProblem(join(top, 'site'), project, content, device)).toBe(
			`OUT_DIR: expected a folder on the same file system as the project, found "${join(top, 'site')}", which is on another; build into ./dist and copy it`,
		);
	});
});

describe('takeLock', () => {
	const out = join(top, 'locked-dist');

	it('stops a second build while the first runs, naming its process', () => {
		const release = takeLock(out, process.pid);
		try {
			// The test runner's parent is a process that is surely running.
			expect(isRunning(process.ppid)).toBe(true);
			expect(() => takeLock(out, process.ppid)).toThrow(
				`OUT_DIR: expected no other build writing to "${out}", found one running (process ${process.pid}); wait for it to finish, or build into another OUT_DIR`,
			);
		} finally {
			release();
		}
		expect(() => rmSync(lockPath(out))).toThrow(/ENOENT/);
	});

	it('takes over the lock of a build that was killed', () => {
		writeFileSync(lockPath(out), '999999999');
		const release = takeLock(out, process.pid);
		release();
		expect(() => rmSync(lockPath(out))).toThrow(/ENOENT/);
	});
});

describe('takeLock on a first build', () => {
	it('creates the parent folder of an output folder that does not exist yet', () => {
		const out = join(top, 'not', 'yet', 'dist');
		takeLock(out, process.pid)();
		expect(readdirSync(join(top, 'not', 'yet'))).toEqual([]);
	});
});
