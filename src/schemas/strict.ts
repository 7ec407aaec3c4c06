import { z } from 'astro/zod';
import { closestId } from './did-you-mean.ts';
import { expectedFound } from './expected.ts';

/**
 * An object that rejects fields it does not know, so a misspelt field name is an error rather than
 * silently ignored data. The message lists the fields that are allowed and, for a likely typo, the one meant.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
	const known = Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code === 'unrecognized_keys') {
				const close =
					issue.keys.length === 1 ? closestId(issue.keys[0], Object.keys(shape)) : undefined;
				return `${expectedFound(`only the fields ${known}`, issue.keys.join(', '))}${close ? `; did you mean "${close}"?` : ''}`;
			}
			if (issue.code === 'invalid_type')
				return expectedFound('a set of fields (key: value)', issue.input);
			return undefined;
		},
	});
}
