import { describe, expect, it } from 'vitest';
import {
	forIndex,
	isIndexed,
	spacedForIndex,
	withoutLocatorsInIndex,
} from '../../../../src/lib/search/index-html.ts';

describe('the HTML Pagefind reads', () => {
	it('keeps the words of adjacent terms, cells and items apart', () => {
		expect(
			spacedForIndex(
				'<dl><dt>Design</dt><dd>Systematic review</dd><dt>Participants</dt><dd>297</dd></dl><ul><li>a</li><li>b</li></ul><td>1</td><td>2</td>',
			),
		).toBe(
			'<dl><dt>Design</dt> <dd>Systematic review</dd> <dt>Participants</dt> <dd>297</dd> </dl><ul><li>a</li> <li>b</li> </ul><td>1</td> <td>2</td>',
		);
		expect(spacedForIndex('<p>one <em>two</em></p>')).toBe('<p>one <em>two</em></p>');
	});

	it('hands Pagefind the search body alone, spaced, with ids on headings only', () => {
		const page =
			'<!doctype html><html lang="en"><head><title>T</title><script type="application/ld+json">{"name":"x"}</script></head>' +
			'<body><header data-pagefind-ignore><a href="/">Home</a></header>' +
			'<main id="main" class="wrap" data-pagefind-body><h1>Title</h1><p>Said <span class="cite-ref" id="cite-1">Mitchell et al., 2021</span>.</p>' +
			'<h3 id="claim-1">A claim</h3><p id="p1" data-x="a>b">x</p></main>' +
			'<footer data-pagefind-ignore>Footer</footer></body></html>';
		expect(forIndex(page)).toBe(
			'<!doctype html><html lang="en"><body>' +
				'<main class="wrap" data-pagefind-body><h1>Title</h1> <p>Said <span class="cite-ref">Mitchell et al., 2021</span>.</p> ' +
				'<h3 id="claim-1">A claim</h3> <p data-x="a>b">x</p> </main></body></html>',
		);
	});

	it('hands over whole a page whose search body is not its main', () => {
		const page =
			'<html><body><main><article data-pagefind-body><p>x</p></article></main></body></html>';
		expect(forIndex(page)).toBe(spacedForIndex(page));
	});

	it('sends only pages with a search body', () => {
		expect(isIndexed('<main data-pagefind-body>')).toBe(true);
		expect(isIndexed('<main>')).toBe(false);
	});

	it.each([
		[
			'R. <i>Neuropsychopharmacology Reports</i>, <i>44</i>(4), 672–681.',
			'R. <i>Neuropsychopharmacology Reports</i>, <span data-pagefind-ignore><i>44</i>(4), 672–681</span>.',
		],
		[
			'M. <i>Nature Medicine</i>, <i>27</i>(6), 1025–1033.',
			'M. <i>Nature Medicine</i>, <span data-pagefind-ignore><i>27</i>(6), 1025–1033</span>.',
		],
		['A web page. https://example.org', 'A web page. https://example.org'],
	])('leaves the volume, issue and pages of %s out of the index', (apa, indexed) => {
		expect(withoutLocatorsInIndex(apa)).toBe(indexed);
	});
});
