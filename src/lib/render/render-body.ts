import Slugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { MAX_BODY_NESTING, treeDepth } from '../check/body-limits.ts';

/**
 * Renders an article's MDX body to HTML during content sync, with satteri: the Rust parser Astro 7
 * renders MDX with, and the one the content checker reads bodies with (body-rules.ts), so both
 * see the same tree. Bodies are Markdown plus <Cite id="…" />; the checker rejects anything else
 * before a build starts. Rendering here instead of compiling each body to a JavaScript module (what
 * @astrojs/mdx does) is what keeps a build of thousands of summaries fast and small: see the
 * README, "Where the time goes".
 *
 * A citation needs the formatted bibliography, which exists only once the references are loaded,
 * so the body keeps a marker for it (an element no Markdown text can produce: text is escaped) and
 * the article page puts the citation in with `insertCitations`.
 */

interface HastNode {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: string;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: HastNode[];
}

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface RenderedBody {
	html: string;
	headings: Heading[];
}

/** The options Astro's own Markdown processor passes to satteri (GFM and smart punctuation are on by default). */
export const SATTERI_FEATURES = { gfm: true, smartPunctuation: true } as const;

const HEADING = /^h([1-6])$/;
const CITE = /<evidence-cite id="([^"]*)"><\/evidence-cite>/g;
// A JSX comment {/* … */} renders nothing; the checker rejects every other expression.
const DROPPED = new Set(['mdxTextExpression', 'mdxFlowExpression', 'comment']);

const textOf = (node: HastNode): string =>
	node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/**
 * Renders one MDX body. `file` names the article in errors. Headings get the ids Astro's processor
 * gives them (github-slugger over their text, as its satteriHeadingIdsPlugin does; that plugin runs
 * only inside satteri's Markdown pipeline, which has no MDX entry), and the checker relies on them
 * for anchor clashes. hast-util-to-html writes the HTML, as it does for Astro's rehype pipeline.
 */
export function renderBody(body: string, file: string): RenderedBody {
	const root = mdxToHast(body, { features: SATTERI_FEATURES, position: false }) as HastNode;
	// The check refuses a body nested past MAX_BODY_NESTING before a build renders anything; this
	// guard (each level is at most a few elements) keeps a body that skipped it from overflowing the
	// stack below, in this walk or in hast-util-to-html, without naming the file.
	if (treeDepth(root) > MAX_BODY_NESTING * 4)
		throw new Error(
			`${file}: body: expected lists, quotations and elements nested at most ${MAX_BODY_NESTING} levels deep; run npm run check`,
		);
	const slugger = new Slugger();
	const headings: Heading[] = [];
	const prepare = (node: HastNode): HastNode => {
		if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement')
			return citeMarker(node, file);
		if (node.type === 'element') nameHeading(node, slugger, headings);
		else if (!['root', 'text'].includes(node.type)) {
			throw new Error(
				`${file}: body: expected Markdown and <Cite id="reference-id" /> only, found a ${node.type} node; run npm run check`,
			);
		}
		if (node.children)
			node.children = node.children.filter((child) => !DROPPED.has(child.type)).map(prepare);
		return node;
	};
	// Named references (&amp;, &lt;) keep the HTML as readable as the Markdown it came from.
	return {
		html: toHtml(prepare(root) as Root, { characterReferences: { useNamedReferences: true } }),
		headings,
	};
}

function nameHeading(node: HastNode, slugger: Slugger, headings: Heading[]): void {
	const depth = HEADING.exec(node.tagName!);
	if (!depth || typeof node.properties?.id === 'string') return;
	const text = textOf(node);
	const slug = slugger.slug(text);
	node.properties = { ...node.properties, id: slug };
	headings.push({ depth: Number(depth[1]), slug, text });
}

/** A <Cite> becomes a marker element that the article page replaces with the formatted citation. */
function citeMarker(node: HastNode, file: string): HastNode {
	const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
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
