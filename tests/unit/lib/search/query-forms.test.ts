import { describe, expect, it } from 'vitest';
import {
	highlightWords,
	knownFilters,
	readSearchState,
	unknownFiltersNote,
	withHighlight,
} from '../../../../src/lib/search/safe.ts';
import {
	forIndex,
	isIndexed,
	spacedForIndex,
	withoutLocatorsInIndex,
} from '../../../../src/lib/search/index-html.ts';
import { searchedAs } from '../../../../src/lib/search/typed.ts';

describe('highlightWords and withHighlight', () => {
	it.each([
		['CAPS-5', ['CAPS-5']],
		['self-compassion', ['self-compassion']],
		['9.4%', ['9.4%']],
		['d = 0.91', ['0.91']],
		['"placebo group"', ['placebo', 'group']],
		['side effects side', ['side', 'effects']],
	])('highlights %s as the reader typed it: %j', (term, words) => {
		expect(highlightWords(term)).toEqual(words);
	});

	it('replaces Pagefind’s own words, keeps the section and other parameters', () => {
		expect(
			withHighlight('/outcomes/caps-5/?highlight=caps5#definitions', 'highlight', ['CAPS-5']),
		).toBe('/outcomes/caps-5/?highlight=CAPS-5#definitions');
		expect(withHighlight('/a/?x=1', 'highlight', ['side', 'effects'])).toBe(
			'/a/?x=1&highlight=side&highlight=effects',
		);
		expect(withHighlight('/a/#b', 'highlight', [])).toBe('/a/#b');
	});
});

describe('searchedAs', () => {
	it.each([
		['d = 0.91', 'd091'],
		['RR=2.3 remission', 'RR23 remission'],
		['SMD = -0.5', 'SMD05'],
		['67%', '67%'],
		['CAPS-5', 'CAPS-5'],
	])('searches %s as %s', (term, searched) => {
		expect(searchedAs(term)).toBe(searched);
	});
});

describe('filters from a link', () => {
	const totals = {
		status: { 'Differs from the paper': 3, 'Not verified': 2 },
		outcome: { 'CAPS-5': 4 },
	};

	it('combines repeated values of one filter, each once', () => {
		const state = readSearchState(
			new URLSearchParams(
				'q=mdma&status=Not+verified&status=Differs+from+the+paper&status=Not+verified',
			),
			['status'],
		);
		expect(state.filters).toEqual({ status: ['Not verified', 'Differs from the paper'] });
	});

	it('keeps the values the index has and names the others', () => {
		const { known, unknown } = knownFilters(
			{ status: ['bogus', 'Not verified'], outcome: ['nope'] },
			totals,
		);
		expect(known).toEqual({ status: ['Not verified'] });
		expect(unknown).toEqual([
			['status', 'bogus'],
			['outcome', 'nope'],
		]);
	});

	it.each([
		[
			[['status', 'bogus']],
			'mdma',
			false,
			'No summaries with status “bogus”; showing every result for mdma',
		],
		[
			[
				['status', 'a'],
				['status', 'b'],
			],
			'',
			false,
			'No summaries with status “a” or “b”',
		],
		[
			[['outcome', 'x']],
			'mdma',
			true,
			'No summaries with outcome “x”; showing the results of the other filters',
		],
		[[['type', 'Blog']], 'mdma', false, 'No pages with type “Blog”; showing every result for mdma'],
		[[], 'mdma', false, ''],
	] as const)('says of %j: %s', (unknown, query, others, note) => {
		expect(unknownFiltersNote(unknown, query, others)).toBe(note);
	});
});

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
