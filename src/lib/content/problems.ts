/**
 * A problem found in content: which file, which field, and the message ("expected …, found …").
 * Errors stop the build; warnings are printed and the build goes on.
 */
export interface Problem {
	/** Path from the project root, e.g. content/articles/x.mdx. */
	file: string;
	/** Dotted field path as zod prints it, e.g. claims.2.effect.ci; empty for the whole file. */
	field: string;
	message: string;
	level: 'error' | 'warning';
}

/** Groups problems by file and prints them in the STYLE.md §4 layout. */
export function formatProblems(problems: readonly Problem[]): string {
	const byFile = new Map<string, Problem[]>();
	for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	return [...byFile]
		.map(([file, list]) => [file, ...list.map((p) => `  ${p.level === 'warning' ? 'warning: ' : ''}${p.field ? `${p.field}: ` : ''}${p.message}`)].join('\n'))
		.join('\n\n');
}

/** Thrown when content has errors; its message is the formatted list, ready for the terminal. */
export class ContentError extends Error {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		const errors = problems.filter((p) => p.level === 'error');
		super(`${errors.length} content ${errors.length === 1 ? 'problem' : 'problems'} stopped the build:\n\n${formatProblems(errors)}\n`);
		this.name = 'ContentError';
		this.problems = problems;
		// Astro prints an error's stack under its message: the list is the whole story, not a crash.
		this.stack = '';
	}
}
