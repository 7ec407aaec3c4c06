import { describe, expect, it } from 'vitest';
import { anchorHeadings, parseBody } from '../../../../src/lib/check/body-tree.ts';
import { checkBody } from '../../../../src/lib/check/body-rules.ts';
import { checkFolder } from '../../../../src/lib/check/content-check.ts';
import { renderBody, renderBodyTree } from '../../../../src/lib/render/render-body.ts';
import { FIXTURE } from '../../cases/content-cases.ts';

const FILE = 'content/articles/doe.mdx';
const anchors = (body: string) => anchorHeadings(parseBody(body).tree!).map((h) => h.slug);
const renderedIds = (body: string) =>
	[...renderBody(body, FILE).html.matchAll(/<h\d id="([^"]*)"/g)].map((m) => m[1]);

describe('parseBody', () => {
	it('gives the line and reason of a syntax error instead of a tree', () => {
		expect(parseBody('Fine.\n\nA <Cite id="x" broken\n')).toMatchObject({
			bodyError: { line: 3 },
		});
		expect(parseBody('Fine.').tree?.type).toBe('root');
	});
});

describe('anchorHeadings', () => {
	it('numbers a footnote reference in a heading as the page shows it', () => {
		const body = 'Text[^b].\n\n## Results[^a]\n\n[^a]: A.\n[^b]: B.';
		expect(anchors(body)).toEqual(['results2']);
		expect(renderedIds(body)).toEqual(['results2']);
	});

	it('takes headings inside footnotes after the others, in the order the page lists footnotes', () => {
		const body = 'A[^z] [^y]\n\n[^y]: ## Results\n\n[^z]: Z.\n\n## Results';
		expect(anchors(body)).toEqual(['results', 'results-1']);
		expect(renderedIds(body)).toEqual(['results', 'results-1']);
	});

	it('reads a heading as the page shows it: code kept, comments and citations left out', () => {
		const body = '## The `CAPS-5` {/* checked */} score <Cite id="doe-2021" />';
		const [heading] = anchorHeadings(parseBody(body).tree!);
		expect(heading).toMatchObject({ depth: 2, text: 'The CAPS-5  score ', line: 1 });
		expect(renderedIds(body)).toEqual([heading.slug]);
	});

	it('is the checker’s anchors too, with lines counted in the file', () => {
		const body = 'Intro.\n\n## Results\n\n## Results';
		expect(checkBody(body, 10).headings).toEqual([
			{ depth: 2, slug: 'results', text: 'Results', line: 12 },
			{ depth: 2, slug: 'results-1', text: 'Results', line: 14 },
		]);
	});
});

describe('the checked tree', () => {
	it('is kept on each checked article and renders as its text does', () => {
		const [article] = checkFolder(FIXTURE).content.articles;
		expect(article.tree?.type).toBe('root');
		expect(renderBodyTree(article.tree!, article.file)).toEqual(
			renderBody(article.body!, article.file),
		);
	});
});
