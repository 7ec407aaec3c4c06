/**
 * Characters a reader cannot see or can mistake for others, named once by class. Each field that
 * refuses some builds its pattern from these classes, so a DOI, a text field and an address agree
 * about what, say, a zero-width space is; what each refuses is listed at the end.
 */

// Each class is regex source for a character class, so that a field's pattern joins the classes
// it refuses into one.

/** The C0 controls, NUL to US, tab and line feed included. */
export const C0_CONTROLS = '\\u0000-\\u001f';
/** The C0 controls but tab and line feed, which text fields judge apart (a note runs over lines). */
export const C0_CONTROLS_BUT_TAB_AND_LINE_FEED = '\\u0000-\\u0008\\u000b-\\u001f';
/** DEL and the C1 controls. */
export const C1_CONTROLS = '\\u007f-\\u009f';
/**
 * Marks, embeddings, overrides and isolates that reorder what a reader sees (a "Trojan Source"
 * title): the Arabic letter mark, LRM and RLM, U+202A-U+202E and U+2066-U+2069.
 */
export const DIRECTION = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
/** Line and paragraph separators: line breaks that most editors do not show as one. */
export const LINE_SEPARATORS = '\\u2028\\u2029';
/**
 * Invisible characters that split or glue words without showing: the zero-width space, the word
 * joiner, the zero-width no-break space (a byte-order mark inside text) and the Mongolian vowel
 * separator. A search for the word, or a link to the address, misses text that holds one.
 */
export const ZERO_WIDTH_SPACES = '\\u180e\\u200b\\u2060\\ufeff';
/**
 * The zero-width non-joiner and joiner: invisible, but they spell Persian and Indic words and
 * emoji sequences, so prose keeps them and identifiers refuse them.
 */
export const JOINERS = '\\u200c\\u200d';
/** The soft hyphen: a hint where a long word may break, kept in prose, refused in identifiers. */
export const SOFT_HYPHEN = '\\u00ad';
/** Invisible operators (function application, invisible times …) and deprecated format characters. */
export const INVISIBLE_FORMAT = '\\u2061-\\u2064\\u206a-\\u206f';

const classOf = (...ranges: string[]) => new RegExp(`[${ranges.join('')}]`, 'u');

/** What a DOI refuses: every control, direction and invisible character. */
export const DOI_INVISIBLE = classOf(
	C0_CONTROLS,
	C1_CONTROLS,
	DIRECTION,
	ZERO_WIDTH_SPACES,
	JOINERS,
	SOFT_HYPHEN,
	INVISIBLE_FORMAT,
);
/** What an https address refuses: the DOI's set, and every kind of white space. */
export const URL_UNSAFE = new RegExp(`\\s|${DOI_INVISIBLE.source}`, 'u');
/**
 * What text refuses wherever it appears (titles, notes, summary bodies): controls, direction
 * characters, line separators and invisible spaces. Joiners and the soft hyphen belong to prose.
 */
export const TEXT_CONTROL = classOf(
	C0_CONTROLS_BUT_TAB_AND_LINE_FEED,
	C1_CONTROLS,
	DIRECTION,
	LINE_SEPARATORS,
	ZERO_WIDTH_SPACES,
	INVISIBLE_FORMAT,
);

/**
 * What a message escapes when it quotes a value, wider than any field refuses: every control and
 * format character, spaces other than the plain one, variation selectors, the combining grapheme joiner and Hangul
 * fillers.
 */
export const SHOWN_ESCAPED =
	/[\u034f\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\p{Variation_Selector}\u115f\u3164\u1160\uffa0]/gu;
/** Letters that look like Latin ones when written beside them: Cyrillic and Greek. */
export const LOOKALIKE_LETTERS = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;
/** Full-width forms of ASCII (１, Ａ, ／), which look like the ASCII digit, letter or sign. */
export const FULL_WIDTH = /[\uff01-\uff5e]/gu;
/** Anything outside printable ASCII: a DOI prefix is digits and dots, so a look-alike digit shows here. */
export const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/u;

/** The code point of a character as U+XXXX, for messages. */
export const codePoint = (char: string) =>
	`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
