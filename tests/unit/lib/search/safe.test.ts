import { describe, expect, it } from 'vitest';
import {
	readSearchState,
	safeExcerpt,
	safeResultUrl,
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
