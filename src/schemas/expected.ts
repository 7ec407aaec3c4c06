import { FULL_WIDTH, LOOKALIKE_LETTERS, SHOWN_ESCAPED } from './characters.ts';

/**
 * Error text shared by every schema: "expected <what the author should write>, found <what was there>".
 * Each message says what was expected, in the author's words, and quotes what was found.
 */

/** The most of a found value a message repeats: a 300 MB string must not become a 300 MB message. */
export const ECHO_LIMIT = 200;

const escapeChar = (char: string) => {
	const code = char.codePointAt(0)!;
	return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * Quotes text for a message, with invisible and look-alike characters escaped, so that an id
 * written "mitchell\u200b-2021" or with a Cyrillic "е" does not read as the valid one beside it.
 */
export function quote(text: string): string {
	const json = JSON.stringify(text)
		.replace(SHOWN_ESCAPED, escapeChar)
		.replace(FULL_WIDTH, escapeChar);
	// Cyrillic and Greek are escaped only beside Latin letters, where they pass for them.
	return /[A-Za-z]/.test(text) ? json.replace(LOOKALIKE_LETTERS, escapeChar) : json;
}

/** Describes a value the way an author wrote it: strings quoted, arrays bracketed, nothing as "nothing". */
export function describeFound(value: unknown): string {
	if (value === undefined || value === null) return 'nothing';
	if (typeof value === 'string') {
		return value.length > ECHO_LIMIT
			? `${quote(value.slice(0, ECHO_LIMIT))}… (${value.length} characters)`
			: quote(value);
	}
	if (value instanceof Date) {
		return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
	}
	if (Array.isArray(value)) {
		const items = value.slice(0, 10).map(describeFound).join(', ');
		const text = `[${items}${value.length > 10 ? `, … (${value.length} items)` : ''}]`;
		return text.length > ECHO_LIMIT
			? `${text.slice(0, ECHO_LIMIT)}… (${value.length} items)`
			: text;
	}
	if (typeof value === 'object') {
		const text = JSON.stringify(value, (_key, v: unknown) =>
			typeof v === 'bigint' ? String(v) : v,
		);
		return text.length > 80 ? `${text.slice(0, 77)}...` : text;
	}
	return String(value);
}

/** Builds a zod error callback that reads "expected <what>, found <input>". */
export function expected(what: string) {
	return (issue: { input?: unknown }) => `expected ${what}, found ${describeFound(issue.input)}`;
}

/** The same message for a value already in hand, for use inside superRefine. */
export function expectedFound(what: string, found: unknown): string {
	return `expected ${what}, found ${describeFound(found)}`;
}
