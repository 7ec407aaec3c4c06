import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import { ArticleSchema } from '../../schemas/article.ts';
import { ID_PATTERN } from '../../schemas/id.ts';
import { OutcomeSchema } from '../../schemas/outcome.ts';
import { ReferenceSchema } from '../../schemas/reference.ts';
import { TimelineEventSchema } from '../../schemas/timeline-event.ts';
import { TrialSchema } from '../../schemas/trial.ts';
import type { CollectionName } from './collections.ts';
import type { Problem } from './problems.ts';
import type { RawContent, RawEntry } from './read-content.ts';
import { fileProblems } from './file-rules.ts';
import { consistencyProblems } from './consistency-rules.ts';
import type { BodyCheck } from './body-problems.ts';
import { crossFileProblems } from './cross-file-rules.ts';

/** A content file that passed its schema. */
export interface Entry<T> {
	id: string;
	file: string;
	data: T;
	body?: string;
	/** The body's Markdown tree, for articles: what the renderer turns into the page (see RawEntry). */
	tree?: Root;
	/** The file's text, for articles (see RawEntry). */
	text?: string;
}

/**
 * The schema for each collection; content.config.ts wires the same ones into Astro. They are not
 * in collections.ts, whose folder names the build script reads in plain Node without zod.
 */
export const SCHEMAS = {
	articles: ArticleSchema,
	references: ReferenceSchema,
	trials: TrialSchema,
	outcomes: OutcomeSchema,
	events: TimelineEventSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

/** Every collection, parsed. */
export type Content = { [K in CollectionName]: Entry<z.output<(typeof SCHEMAS)[K]>>[] };

/** The dotted path of a zod issue, naming the unknown field itself for unrecognized keys. */
export function fieldOf(issue: z.core.$ZodIssue): string {
	const path = issue.path.map(String);
	if (issue.code === 'unrecognized_keys') path.push(issue.keys[0] ?? '');
	return path.join('.');
}

/** The collections whose list is paged at /<collection>/<n>/, and what that list is called. */
const PAGED_LISTS: Partial<Record<CollectionName, string>> = {
	articles: 'summaries',
	references: 'references',
};

/**
 * Runs one file's schema (and its file-name rules). Returns the parsed entry, or undefined when the
 * file could not be read or its schema refused it; its problems go to `problems`.
 */
export function parseEntry(
	collection: CollectionName,
	entry: RawEntry,
	problems: Problem[],
): Entry<unknown> | undefined {
	if (entry.unreadable) return undefined;
	if (!ID_PATTERN.test(entry.id)) {
		problems.push({
			file: entry.file,
			field: '',
			level: 'error',
			message: `expected a file name of lower-case words joined by hyphens, found "${entry.id}"`,
		});
	}
	// /articles/2/ is page 2 of the list of summaries, /references/2/ of the list of references
	// (pages/articles/[...page].astro, pages/references/[...page].astro): never an entry's page.
	const list = PAGED_LISTS[collection];
	if (list && /^\d+$/.test(entry.id)) {
		problems.push({
			file: entry.file,
			field: '',
			level: 'error',
			message: `expected a file name with a word in it (/${collection}/${entry.id}/ is a page of the list of ${list}), found "${entry.id}"`,
		});
	}
	const result = SCHEMAS[collection].safeParse(entry.data);
	if (result.success) return { ...entry, data: result.data };
	for (const issue of result.error.issues)
		problems.push({
			file: entry.file,
			field: fieldOf(issue),
			level: 'error',
			message: issue.message,
		});
	return undefined;
}

/** What a check may be told: the date to treat as today (tests pin it; else the local date). */
export interface CheckOptions {
	today?: Date;
}

/**
 * The rules over the whole content: dates against today, sizes, links between files, consistency.
 * `bodyCheck` lets a dev server reuse the body reports of files that did not change.
 */
export function ruleProblems(
	raw: RawContent,
	content: Content,
	today: Date,
	bodyCheck?: BodyCheck,
): Problem[] {
	return [
		...fileProblems(raw, content, today),
		...crossFileProblems(raw, bodyCheck),
		...consistencyProblems(content),
	];
}
