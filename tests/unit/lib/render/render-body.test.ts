import { describe, expect, it } from 'vitest';
import { insertCitations, renderBody } from '../../../../src/lib/render/render-body.ts';
import { checkBody } from '../../../../src/lib/check/body-rules.ts';
import { inTextCitation } from '../../../../src/lib/citations/in-text.ts';

const FILE = 'content/articles/doe.mdx';

describe('renderBody', () => {
	it.each([
		[
			'## What it says\n\nA *short* line\nand **more**.',
			'<h2 id="what-it-says">What it says</h2>\n<p>A <em>short</em> line\nand <strong>more</strong>.</p>',
		],
		[
			'Text & <Cite id="doe-2021" /> "quoted" it\'s.',
			'<p>Text &amp; <evidence-cite id="doe-2021"></evidence-cite> “quoted” it’s.</p>',
		],
		[
			'A [link](/references/doe-2021/ "Doe") and \\<b\\>.',
			'<p>A <a href="/references/doe-2021/" title="Doe">link</a> and &lt;b>.</p>',
		],
		['{/* a note to editors */}\n\nKept.', '\n<p>Kept.</p>'],
		['- one\n- two', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>'],
		['---', '<hr>'],
		[
			'| a | b | c |\n|:-|-:|---|\n| 1 | 2 | 3 |',
			'<table>\n<thead>\n<tr>\n<th style="text-align: left">a</th>\n<th style="text-align: right">b</th>\n<th>c</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style="text-align: left">1</td>\n<td style="text-align: right">2</td>\n<td>3</td>\n</tr>\n</tbody>\n</table>',
		],
	])('renders %j', (body, html) => {
		expect(renderBody(body, FILE).html).toBe(html);
	});

	it('writes ARIA attribute names as HTML spells them', () => {
		const { html } = renderBody('A note[^1].\n\n[^1]: Its text.', FILE);
		expect(html).toContain('aria-describedby="footnote-label"');
		expect(html).not.toContain('aria-described-by');
	});

	it('gives headings the ids the checker reads, repeated titles numbered', () => {
		const body = '## Results\n\ntext\n\n## Results\n\n### What it’s “about” <Cite id="doe-2021" />';
		const { headings, html } = renderBody(body, FILE);
		expect(headings.map((h) => h.slug)).toEqual(checkBody(body).headings.map((h) => h.slug));
		expect(headings.map((h) => [h.depth, h.slug])).toEqual([
			[2, 'results'],
			[2, 'results-1'],
			[3, 'what-its-about-'],
		]);
		expect(html).toContain('<h2 id="results-1">');
	});

	it('refuses a body that is not valid MDX, naming the file and line', () => {
		expect(() => renderBody('Fine.\n\nA <Cite id="x" broken\n', FILE)).toThrow(
			`${FILE}: body (line 3): expected valid MDX, found a syntax error:`,
		);
	});

	it('refuses any element but <Cite>, naming the file', () => {
		expect(() => renderBody('<Box id="x" />', FILE)).toThrow(
			`${FILE}: body: expected <Cite id="reference-id" />, found <Box>`,
		);
		expect(() => renderBody('<Cite ref="x" />', FILE)).toThrow('found <Cite>');
	});

	it('refuses a body nested too deep for the stack, naming the file, and renders one at the limit', () => {
		expect(() => renderBody(`${'> '.repeat(2500)}deep\n`, FILE)).toThrow(
			`${FILE}: body: expected lists, quotations and elements nested at most 32 levels deep; run npm run check`,
		);
		const html = renderBody(`${'- '.repeat(32)}deep\n`, FILE).html;
		expect(html.match(/<ul>/g)).toHaveLength(32);
	});
});

describe('insertCitations', () => {
	it('numbers the citations of a page in order, so preview ids are unique (a citation alone on a line is not a paragraph, as in MDX)', () => {
		const { html } = renderBody(
			'One <Cite id="a-1" /> two <Cite id="b-2" />\n\n<Cite id="a-1" />',
			FILE,
		);
		expect(insertCitations(html, (id, n) => `[${id} ${n}]`)).toBe(
			'<p>One [a-1 1] two [b-2 2]</p>\n[a-1 3]',
		);
	});
});

describe('inTextCitation', () => {
	const reference = {
		id: 'doe-2021',
		data: {
			type: 'article-journal',
			title: 'A <b> trial',
			author: [{ family: 'Doe', given: 'J.' }],
			authorsComplete: true,
			issued: { 'date-parts': [[2021]] },
		},
	} as never;

	it('links the label to the reference page and carries the preview', () => {
		expect(
			inTextCitation(reference, 'Doe, 2021', 'Doe, J. (2021). <i>A trial</i>.', 'cite-preview-1'),
		).toBe(
			'<span class="cite-ref"><a class="cite" href="/references/doe-2021/" aria-describedby="cite-preview-1" interestfor="cite-preview-1">(Doe, 2021)</a>' +
				'<span class="cite-preview" id="cite-preview-1" popover="hint" role="tooltip"><span>Doe, J. (2021). <i>A trial</i>.</span></span></span>',
		);
	});

	it('escapes the label and adds the paper status', () => {
		const untitled = {
			id: 'x',
			data: {
				type: 'report',
				title: 'A <b> & "c"',
				status: { type: 'retracted', confirmed: true, date: new Date('2024-08-10') },
			},
		} as never;
		const html = inTextCitation(untitled, 'A <b> & "c", n.d.', '', 'p');
		expect(html).toContain('>(A &lt;b&gt; &amp; &quot;c&quot;, n.d.)</a>');
		expect(html).toContain('<strong class="cite-status"> Retracted on 10 August 2024.</strong>');
	});
});
