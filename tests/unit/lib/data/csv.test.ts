import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from '../../../../src/lib/data/csv.ts';

describe('csvCell', () => {
	it.each([
		['plain text', 'MDMA-AT reduced symptoms', 'MDMA-AT reduced symptoms'],
		['a comma', '67%, not 71%', '"67%, not 71%"'],
		['a double quote, doubled', 'the "remission" rate', '"the ""remission"" rate"'],
		['a line break', 'line one\nline two', '"line one\nline two"'],
		['a carriage return inside', 'a\r\nb', '"a\r\nb"'],
		[
			'an equals sign first',
			'=HYPERLINK("https://x.invalid")',
			'"\'=HYPERLINK(""https://x.invalid"")"',
		],
		['a plus first', '+1 point', "'+1 point"],
		['a minus first', '-2+3', "'-2+3"],
		['an at sign first', '@SUM(A1)', "'@SUM(A1)"],
		['a tab first', '\t=1', "'\t=1"],
		['a carriage return first', '\r=1', '"\'\r=1"'],
		['a formula character later on', 'a = b', 'a = b'],
		['surrounding spaces, kept by quoting', ' x ', '" x "'],
	])('writes %s', (_, value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});

	it('writes numbers as numbers, negative ones included, and null as an empty cell', () => {
		expect([csvCell(-0.52), csvCell(0.91), csvCell(0), csvCell(null), csvCell(Number.NaN)]).toEqual(
			['-0.52', '0.91', '0', '', ''],
		);
	});
});

describe('toCsv', () => {
	it('starts with a BOM and the header, ends every record with CRLF, and keeps the column order', () => {
		const csv = toCsv(
			['b', 'a'],
			[
				{ a: 1, b: 'x,y' },
				{ a: null, b: '=1' },
			],
		);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv.slice(BOM.length)).toBe('b,a\r\n"x,y",1\r\n\'=1,\r\n');
	});
});
