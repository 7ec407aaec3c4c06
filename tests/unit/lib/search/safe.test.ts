import { describe, expect, it } from 'vitest';
import {
	highlightWords,
	knownFilters,
	readSearchState,
	safeExcerpt,
	safeResultUrl,
	unknownFiltersNote,
	withHighlight,
	writeSearchState,
} from '../../../../src/lib/search/safe.ts';

describe('safeExcerpt', () => {
	it.each([
		['the <mark>remission</mark> rate', 'the <mark>remission</mark> rate'],
		[
			'<img src=x onerror=alert(1)> and <mark>67%</mark>',
			'&lt;img src=x onerror=alert(1)&gt; and <mark>67%</mark>',
		],
		['<mark onclick="x()">a</mark>', '&lt;mark onclick=&quot;x()&quot;&gt;a</mark>'],
		['&lt;script&gt; stays text', '&lt;script&gt; stays text'],
	])('keeps only <mark> from %s', (input, output) => {
		expect(safeExcerpt(input)).toBe(output);
	});
});

describe('safeResultUrl', () => {
	const origin = 'https://site.test';
	it.each([
		['/articles/x/?highlight=67#claim', '/articles/x/?highlight=67#claim'],
		['javascript:alert(1)', undefined],
		['//evil.test/x', undefined],
		['https://evil.test/x', undefined],
		['/\\evil.test', undefined],
	])('accepts only site paths: %s', (url, result) => {
		expect(safeResultUrl(url, origin)).toBe(result);
	});
});

describe('search state in the address', () => {
	it('reads the query and known filters, ignoring others, and writes them back', () => {
		const params = new URLSearchParams(
			'q=+remission+&status=Not+verified&status=Differs+from+the+paper&evil=1',
		);
		const state = readSearchState(params, ['status', 'trial']);
		expect(state).toEqual({
			query: 'remission',
			filters: { status: ['Not verified', 'Differs from the paper'] },
		});
		expect(writeSearchState(state).toString()).toBe(
			'q=remission&status=Not+verified&status=Differs+from+the+paper',
		);
	});
});

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
