import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../../src/lib/check/body-rules.ts';
import { MAX_BODY_NESTING } from '../../../../src/lib/check/body-limits.ts';

describe('the nesting limit of a body', () => {
	it.each([
		['lists', (n: number) => `${'- '.repeat(n)}deep\n`],
		['quotations', (n: number) => `${'> '.repeat(n)}deep\n`],
		['emphases', (n: number) => `${'*'.repeat(2 * n)}deep${'*'.repeat(2 * n)}\n`],
	])('accepts %s nested to the limit and refuses one level more', (_what, write) => {
		expect(checkBody(write(MAX_BODY_NESTING)).problems).toEqual([]);
		expect(checkBody(write(MAX_BODY_NESTING + 1), 5).problems).toEqual([
			{
				line: 5,
				message: `expected lists, quotations, emphasis and elements nested at most 32 levels deep, found 33 levels; flatten the structure`,
			},
		]);
	});

	it('counts mixed nesting and names the line where the deepest part starts', () => {
		const body = `Intro.\n\n${'> - '.repeat(20)}deep\n`;
		expect(checkBody(body).problems[0]).toMatchObject({ line: 3 });
	});
});

describe('control characters in a body', () => {
	it('accepts tabs and Windows line endings, and names the line of each invisible character', () => {
		expect(checkBody('A\ttab.\r\nNext line.\r\n').problems).toEqual([]);
		expect(checkBody('Fine.\n\nA \u2066hidden\u2069 part.\n', 10).problems).toEqual([
			{
				line: 12,
				message:
					'expected text without control or direction characters, found U+2066 after "A "; retype that part',
			},
		]);
	});
});
