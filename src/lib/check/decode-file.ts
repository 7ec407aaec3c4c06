/**
 * The limits a content file's bytes and syntax must keep before any schema reads it: UTF-8 with no
 * byte-order mark, JSON without a key written twice, YAML without anchors and aliases. Each returns
 * the problem in the author's words ("expected …, found …"), so the file is named and nothing throws.
 */

/** Files above this are refused unread: the longest reference is 3 kB, and an article's limit is 100 kB. */
export const FILE_LIMIT = 1_000_000;

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i];
		const extra =
			b < 0x80
				? 0
				: b >= 0xc2 && b <= 0xdf
					? 1
					: b >= 0xe0 && b <= 0xef
						? 2
						: b >= 0xf0 && b <= 0xf4
							? 3
							: -1;
		if (extra < 0) return i;
		for (let k = 1; k <= extra; k++)
			if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
		// Overlong forms, UTF-16 surrogates and code points above U+10FFFF have valid-looking bytes.
		const second = bytes[i + 1];
		if (
			(b === 0xe0 && second < 0xa0) ||
			(b === 0xed && second > 0x9f) ||
			(b === 0xf0 && second < 0x90) ||
			(b === 0xf4 && second > 0x8f)
		)
			return i;
		i += extra + 1;
	}
	return -1;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text, or why it cannot be read as text: not UTF-8 (with the byte and line), or a byte-order mark. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
	let text: string;
	try {
		text = STRICT_UTF8.decode(bytes);
	} catch {
		const offset = invalidUtf8Offset(bytes);
		const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
		return {
			error: `expected text in UTF-8, found the byte ${hex(bytes[offset])} at byte offset ${offset} (line ${line}); save the file as UTF-8`,
		};
	}
	// Refused everywhere rather than stripped: JSON.parse and Astro's loaders disagree about it.
	if (text.startsWith('\ufeff'))
		return {
			error:
				'expected a file that starts with its content, found a byte-order mark (U+FEFF); save the file as UTF-8 without BOM',
		};
	return { text };
}

type Frame = { keys: Set<string>; key?: string } | { index: number };

/** The dotted path of the current position: each object's current key, each array's index. */
const pathOf = (stack: Frame[]) =>
	stack
		.map((frame) => ('keys' in frame ? frame.key : frame.index))
		.filter((part) => part !== undefined);

/**
 * The first key written twice in one object of a valid JSON text, as its dotted path, or undefined.
 * JSON.parse keeps the last silently; YAML refuses the same thing, so JSON does too.
 */
export function duplicateJsonKey(json: string): string | undefined {
	const stack: Frame[] = [];
	let expectKey = false;
	for (let i = 0; i < json.length; i++) {
		const c = json[i];
		if (c === '"') {
			let end = i + 1;
			while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
			const top = stack.at(-1);
			if (top && 'keys' in top && expectKey) {
				const key = JSON.parse(json.slice(i, end + 1)) as string;
				if (top.keys.has(key)) return [...pathOf(stack.slice(0, -1)), key].join('.');
				top.keys.add(key);
				top.key = key;
				expectKey = false;
			}
			i = end;
		} else if (c === '{') {
			stack.push({ keys: new Set() });
			expectKey = true;
		} else if (c === '[') stack.push({ index: 0 });
		else if (c === '}' || c === ']') stack.pop();
		else if (c === ',') {
			const top = stack.at(-1);
			if (top && 'keys' in top) expectKey = true;
			else if (top) top.index++;
		}
	}
	return undefined;
}

/** Nesting deeper than any content file needs (an article's claim's effect's arms are 5 levels). */
export const DEPTH_LIMIT = 20;

/**
 * The dotted path of the first value nested deeper than DEPTH_LIMIT, or undefined. Walks without
 * recursion, so a JSON file of 100,000 brackets cannot overflow the stack here or in the messages.
 */
export function tooDeep(data: unknown): string | undefined {
	const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
	while (stack.length) {
		const { value, path } = stack.pop()!;
		if (!value || typeof value !== 'object') continue;
		if (path.length >= DEPTH_LIMIT) return path.join('.');
		for (const [key, child] of Object.entries(value))
			stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
	}
	return undefined;
}

/** js-yaml's listener: refuses a node with an anchor as it closes, before any alias can repeat it. */
export function refuseAnchors(event: string, state: object): void {
	// js-yaml's typings leave out the parser state's fields; these two exist since js-yaml 3.
	const { anchor, line } = state as { anchor: string | null; line: number };
	if (event === 'close' && anchor !== null) {
		throw new Error(
			`expected YAML without anchors and aliases (&name, *name), found the anchor "&${anchor.slice(0, 40)}" (line ${line + 1}); write the value out where it is used`,
		);
	}
}
