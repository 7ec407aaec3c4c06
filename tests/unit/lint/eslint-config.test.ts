import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each rule of the lint config (tests/lint/eslint.config.js) fires on a small bad file: the files
// are written into a folder shaped like the repository, and linted with the real config.
const CONFIG = fileURLToPath(new URL('../../lint/eslint.config.js', import.meta.url));
const TMP = fileURLToPath(new URL('../../.tmp/', import.meta.url));

const FILES: Record<string, string> = {
	'src/lib/problems.ts': 'export const problems: string[] = [];\n',
	'src/lib/reads-disk.ts':
		"import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
	'src/lib/plain.ts':
		"import { problems } from './problems.ts';\nexport const count = problems.length;\n",
	'src/schemas/uses-lib.ts':
		"import { problems } from '../lib/problems.ts';\nexport const p = problems;\n",
	'src/schemas/uses-schema.ts': "import { p } from './uses-lib.ts';\nexport const q = p;\n",
	'src/lib/uses-component.ts':
		"import Card from '../components/Card.astro';\nexport const card = Card;\n",
	'src/lib/uses-layout.ts':
		"import type { Props } from '../layouts/Base.astro';\nexport type P = Props;\n",
	'src/lib/search/client.ts': "import { join } from 'node:path';\nexport const j = join;\n",
	'src/lib/search/render.ts':
		"import { read } from '../reads-disk.ts';\nimport { count } from '../plain.ts';\nexport const r = [read, count];\n",
	'src/lib/search/typed.ts':
		"import type { read } from '../reads-disk.ts';\nexport type R = typeof read;\n",
	'src/components/findings-island.ts': "import fs from 'fs';\nexport const f = fs;\n",
	'src/lib/search/index-html.ts': "import { join } from 'node:path';\nexport const j = join;\n",
	'src/components/Card.astro':
		"---\nexport const x = 1;\n---\n<p>{x}</p>\n<script>\n\timport { read } from '../lib/reads-disk.ts';\n\tconsole.log(read);\n</script>\n",
	'src/lib/unused.ts': 'const unused = 1;\nexport {};\n',
};

let messages: Map<string, string[]>;
let folder: string;

beforeAll(async () => {
	mkdirSync(TMP, { recursive: true });
	folder = mkdtempSync(join(TMP, 'lint-'));
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(folder, path)), { recursive: true });
		writeFileSync(join(folder, path), text);
	}
	const results = await new ESLint({ cwd: folder, overrideConfigFile: CONFIG }).lintFiles(['.']);
	messages = new Map(
		results.map((result) => [
			result.filePath.slice(folder.length + 1),
			result.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`),
		]),
	);
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the lint config', () => {
	it('refuses an import from src/lib in a schema, and allows one schema to import another', () => {
		expect(messages.get('src/schemas/uses-lib.ts')).toEqual([
			"no-restricted-imports: '../lib/problems.ts' import is restricted from being used by a pattern. A schema imports nothing from src/lib/ (data flows schemas -> lib).",
		]);
		expect(messages.get('src/schemas/uses-schema.ts')).toEqual([]);
	});

	it('refuses a component or layout in src/lib, type imports included', () => {
		expect(messages.get('src/lib/uses-component.ts')).toEqual([
			"no-restricted-imports: '../components/Card.astro' import is restricted from being used by a pattern. src/lib/ imports no component, layout or page (they read lib, not the reverse).",
		]);
		expect(messages.get('src/lib/uses-layout.ts')).toHaveLength(1);
		expect(messages.get('src/lib/plain.ts')).toEqual([]);
	});

	it('refuses a Node built-in imported by browser code, with or without node:', () => {
		expect(messages.get('src/lib/search/client.ts')).toEqual([
			'local/browser-safe-imports: Browser code imports the Node built-in "node:path", which no browser has.',
		]);
		expect(messages.get('src/components/findings-island.ts')).toEqual([
			'local/browser-safe-imports: Browser code imports the Node built-in "fs", which no browser has.',
		]);
		// Server-side modules of the same folder may use Node.
		expect(messages.get('src/lib/search/index-html.ts')).toEqual([]);
	});

	it('refuses a module that reaches a Node built-in from browser code, but not a type import', () => {
		expect(messages.get('src/lib/search/render.ts')).toEqual([
			'local/browser-safe-imports: Browser code imports "../reads-disk.ts", which reaches a Node built-in: src/lib/reads-disk.ts -> node:fs.',
		]);
		expect(messages.get('src/lib/search/typed.ts')).toEqual([]);
	});

	it("lints a component's script as browser code, and its frontmatter with the Astro rules", () => {
		expect(messages.get('src/components/Card.astro')).toEqual([
			'astro/no-exports-from-components: Exporting values from components is not allowed.',
			'local/browser-safe-imports: Browser code imports "../lib/reads-disk.ts", which reaches a Node built-in: src/lib/reads-disk.ts -> node:fs.',
		]);
	});

	it('runs the typescript-eslint recommended rules', () => {
		expect(messages.get('src/lib/unused.ts')).toEqual([
			"@typescript-eslint/no-unused-vars: 'unused' is assigned a value but never used. Allowed unused vars must match /^_/u.",
		]);
	});
});
