import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { browserSafeImports } from './browser-safe-imports.js';

// The linter that `npm test` runs (`npm run lint`). It lives under tests/ because the top level of
// the repository is fixed; `--config` points at it. Besides the recommended rules it enforces the
// style guide's import boundaries: data flows schemas -> lib -> components, layouts and pages,
// and code that runs in the browser never reaches Node's built-in modules.

/** Files that run in the browser: the search client, the findings island and every client script. */
export const BROWSER_FILES = [
	'src/lib/search/client.ts',
	'src/lib/search/controller.ts',
	'src/lib/search/dialog.ts',
	'src/lib/search/loader.ts',
	'src/lib/search/render.ts',
	'src/lib/search/safe.ts',
	'src/lib/search/typed.ts',
	'src/lib/search/names.ts',
	'src/components/findings-island.ts',
	// eslint-plugin-astro hands each <script> of a component to the linter as a virtual file.
	'src/**/*.astro/*.ts',
	'src/**/*.astro/*.js',
];

// A relative import that climbs into a sibling folder: `../lib/…`, `../../components/…`.
const into = (folders) => `^(\\.\\.?/)+(.*/)?(${folders})/`;

export default defineConfig(
	{ ignores: ['dist/**', 'node_modules/**', 'tests/.tmp/**', 'tests/fixtures/**', '.astro/**'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs['flat/recommended'],
	{
		// Node's and the browser's: scripts, tests and client code run in one or the other.
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_` marks a parameter a callback signature demands but the body does not use.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},
	{
		files: ['src/schemas/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: into('lib'),
							message: 'A schema imports nothing from src/lib/ (data flows schemas -> lib).',
						},
					],
				},
			],
		},
	},
	{
		files: ['src/lib/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: into('components|layouts|pages'),
							message:
								'src/lib/ imports no component, layout or page (they read lib, not the reverse).',
						},
					],
				},
			],
		},
	},
	{
		files: BROWSER_FILES,
		plugins: { local: { rules: { 'browser-safe-imports': browserSafeImports } } },
		rules: { 'local/browser-safe-imports': 'error' },
	},
);
