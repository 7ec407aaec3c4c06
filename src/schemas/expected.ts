/**
 * Error text shared by every schema: "expected <what the author should write>, found <what was there>".
 * Each message says what was expected, in the author's words, and quotes what was found.
 */

/** The most of a found value a message repeats: a 300 MB string must not become a 300 MB message. */
export const ECHO_LIMIT = 200;

/** Describes a value the way an author wrote it: strings quoted, arrays bracketed, nothing as "nothing". */
export function describeFound(value: unknown): string {
	if (value === undefined || value === null) return 'nothing';
	if (typeof value === 'string') {
		return value.length > ECHO_LIMIT
			? `${JSON.stringify(value.slice(0, ECHO_LIMIT))}… (${value.length} characters)`
			: JSON.stringify(value);
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
