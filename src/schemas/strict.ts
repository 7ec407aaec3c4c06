import { z } from 'astro/zod';
import { expectedFound } from './expected.ts';

/**
 * An object that rejects fields it does not know, so a misspelt field name is an error rather than
 * silently ignored data. The message lists the fields that are allowed.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
	const known = Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code === 'unrecognized_keys') return expectedFound(`only the fields ${known}`, issue.keys.join(', '));
			if (issue.code === 'invalid_type') return expectedFound('a set of fields (key: value)', issue.input);
			return undefined;
		},
	});
}
