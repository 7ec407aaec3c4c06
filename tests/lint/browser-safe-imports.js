import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import ts from 'typescript';

// Browser code must not reach Node's built-in modules, directly or through a module it imports:
// `no-restricted-imports` sees only the file it lints, so this rule follows relative imports.
// Type-only imports are erased by the bundler and are not followed.

const BUILTINS = new Set(builtinModules);

/** Whether an import specifier names one of Node's built-in modules (`node:fs`, `path`). */
export function isNodeBuiltin(specifier) {
	return specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]);
}

/** The value imports of a module's source: specifiers of imports and re-exports that survive. */
function valueImports(file, text) {
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
	const specifiers = [];
	for (const statement of source.statements) {
		const isImport = ts.isImportDeclaration(statement);
		if (!isImport && !ts.isExportDeclaration(statement)) continue;
		if (!statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
		const typeOnly = isImport
			? statement.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword
			: statement.isTypeOnly;
		if (!typeOnly) specifiers.push(statement.moduleSpecifier.text);
	}
	return specifiers;
}

const cache = new Map();

/** The files after `file` on the way to the first Node built-in it reaches, then the built-in. */
function chainToBuiltin(file, seen = new Set()) {
	if (cache.has(file)) return cache.get(file);
	if (seen.has(file) || !existsSync(file)) return undefined;
	seen.add(file);
	let chain;
	for (const specifier of valueImports(file, readFileSync(file, 'utf8'))) {
		if (isNodeBuiltin(specifier)) chain = [specifier];
		else if (specifier.startsWith('.')) {
			const next = chainToBuiltin(resolve(dirname(file), specifier), seen);
			if (next) chain = [resolve(dirname(file), specifier), ...next];
		}
		if (chain) break;
	}
	cache.set(file, chain);
	return chain;
}

/** The folder a linted file's relative imports start from (a component's script is virtual). */
function folderOf(filename) {
	const astro = filename.lastIndexOf('.astro/');
	return dirname(astro === -1 ? filename : filename.slice(0, astro + '.astro'.length));
}

/**
 * Whether an import or re-export is erased by the bundler (`import type`, `export type`): the
 * TypeScript parser adds these fields to the standard nodes.
 * @param {object} node
 */
const isTypeOnly = (node) =>
	('importKind' in node && node.importKind === 'type') ||
	('exportKind' in node && node.exportKind === 'type');

/** @type {import('eslint').Rule.RuleModule} */
export const browserSafeImports = {
	meta: {
		type: 'problem',
		docs: { description: 'Browser code never imports a Node built-in, directly or indirectly.' },
		messages: {
			direct: 'Browser code imports the Node built-in "{{specifier}}", which no browser has.',
			indirect: 'Browser code imports "{{specifier}}", which reaches a Node built-in: {{chain}}.',
		},
		schema: [],
	},
	create(context) {
		const check = (node, specifier, typeOnly) => {
			if (typeof specifier !== 'string' || typeOnly) return;
			if (isNodeBuiltin(specifier)) {
				context.report({ node, messageId: 'direct', data: { specifier } });
				return;
			}
			if (!specifier.startsWith('.')) return;
			const target = resolve(folderOf(context.filename), specifier);
			const chain = chainToBuiltin(target);
			if (chain) {
				const data = {
					specifier,
					chain: [target, ...chain]
						.map((step) => (isAbsolute(step) ? relative(context.cwd, step) : step))
						.join(' -> '),
				};
				context.report({ node, messageId: 'indirect', data });
			}
		};
		return {
			ImportDeclaration: (node) => check(node.source, node.source.value, isTypeOnly(node)),
			ExportNamedDeclaration: (node) => check(node.source, node.source?.value, isTypeOnly(node)),
			ExportAllDeclaration: (node) => check(node.source, node.source.value, isTypeOnly(node)),
			ImportExpression: (node) =>
				node.source.type === 'Literal' && check(node.source, node.source.value, false),
		};
	},
};
