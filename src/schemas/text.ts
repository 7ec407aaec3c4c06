import { z } from 'astro/zod';
import { TEXT_CONTROL, codePoint } from './characters.ts';
import { expected } from './expected.ts';

// Tab and line feed are judged apart from TEXT_CONTROL: prose may hold them, a title may not.
const LINE_BREAK = /[\n\t]/;
/** The 20 characters before position `at`, quoted, so the author can find the place. */
const before = (text: string, at: number) => JSON.stringify(text.slice(Math.max(0, at - 20), at));

/** The first control or direction character in `text`: its code point and the text before it, quoted. */
export function controlCharacter(text: string): { codePoint: string; before: string } | undefined {
	const control = TEXT_CONTROL.exec(text);
	return control
		? { codePoint: codePoint(control[0]), before: before(text, control.index) }
		: undefined;
}

/** Why `text` cannot be used, or undefined: an invisible control character, or a line break in a one-line field. */
export function textProblem(text: string, what: string, multiline: boolean): string | undefined {
	const control = TEXT_CONTROL.exec(text);
	if (control)
		return `expected ${what} without control or direction characters, found ${codePoint(control[0])} after ${before(text, control.index)}; retype that part`;
	// A line break in a title or name would split the RIS and BibTeX exports into extra records.
	const lineBreak = multiline ? /\t/.exec(text) : LINE_BREAK.exec(text);
	if (lineBreak)
		return `expected ${what} on one line without tabs, found ${lineBreak[0] === '\n' ? 'a line break' : 'a tab'} after ${before(text, lineBreak.index)}`;
	return undefined;
}

function checkedText(what: string, max: number, multiline: boolean) {
	const message = expected(`${what} (1 to ${max} characters)`);
	return z
		.string({ error: message })
		.trim()
		.min(1, { error: message })
		.max(max, {
			error: (issue) =>
				`expected ${what} (1 to ${max} characters), found ${String((issue.input as string).length)} characters`,
		})
		.superRefine((text, ctx) => {
			const problem = textProblem(text, what, multiline);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		});
}

/** Plain text on one line, 1 to `max` characters: titles, names, labels. `what` names it in the error ("a title"). */
export function textOf(what: string, max: number) {
	return checkedText(what, max, false);
}

/** Plain text that may run over several lines, 1 to `max` characters: notes, statements, descriptions. */
export function proseOf(what: string, max: number) {
	return checkedText(what, max, true);
}
