import { describe, expect, it } from 'vitest';
import {
	decodeText,
	duplicateJsonKey,
	invalidUtf8Offset,
	tooDeep,
} from '../../../../src/lib/check/decode-file.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('invalidUtf8Offset', () => {
	it.each([
		['ASCII', bytes(0x61, 0x62), -1],
		['a two-, three- and four-byte character', new TextEncoder().encode('é€😀'), -1],
		['a lone continuation byte', bytes(0x61, 0x80), 1],
		['an overlong slash (C0 AF)', bytes(0xc0, 0xaf), 0],
		['an overlong three-byte form (E0 80 AF)', bytes(0xe0, 0x80, 0xaf), 0],
		['a UTF-16 surrogate (ED A0 80)', bytes(0x61, 0xed, 0xa0, 0x80), 1],
		['a code point above U+10FFFF (F4 90 80 80)', bytes(0xf4, 0x90, 0x80, 0x80), 0],
		['a sequence cut short at the end', bytes(0x61, 0x62, 0xe2, 0x82), 2],
		['0xFF', bytes(0x61, 0xff), 1],
	])('finds %s', (_name, input, offset) => {
		expect(invalidUtf8Offset(input)).toBe(offset);
		// The scanner and the platform's strict decoder agree on what is valid.
		expect(offset === -1).toBe(
			(() => {
				try {
					new TextDecoder('utf-8', { fatal: true }).decode(input);
					return true;
				} catch {
					return false;
				}
			})(),
		);
	});
});

describe('decodeText', () => {
	it('names the byte, its offset and its line', () => {
		expect(decodeText(bytes(0x61, 0x0a, 0x62, 0x0a, 0xfe))).toEqual({
			error:
				'expected text in UTF-8, found the byte 0xFE at byte offset 4 (line 3); save the file as UTF-8',
		});
	});

	it('refuses a byte-order mark and keeps a U+FEFF later in the text', () => {
		expect(decodeText(new TextEncoder().encode('\ufeffa'))).toEqual({
			error:
				'expected a file that starts with its content, found a byte-order mark (U+FEFF); save the file as UTF-8 without BOM',
		});
		expect(decodeText(new TextEncoder().encode('a\ufeff'))).toEqual({ text: 'a\ufeff' });
	});
});

describe('duplicateJsonKey', () => {
	it.each([
		['no duplicate', '{"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]}', undefined],
		['a top-level duplicate', '{"a": 1, "a": 2}', 'a'],
		['a duplicate in an object in an array', '{"list": [{"x": 1}, {"x": 1, "x": 2}]}', 'list.1.x'],
		['a key spelt with an escape', '{"ab": 1, "a\\u0062": 2}', 'ab'],
		['a brace and a quote inside a string value', '{"a": "{\\"a\\": 1}", "b": 2}', undefined],
		['a value equal to a key', '{"a": "a", "b": "a"}', undefined],
	])('reports %s', (_name, json, path) => {
		JSON.parse(json);
		expect(duplicateJsonKey(json)).toBe(path);
	});
});

describe('tooDeep', () => {
	it('accepts content as deep as an article and names where nesting goes too deep', () => {
		expect(tooDeep({ claims: [{ effect: { arms: [{ n: 1 }] } }] })).toBeUndefined();
		let deep: unknown = 1;
		for (let i = 0; i < 100_000; i++) deep = [deep];
		expect(tooDeep({ a: deep })).toBe(`a${'.0'.repeat(19)}`);
	});
});
