import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A comment that names a file sends the reader to it; once the file is renamed or gone, the comment
// misleads. Every path-like mention of a .ts, .astro, .mjs or .js file in a comment under src/ and
// tests/ must name a file that exists: in this repository, or in an installed package
// (`astro/dist/core/build/common.js`).
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Files of other projects that comments name on purpose, and whose they are. */
const OUTSIDE: Record<string, string> = {
	'integrations/pagefind.ts': "Starlight's Pagefind integration, the model for ours",
	'pagefind.js': 'the script Pagefind writes into the built site',
};

// Not after a colon or a quote, so an address or a string that holds a comment is not read as one.
const COMMENT = /(?<![:\\'"`])(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->)/g;
const MENTION =
	/(?<![\w./@-])((?:\.{1,2}\/|[\w@.[\]-]+\/)*[\w.[\]-]+\.(?:ts|astro|mjs|js))(?![\w/])/g;

/** The repository's files under src/ and tests/, as paths from the root. */
function repositoryFiles(): string[] {
	return ['src', 'tests'].flatMap((folder) =>
		readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
			.map((path) => `${folder}/${path}`)
			.filter((path) => !path.startsWith('tests/.tmp/')),
	);
}

/** The mentions of files in `text`'s comments that name no file in `files` nor a package's. */
export function staleMentions(file: string, text: string, files: string[]): string[] {
	const mentions = (text.match(COMMENT) ?? []).flatMap((comment) =>
		[...comment.matchAll(MENTION)].map(([, mention]) => mention),
	);
	return mentions.filter((mention) => {
		if (mention in OUTSIDE) return false;
		if (mention.startsWith('.')) return !files.includes(normalize(join(dirname(file), mention)));
		if (files.some((path) => path === mention || path.endsWith(`/${mention}`))) return false;
		return !existsSync(join(ROOT, 'node_modules', mention));
	});
}

describe('comments', () => {
	it('name only files that exist', () => {
		const files = repositoryFiles();
		const sources = files.filter(
			(path) => /\.(ts|astro|mjs|js)$/.test(path) && !path.startsWith('tests/fixtures/'),
		);
		expect(sources.length).toBeGreaterThan(200);
		const stale = sources.flatMap((file) =>
			staleMentions(file, readFileSync(join(ROOT, file), 'utf8'), files).map(
				(mention) => `${file}: ${mention}`,
			),
		);
		expect(stale).toEqual([]);
	});

	it('finds a renamed file in a line comment, a block comment and an HTML comment', () => {
		const files = ['src/lib/render/render-body.ts', 'src/lib/check/body-rules.ts'];
		const text = [
			'// rendered by article-body.ts, checked by lib/check/body-rules.ts',
			'/** See ../check/gone.ts and ./render-body.ts. */',
			'<!-- lib/search/claim-records.ts --> const a = "https://example.org/x.js";',
			'// Astro stages builds here (astro/dist/core/build/common.js); Starlight: integrations/pagefind.ts',
		].join('\n');
		expect(staleMentions('src/lib/render/x.ts', text, files)).toEqual([
			'article-body.ts',
			'../check/gone.ts',
			'lib/search/claim-records.ts',
		]);
	});
});
