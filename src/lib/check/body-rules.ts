import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { quote as quoteEscaped } from '../../schemas/expected.ts';
import { controlProblems, nestingProblem } from './body-limits.ts';
import {
	anchorHeadings,
	type HeadingAnchor,
	type ParsedBody,
	parseBody,
	visitInOrder,
} from './body-tree.ts';
import { linkProblem } from './link-target.ts';

/**
 * Rules for the MDX body of an article. It is parsed with satteri, the parser Astro builds pages
 * with, so a link or element is judged exactly as the page will render it: character references
 * decoded, `www.` addresses turned into links. Authors may write Markdown and <Cite id="…" />.
 */

/**
 * Ids the article page gives its own parts (layout, the search dialog that search builds when it
 * opens, flagged papers, citation previews); a claim or heading with one of them would break its
 * anchor. tests/build/article.test.ts
 * reads every built article page and fails on an id this list does not know, so it cannot drift.
 */
export const ARTICLE_PAGE_IDS = [
	'main',
	'search-trigger',
	'search-dialog',
	'search-dialog-label',
	'search-dialog-input',
	'search-dialog-help',
	'summary-heading',
	'flagged-heading',
	'claims-heading',
	'bibliography-heading',
	'cite-this-heading',
	'corrections-heading',
	'on-this-page',
	'glance-heading',
];
/** Numbered ids the page makes: one citation preview per in-text citation (pages/articles/[slug].astro). */
export const ARTICLE_PAGE_ID_PATTERN = /^cite-preview-\d+$/;

/** Ids GFM footnotes in a body make (satteri, as Astro renders them): the notes, their back-links and the list's label. */
const FOOTNOTE_ID_PATTERN = /^(?:user-content-fn(?:ref)?-.*|footnote-label)$/;

/** True when the article page itself uses `id`. */
export const isArticlePageId = (id: string) =>
	ARTICLE_PAGE_IDS.includes(id) ||
	ARTICLE_PAGE_ID_PATTERN.test(id) ||
	CORRECTION_ID_PATTERN.test(id) ||
	FOOTNOTE_ID_PATTERN.test(id);
/** Anchors of "Updates and corrections" entries (lib/site/corrections.ts): the underscore keeps claim ids from ever taking one. */
const CORRECTION_ID_PATTERN = /^correction_\d{4}-\d{2}-\d{2}(?:-\d+)?$/;

// Elements that run code or embed another document get their own message; they are the reason for the rules.
const EMBEDS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'portal']);
// Attributes whose value a browser follows or loads.
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'xlink:href',
	'poster',
	'data',
	'background',
	'cite',
]);

/** What the body cites and which anchors its headings make, besides its problems. */
export interface BodyReport {
	problems: { line: number; message: string }[];
	cited: { id: string; line: number }[];
	/** The anchors its headings make, lines counted in the file. */
	headings: HeadingAnchor[];
}

/**
 * Checks an MDX body. `firstLine` is the file line the body starts on, so lines match the author's
 * editor; `parsed` is the body's tree when the reader has parsed it already (lib/check/read-content.ts).
 * Problems name their lines only when the tree has positions.
 */
export function checkBody(
	body: string,
	firstLine = 1,
	{ tree: root, bodyError }: ParsedBody = parseBody(body, { positions: true }),
): BodyReport {
	const report: BodyReport = { problems: [], cited: [], headings: [] };
	for (const { line, message } of controlProblems(body))
		report.problems.push({ line: line + firstLine - 1, message });
	if (bodyError) {
		report.problems.push({
			line: bodyError.line + firstLine - 1,
			message: `expected valid MDX, found a syntax error: ${bodyError.reason}`,
		});
		return report;
	}
	// Past the limit the tree is not walked at all: the page would not render it either.
	const tooDeep = nestingProblem(root);
	if (tooDeep) {
		report.problems.push({ line: tooDeep.line + firstLine - 1, message: tooDeep.message });
		return report;
	}
	visitInOrder(root, (node) => {
		const line = (node.position?.start.line ?? 1) + firstLine - 1;
		const source = node.position
			? body.slice(node.position.start.offset, node.position.end.offset)
			: '';
		const problem = (message: string) => report.problems.push({ line, message });
		checkNode(node, source, problem, report, line);
	});
	for (const heading of anchorHeadings(root))
		report.headings.push({ ...heading, line: heading.line + firstLine - 1 });
	return report;
}

/** A short quotation of the source, for "found …". */
function quote(source: string): string {
	const text = source.length > 80 ? `${source.slice(0, 77)}...` : source;
	return quoteEscaped(text);
}

function checkNode(
	node: Nodes,
	source: string,
	problem: (message: string) => void,
	report: BodyReport,
	line: number,
): void {
	switch (node.type) {
		case 'link':
		case 'definition': {
			const bad = linkProblem(node.url);
			if (bad) problem(`expected ${bad.expected}, found ${bad.found} written ${quote(source)}`);
			return;
		}
		case 'image': {
			const bad = linkProblem(node.url);
			if (bad || !/^\//.test(node.url))
				problem(
					`expected an image stored on this site (a path starting /), found ${quote(source)}`,
				);
			return;
		}
		case 'heading':
			if (node.depth === 1)
				problem(
					`expected headings from ## down (the page title is the only # heading), found ${quote(source)}`,
				);
			return;
		case 'mdxjsEsm':
			problem(
				`expected no import or export lines (<Cite> needs no import), found ${quote(source.split('\n')[0])}`,
			);
			return;
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			// A JSX comment {/* … */} renders nothing; anything else is code run at build time.
			if (!/^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value))
				problem(
					`expected text, found the expression ${quote(source)}; write \\{ for a brace in text`,
				);
			return;
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			checkElement(node, source, problem, report, line);
	}
}

function checkElement(
	node: MdxJsxFlowElement | MdxJsxTextElement,
	source: string,
	problem: (message: string) => void,
	report: BodyReport,
	line: number,
): void {
	const name = node.name ?? '';
	const tag = quote(source.slice(0, source.indexOf('>') + 1) || source);
	const attributes = node.attributes;
	// An expression attribute ({...props}) has no name; the element is refused below all the same.
	const nameOf = (attribute: (typeof attributes)[number]) =>
		attribute.type === 'mdxJsxAttribute' ? attribute.name : '';
	for (const attribute of attributes) {
		const attributeName = nameOf(attribute);
		const value = typeof attribute.value === 'string' ? attribute.value : undefined;
		if (/^on/i.test(attributeName))
			problem(
				`expected no event-handler attribute (pages run no scripts), found ${attributeName} on ${tag}`,
			);
		else if (value !== undefined && URL_ATTRIBUTES.has(attributeName.toLowerCase())) {
			const bad = linkProblem(value);
			if (bad)
				problem(
					`expected ${bad.expected}, found ${bad.found} in ${attributeName}=${JSON.stringify(value)} on <${name}>`,
				);
		}
	}
	if (name === 'Cite') {
		const others = attributes.filter((a) => !/^on/i.test(nameOf(a)));
		const id =
			others.length === 1 &&
			others[0].type === 'mdxJsxAttribute' &&
			others[0].name === 'id' &&
			typeof others[0].value === 'string'
				? others[0].value
				: undefined;
		if (id) report.cited.push({ id, line });
		else problem(`expected <Cite id="reference-id" /> with the id in double quotes, found ${tag}`);
	} else if (name.toLowerCase() === 'script')
		problem(`expected no <script> element (pages run no scripts), found ${tag}`);
	else if (EMBEDS.has(name.toLowerCase()))
		problem(`expected no embedded page or object (<iframe>, <object>, <embed>), found ${tag}`);
	else
		problem(
			`expected Markdown and <Cite id="reference-id" /> only, not HTML or other components, found ${tag}`,
		);
}
