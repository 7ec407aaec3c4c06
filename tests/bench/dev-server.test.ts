import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDevServer, retitled } from './dev-server.ts';

describe('the edit the dev bench makes', () => {
	const file = 'articles/a.mdx';

	it('replaces the top-level title and leaves nested titles and the body alone', () => {
		const text = '---\ntitle: Old one\nsource:\n  title: Kept\n---\n\ntitle: body text\n';
		expect(retitled(text, 'Summary Edited1', file)).toBe(
			'---\ntitle: "Summary Edited1"\nsource:\n  title: Kept\n---\n\ntitle: body text\n',
		);
	});

	it('replaces a long title folded over several lines whole', () => {
		const text = '---\ntitle: >-\n  A long title that\n  goes on\ndescription: D\n---\n';
		expect(retitled(text, 'New', file)).toBe('---\ntitle: "New"\ndescription: D\n---\n');
	});

	it('stops, naming the file, when there is no title to edit', () => {
		expect(() => retitled('---\nsource:\n  title: x\n---\n', 'New', file)).toThrow(
			'articles/a.mdx: expected a top-level "title:" line to edit',
		);
	});
});

describe('one dev bench per project at a time', () => {
	it('stops before starting a server when another bench holds the project, naming it', async () => {
		const root = mkdtempSync(join(tmpdir(), 'ed-bench-dev-lock-'));
		mkdirSync(join(root, '.astro'));
		// This very process is running, so its id stands for a bench still at work.
		writeFileSync(join(root, '.astro', 'bench-dev.lock'), String(process.pid));
		writeFileSync(join(root, 'a.mdx'), '---\ntitle: A\n---\n');
		const said: string[] = [];
		await expect(
			measureDevServer(
				{ root, env: {}, articleFile: () => join(root, 'a.mdx') },
				{
					articleId: 'a',
					edits: 1,
					log: join(root, 'log'),
					cacheDir: root,
					say: (m) => said.push(m),
				},
			),
		).rejects.toThrow(`Another bench (pid ${process.pid}) runs a dev server in ${root}`);
		expect(said).toEqual([]);
		rmSync(root, { recursive: true, force: true });
	});
});
