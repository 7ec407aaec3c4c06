import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { Root as BodyTree, Nodes as BodyNode } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { MAX_BODY_NESTING, treeDepth } from '../check/body-limits.ts';
import { anchorHeadings, parseBody } from '../check/body-tree.ts';

/**
 * Renders an article's MDX body to HTML during content sync, from the tree the content checker
 * parsed it into with satteri (lib/check/body-tree.ts, read once by lib/check/read-content.ts), the Rust parser Astro 7 renders MDX with.
 * Bodies are Markdown plus <Cite id="…" />; the checker rejects anything else before a build starts.
 * Rendering here instead of compiling each body to a JavaScript module (what @astrojs/mdx does) is
 * what keeps a build of thousands of summaries fast and small: see the README, "Where the time goes".
 *
 * A citation needs the formatted bibliography, which exists only once the references are loaded,
 * so the body keeps a marker for it (an element no Markdown text can produce: text is escaped) and
 * the article page puts the citation in with `insertCitations`.
 */

/** A heading of the body, as Astro lists them in `rendered.metadata.headings`. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface RenderedBody {
	html: string;
	headings: Heading[];
}

const CITE = /<evidence-cite id="([^"]*)"><\/evidence-cite>/g;
// MDX nodes mdast-util-to-hast keeps as they are (as @mdx-js/mdx has it do), for `prepare` to replace or drop.
const MDX_NODES: BodyNode['type'][] = [
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxjsEsm',
];
// A JSX comment {/* … */} renders nothing; the checker rejects every other expression.
const DROPPED = new Set(['mdxTextExpression', 'mdxFlowExpression', 'comment']);

/** Renders one MDX body from its text, for callers without the checked tree (the dev server's loader). */
export function renderBody(body: string, file: string): RenderedBody {
	const { tree, bodyError } = parseBody(body);
	if (bodyError)
		throw new Error(
			`${file}: body (line ${bodyError.line}): expected valid MDX, found a syntax error: ${bodyError.reason}; run npm run check`,
		);
	return renderBodyTree(tree, file);
}

/**
 * Renders the tree of one MDX body: the tree the checker kept on the article's entry, which a build
 * hands its article loader (which may then let it go; the tree gains its headings' ids). `file` names the article in errors. Headings get their ids from
 * `anchorHeadings`, the checker's own; mdast-util-to-hast turns Markdown into HTML's tree, as in
 * Astro's rehype pipeline, and hast-util-to-html writes it.
 */
export function renderBodyTree(tree: BodyTree, file: string): RenderedBody {
	// The check refuses a body nested past MAX_BODY_NESTING before a build renders anything; this
	// guard (each level is at most a few nodes) keeps a body that skipped it from overflowing the
	// stack below, in mdast-util-to-hast or hast-util-to-html, without naming the file.
	if (treeDepth(tree) > MAX_BODY_NESTING * 4)
		throw new Error(
			`${file}: body: expected lists, quotations and elements nested at most ${MAX_BODY_NESTING} levels deep; run npm run check`,
		);
	const headings = anchorHeadings(tree).map(({ depth, slug, text }) => ({ depth, slug, text }));
	const root = prepare(toHast(tree, { passThrough: MDX_NODES }), file);
	// Named references (&amp;, &lt;) keep the HTML as readable as the Markdown it came from.
	return {
		html: toHtml(root as Root, { characterReferences: { useNamedReferences: true } }),
		headings,
	};
}

/** Replaces each <Cite> by its marker, drops comments, and refuses any node Markdown does not make. */
function prepare(node: Nodes, file: string): Nodes {
	if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement')
		return citeMarker(node, file);
	if (node.type === 'element') alignAsStyle(node);
	else if (node.type !== 'root' && node.type !== 'text') {
		throw new Error(
			`${file}: body: expected Markdown and <Cite id="reference-id" /> only, found a ${node.type} node; run npm run check`,
		);
	}
	if ('children' in node)
		node.children = node.children
			.filter((child) => !DROPPED.has(child.type))
			.map((child) => prepare(child, file) as ElementContent);
	return node;
}

/** A table column's alignment as satteri writes it, a style, where mdast-util-to-hast writes the old `align` attribute. */
function alignAsStyle(node: Element): void {
	const { align, ...properties } = node.properties;
	if (typeof align === 'string') node.properties = { ...properties, style: `text-align: ${align}` };
}

/** A <Cite> becomes a marker element that the article page replaces with the formatted citation. */
function citeMarker(
	node: Extract<Nodes, { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement' }>,
	file: string,
): Element {
	const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
	if (node.name !== 'Cite' || typeof id !== 'string') {
		throw new Error(
			`${file}: body: expected <Cite id="reference-id" />, found <${node.name ?? ''}>; run npm run check`,
		);
	}
	return { type: 'element', tagName: 'evidence-cite', properties: { id }, children: [] };
}

/** Puts each citation into a rendered body: `cite(id, n)` returns the HTML of the n-th citation (from 1) on the page. */
export function insertCitations(html: string, cite: (id: string, n: number) => string): string {
	let n = 0;
	return html.replace(CITE, (_, id: string) =>
		cite(
			id
				.replace(/&quot;/g, '"')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&amp;/g, '&'),
			++n,
		),
	);
}
