import { z } from 'astro/zod';
import { expected } from './expected.ts';

/** The shape of every content id (file names and claim ids): lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A link to another content file by its id (the file name without extension), e.g. `mitchell-2021`.
 * The schema checks the shape only; whether the file exists is a cross-file rule in lib/check.
 */
export function idOf(what: string) {
	const message = expected(`the id of ${what} (lower-case words joined by hyphens)`);
	return z.string({ error: message }).regex(ID_PATTERN, { error: message });
}
