import { describe, expect, it } from 'vitest';
import { DoiSchema } from '../../../src/schemas/doi.ts';
import { quote } from '../../../src/schemas/expected.ts';
import { proseOf, textOf } from '../../../src/schemas/text.ts';
import { HttpsUrlSchema } from '../../../src/schemas/url.ts';
import { issuesOf } from '../cases/issues.ts';

// One set of classes (src/schemas/characters.ts) decides what each field refuses; these cases pin
// that a DOI, a text field and an address agree about the invisible characters they all refuse.
const title = textOf('a title', 200);
const note = proseOf('a note', 2000);

describe('invisible characters', () => {
	it.each([
		['a zero-width space', '\u200b', 'U+200B'],
		['a word joiner', '\u2060', 'U+2060'],
		['a byte-order mark', '\ufeff', 'U+FEFF'],
		['a right-to-left override', '\u202e', 'U+202E'],
		['DEL', '\u007f', 'U+007F'],
	])('refuses %s in a DOI, a title, a note and an address', (_name, char, codePoint) => {
		expect(issuesOf(DoiSchema, `10.1234/tri${char}al`)).toEqual([
			`expected a DOI without invisible or control characters, found ${codePoint} after "10.1234/tri"; retype the DOI`,
		]);
		expect(issuesOf(title, `A tri${char}al`)).toEqual([
			`expected a title without control or direction characters, found ${codePoint} after "A tri"; retype that part`,
		]);
		expect(issuesOf(note, `A tri${char}al`)).toEqual([
			`expected a note without control or direction characters, found ${codePoint} after "A tri"; retype that part`,
		]);
		expect(issuesOf(HttpsUrlSchema, `https://example.org/tri${char}al`)).toEqual([
			`expected an https:// address without spaces, line breaks or invisible characters, found ${quote(`https://example.org/tri${char}al`)}`,
		]);
	});

	it.each([
		['a zero-width joiner', '\u200d', 'U+200D'],
		['a zero-width non-joiner', '\u200c', 'U+200C'],
		['a soft hyphen', '\u00ad', 'U+00AD'],
	])('refuses %s in a DOI and an address but keeps it in prose', (_name, char, codePoint) => {
		expect(issuesOf(DoiSchema, `10.1234/tri${char}al`)).toEqual([
			`expected a DOI without invisible or control characters, found ${codePoint} after "10.1234/tri"; retype the DOI`,
		]);
		expect(issuesOf(HttpsUrlSchema, `https://example.org/tri${char}al`)).toHaveLength(1);
		expect(issuesOf(note, `A tri${char}al`)).toEqual([]);
	});

	it('keeps a line feed in prose and refuses it in a one-line field', () => {
		expect(issuesOf(note, 'one\ntwo')).toEqual([]);
		expect(issuesOf(title, 'one\ntwo')).toEqual([
			'expected a title on one line without tabs, found a line break after "one"',
		]);
	});

	it('quotes an invisible or look-alike character escaped in a message', () => {
		expect(quote('doe\u200b-2021')).toBe('"doe\\u200b-2021"');
		expect(quote('mitchеll')).toBe('"mitch\\u0435ll"');
		expect(quote('２０２１')).toBe('"\\uff12\\uff10\\uff12\\uff11"');
		expect(quote('a\ufe0fb')).toBe('"a\\ufe0fb"');
	});
});
