import { z } from 'astro/zod';
import { expected } from './expected.ts';

/** Plain text of 1 to `max` characters; `what` names it in the error ("a title"). */
export function textOf(what: string, max: number) {
	const message = expected(`${what} (1 to ${max} characters)`);
	return z
		.string({ error: message })
		.trim()
		.min(1, { error: message })
		.max(max, { error: (issue) => `expected ${what} (1 to ${max} characters), found ${String((issue.input as string).length)} characters` });
}
