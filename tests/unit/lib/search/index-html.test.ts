import { describe, expect, it } from 'vitest';
import {
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
