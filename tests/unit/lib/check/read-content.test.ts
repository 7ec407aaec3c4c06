import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readContent } from '../../../../src/lib/check/read-content.ts';
import { displayPath } from '../../../../src/lib/check/collections.ts';
import { FIXTURE, brokenCopy, removeCopy } from '../../cases/content-cases.ts';

// Tests run as root, whom chmod does not stop from reading: the file system refuses here instead,
// for the paths in `denied`, the way it refuses a user without read or search permission.
const denied = new Map<string, 'readFileSync' | 'readdirSync' | 'statSync'>();
vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const guard =
		<A extends unknown[], R>(
			name: 'readFileSync' | 'readdirSync' | 'statSync',
			real: (...a: A) => R,
		) =>
		(...args: A): R => {
			if (denied.get(String(args[0]).replace(/\/$/, '')) === name)
				throw Object.assign(new Error(`EACCES: permission denied, open '${String(args[0])}'`), {
					code: 'EACCES',
				});
			return real(...args);
		};
	return {
		...fs,
		readFileSync: guard('readFileSync', fs.readFileSync),
		readdirSync: guard('readdirSync', fs.readdirSync),
		statSync: guard('statSync', fs.statSync),
		// As Node's: false for a path whose stat is refused, as for one that does not exist.
		existsSync: (path: string) =>
			denied.get(String(path).replace(/\/$/, '')) !== 'statSync' && fs.existsSync(path),
	};
});
afterEach(() => denied.clear());

const root = FIXTURE.replace(/\/$/, '');
const problems = () => readContent(root).problems.map((p) => `${p.file}: ${p.message}`);
const DENIED = 'permission denied (EACCES); let the user running the build read it';

describe('content the build is not allowed to read', () => {
	it('names an unreadable file and reads the rest', () => {
		const file = join(root, 'references/doe-2021.json');
		denied.set(file, 'readFileSync');
		expect(problems()).toEqual([
			`${displayPath(file)}: expected a file the build can read, found ${DENIED}`,
		]);
	});

	it('names an unreadable collection folder', () => {
		const folder = join(root, 'trials');
		denied.set(folder, 'readdirSync');
		expect(problems()).toEqual([
			`${displayPath(folder)}: expected a folder of .yaml files the build can read, found ${DENIED}`,
		]);
	});

	it('says permission denied for a link whose target it may not reach, not that the target is missing', () => {
		const dir = brokenCopy({
			name: 'a link to a guarded file',
			file: 'references/doe-2021.json',
			edit: (t) => t,
			make: (copy) =>
				symlinkSync(join(copy, 'references/doe-2021.json'), join(copy, 'references/guarded.json')),
			expected: [],
		});
		try {
			const link = join(dir, 'references/guarded.json');
			denied.set(link, 'statSync');
			expect(readContent(dir).problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
				`${displayPath(link)}: expected a file the build can read, found ${DENIED}`,
			]);
		} finally {
			removeCopy(dir);
		}
	});

	it.each([
		['an unreadable content folder', 'readdirSync'],
		['a content folder whose parent cannot be searched', 'statSync'],
	] as const)('says permission denied for %s, not "found nothing there"', (_name, call) => {
		denied.set(root, call);
		expect(problems()).toEqual([
			`${displayPath(root)}: expected the content folder the build can read, found ${DENIED}`,
		]);
	});
});
