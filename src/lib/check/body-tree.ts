import type { Heading, Nodes, Root } from 'mdast';
import Slugger from 'github-slugger';
import { mdxToMdast } from 'satteri';

/**
 * The one parse of an article body. The checker parses each body here once and keeps the tree on
 * the article's entry; the renderer (lib/render/render-body.ts) turns that same tree into HTML, so
 * what the checker judged is what the page shows, and no body is parsed twice in a build.
 */

/** The options Astro's own Markdown processor passes to satteri (GFM and smart punctuation are on by default). */
export const BODY_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** A body as parsed: its Markdown tree, or why it is not valid MDX. */
export type ParsedBody =
	| { tree: Root; bodyError?: undefined }
	| { tree?: undefined; bodyError: { line: number; reason: string } };

/**
 * Parses an MDX body with satteri, the Rust parser Astro 7 renders MDX with. Lines count from the
 * body's first. The tree has node positions only when asked for them: they are half its memory, and
 * only a problem's line needs them (lib/check/cross-file-rules.ts parses a body with one again).
 */
export function parseBody(body: string, { positions = false } = {}): ParsedBody {
	try {
		return { tree: mdxToMdast(body, { features: BODY_FEATURES, position: positions }) as Root };
	} catch (error) {
		const [, line = '1', reason = String(error)] =
			/^(\d+):\d+: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec((error as Error).message) ?? [];
		return { bodyError: { line: Number(line), reason } };
	}
}

/** Calls `visit` on every node in document order, without recursion; `visit` returning false skips the node's children. */
export function visitInOrder(root: Nodes, visit: (node: Nodes) => boolean | void): void {
	const stack: Nodes[] = [root];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if (visit(node) === false || !('children' in node)) continue;
		for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
	}
}

/** A heading's anchor on the page: its level, the id its element gets, its text, and its line in the body. */
export interface HeadingAnchor {
	depth: number;
	slug: string;
	text: string;
	line: number;
}

/**
 * Gives every heading of `tree` the id the page shows it with, and lists them: github-slugger over
 * the heading's text as the page shows it, repeated titles numbered in page order, as Astro's own
 * processor does. The id goes into the node's `data.hProperties`, which mdast-util-to-hast writes
 * onto the element. The page puts footnotes last, in the order they are first referenced, so
 * headings inside footnotes are taken in that order too. The one home of heading slugs: the
 * checker's anchor clashes and the rendered ids cannot disagree.
 */
export function anchorHeadings(tree: Root): HeadingAnchor[] {
	const footnotes = new Map<string, Nodes>();
	const order: string[] = [];
	const headings: Heading[] = [];
	const walk = (root: Nodes) =>
		visitInOrder(root, (node) => {
			if (node.type === 'footnoteDefinition') {
				const id = node.identifier.toUpperCase();
				if (!footnotes.has(id)) footnotes.set(id, node);
				return false;
			}
			if (node.type === 'footnoteReference' && !order.includes(node.identifier.toUpperCase()))
				order.push(node.identifier.toUpperCase());
			if (node.type === 'heading') headings.push(node);
		});
	walk(tree);
	// A footnote's own references number the footnotes it leads to, so `order` grows as it is read.
	for (let i = 0; i < order.length; i++) {
		const footnote = footnotes.get(order[i]);
		if (footnote && 'children' in footnote) footnote.children.forEach(walk);
	}
	const slugger = new Slugger();
	return headings.map((node) => {
		const text = pageText(node, order);
		const anchor = slugger.slug(text);
		node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: anchor } };
		return { depth: node.depth, slug: anchor, text, line: node.position?.start.line ?? 1 };
	});
}

/** The text a heading shows: a line break is a newline, a footnote reference its number; expressions and images show none. */
function pageText(node: Nodes, footnoteOrder: string[]): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'break') return '\n';
	if (node.type === 'footnoteReference')
		return String(footnoteOrder.indexOf(node.identifier.toUpperCase()) + 1);
	return 'children' in node
		? node.children.map((child) => pageText(child, footnoteOrder)).join('')
		: '';
}
