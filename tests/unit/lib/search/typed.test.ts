import { describe, expect, it } from 'vitest';
import { matchesTyped, searchedAs } from '../../../../src/lib/search/typed.ts';

const text =
	'MDMA-assisted therapy: 67% in remission (CAPS-5) in Nature Medicine trials; self-judgment fell.';

describe('matchesTyped', () => {
	it.each([
		['remission', true],
		['remissions', true],
		['remis', true],
		['67%', true],
		['CAPS-5', true],
		['self-judgment', true],
		['nature medicine', true],
		['Australia', false],
		['Canada', false],
		['psilocybin', false],
		['nature psilocybin', false],
	])('%s against a page: %s', (term, expected) => {
		expect(matchesTyped(term, text)).toBe(expected);
	});

	it('accepts a spelling Pagefind matched by stem: "judgment" in a text that says "judgement"', () => {
		expect(matchesTyped('self-judgment', 'less self-judgement')).toBe(true);
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
