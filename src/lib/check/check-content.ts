import { contentDir } from './collections.ts';
import { checkFolder, problemsOf } from './content-check.ts';
import { ContentError, type Problem } from './problems.ts';
import type { CheckOptions, Content } from './validate-content.ts';

/**
 * Reads and validates the whole content folder. Returns the parsed content and warnings; throws a
 * ContentError listing every error when there is at least one.
 */
export function checkContent(
	dir = contentDir(),
	options: CheckOptions = {},
): { content: Content; warnings: Problem[] } {
	const check = checkFolder(dir, options);
	const all = problemsOf(check);
	if (all.some((p) => p.level === 'error')) throw new ContentError(all);
	return { content: check.content, warnings: all.filter((p) => p.level === 'warning') };
}
