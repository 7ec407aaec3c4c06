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

/** The most problems printed under one file: a generated file can have 50,000, and the first few say what is wrong. */
export const PRINTED_PER_FILE = 50;

const lineOf = (p: Problem) =>
	`  ${p.level === 'warning' ? 'warning: ' : ''}${p.field ? `${p.field}: ` : ''}${p.message}`;

/** Groups problems by file: the file's path on a line, then one indented line per field and message. */
export function formatProblems(problems: readonly Problem[]): string {
	const byFile = Map.groupBy(problems, (problem) => problem.file);
	return [...byFile]
		.map(([file, list]) => {
			const more =
				list.length > PRINTED_PER_FILE
					? [`  … and ${list.length - PRINTED_PER_FILE} more problems in this file`]
					: [];
			return [file, ...list.slice(0, PRINTED_PER_FILE).map(lineOf), ...more].join('\n');
		})
		.join('\n\n');
}

/** Thrown when content has errors; its message is the formatted list, ready for the terminal. */
export class ContentError extends Error {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		const errors = problems.filter((p) => p.level === 'error');
		super(
			`${errors.length} content ${errors.length === 1 ? 'problem' : 'problems'} stopped the build:\n\n${formatProblems(errors)}\n`,
		);
		this.name = 'ContentError';
		this.problems = problems;
		// Astro prints an error's stack under its message: the list is the whole story, not a crash.
		this.stack = '';
	}
}
