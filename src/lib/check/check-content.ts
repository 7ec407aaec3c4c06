import { contentDir } from './collections.ts';
import { ContentError, type Problem } from './problems.ts';
import { readContent } from './read-content.ts';
import { type CheckOptions, type Content, validateContent } from './validate-content.ts';

/**
 * Reads and validates the whole content folder. Returns the parsed content and warnings; throws a
 * ContentError listing every error when there is at least one.
 */
export function checkContent(
	dir = contentDir(),
	options: CheckOptions = {},
): { content: Content; warnings: Problem[] } {
	const { raw, problems: readProblems } = readContent(dir);
	const { content, problems } = validateContent(raw, options);
	const all = [...readProblems, ...problems];
	if (all.some((p) => p.level === 'error')) throw new ContentError(all);
	return { content, warnings: all.filter((p) => p.level === 'warning') };
}
