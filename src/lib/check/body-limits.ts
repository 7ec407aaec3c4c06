import type { Nodes } from 'mdast';
import { controlCharacter } from '../../schemas/text.ts';

/**
 * Limits on an article body that keep the check and the build from running out of stack: every
 * walk over a body tree is bounded by its depth, and a 6 kB file of `> > > …` is 2,500 levels deep.
 */

/** How deep lists, quotations, emphasis, links and elements may nest in a body: far above any summary. */
export const MAX_BODY_NESTING = 32;

/** Node types that nest in a body, as satteri's Markdown tree names them; the rest add a level at most once each. */
const NESTING = new Set([
	'list',
	'blockquote',
	'emphasis',
	'strong',
	'delete',
	'link',
	'linkReference',
	'footnoteDefinition',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
]);

const childrenOf = (node: Nodes): Nodes[] => ('children' in node ? node.children : []);

/** The deepest nesting of `root` and the line it starts on, walked without recursion. */
export function deepestNesting(root: Nodes): { depth: number; line: number } {
	let deepest = { depth: 0, line: 1 };
	const stack: [Nodes, number][] = [[root, 0]];
	for (let item = stack.pop(); item; item = stack.pop()) {
		const [node, above] = item;
		const depth = above + (NESTING.has(node.type) ? 1 : 0);
		if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line ?? 1 };
		for (const child of childrenOf(node)) stack.push([child, depth]);
	}
	return deepest;
}

/** How many levels deep any tree goes, walked without recursion: the renderer's own guard. */
export function treeDepth(root: Nodes): number {
	let deepest = 0;
	const stack: [Nodes, number][] = [[root, 0]];
	for (let item = stack.pop(); item; item = stack.pop()) {
		deepest = Math.max(deepest, item[1]);
		for (const child of childrenOf(item[0])) stack.push([child, item[1] + 1]);
	}
	return deepest;
}

/** Why the body nests too deep, or undefined. */
export function nestingProblem(root: Nodes): { line: number; message: string } | undefined {
	const { depth, line } = deepestNesting(root);
	if (depth <= MAX_BODY_NESTING) return undefined;
	return {
		line,
		message: `expected lists, quotations, emphasis and elements nested at most ${MAX_BODY_NESTING} levels deep, found ${depth} levels; flatten the structure`,
	};
}

/**
 * Invisible control and direction characters in a body, one problem a line (at most 10), as the
 * frontmatter refuses them. Tab, line feed and a carriage return before a line feed are Markdown's own.
 */
export function controlProblems(body: string): { line: number; message: string }[] {
	const problems: { line: number; message: string }[] = [];
	const lines = body.split('\n');
	for (let i = 0; i < lines.length && problems.length < 10; i++) {
		const found = controlCharacter(lines[i].replace(/\r$/, ''));
		if (found)
			problems.push({
				line: i + 1,
				message: `expected text without control or direction characters, found ${found.codePoint} after ${found.before}; retype that part`,
			});
	}
	return problems;
}
