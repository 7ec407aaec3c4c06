import Slugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import { escapeHtml } from '../format/escape.ts';

/**
 * Renders an article's MDX body to HTML during content sync, with satteri: the Rust parser Astro 7
 * renders MDX with, and the one the content checker reads bodies with (body.ts), so both see the
 * same tree. Bodies are Markdown plus <Cite id="…" />; the checker rejects anything else before a
 * build starts. Rendering here instead of compiling each body to a JavaScript module (what
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

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const HEADING = /^h([1-6])$/;
const CITE = /<evidence-cite id="([^"]*)"><\/evidence-cite>/g;

const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/** hast property names to HTML attribute names: className → class, dataFootnoteRef → data-footnote-ref. */
function attributeName(property: string): string {
	if (property === 'className') return 'class';
	if (property === 'htmlFor') return 'for';
	if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
	return property.toLowerCase();
}

function attributes(properties: Record<string, unknown> = {}): string {
	let out = '';
	for (const [property, value] of Object.entries(properties)) {
		if (value === false || value === null || value === undefined) continue;
		const name = attributeName(property);
		if (value === true) out += ` ${name}`;
		else out += ` ${name}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`;
	}
	return out;
}

/**
 * Renders one MDX body. `file` names the article in errors. Headings get the ids Astro's processor
 * gives them (github-slugger over their text), which the checker relies on for anchor clashes.
 */
export function renderBody(body: string, file: string): RenderedBody {
	const root = mdxToHast(body, { features: SATTERI_FEATURES }) as HastNode;
	const slugger = new Slugger();
	const headings: Heading[] = [];
	const render = (node: HastNode): string => {
		switch (node.type) {
			case 'root':
				return (node.children ?? []).map(render).join('');
			case 'text':
				return escapeHtml(node.value ?? '');
			case 'element': {
				const tag = node.tagName!;
				const properties = { ...node.properties };
				const depth = HEADING.exec(tag);
				if (depth && typeof properties.id !== 'string') {
					const text = textOf(node);
					properties.id = slugger.slug(text);
					headings.push({ depth: Number(depth[1]), slug: properties.id as string, text });
				}
				const open = `<${tag}${attributes(properties)}>`;
				return VOID.has(tag) ? open : `${open}${(node.children ?? []).map(render).join('')}</${tag}>`;
			}
			case 'mdxJsxTextElement':
			case 'mdxJsxFlowElement':
				return renderCiteMarker(node, file);
			// A JSX comment {/* … */} renders nothing; the checker rejects every other expression.
			case 'mdxTextExpression':
			case 'mdxFlowExpression':
			case 'comment':
				return '';
			default:
				throw new Error(`${file}: body: expected Markdown and <Cite id="reference-id" /> only, found a ${node.type} node; run npm run check`);
		}
	};
	return { html: render(root), headings };
}

function renderCiteMarker(node: HastNode, file: string): string {
	const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
	if (node.name !== 'Cite' || typeof id !== 'string') {
		throw new Error(`${file}: body: expected <Cite id="reference-id" />, found <${node.name ?? ''}>; run npm run check`);
	}
	return `<evidence-cite id="${escapeHtml(id)}"></evidence-cite>`;
}

/** Puts each citation into a rendered body: `cite(id, n)` returns the HTML of the n-th citation (from 1) on the page. */
export function insertCitations(html: string, cite: (id: string, n: number) => string): string {
	let n = 0;
	return html.replace(CITE, (_, id: string) => cite(id.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'), ++n));
}
