import { z } from 'astro/zod';
import { ClaimSchema } from './claim.ts';
import { CorrectionSchema, checkCorrections } from './correction.ts';
import { DateSchema } from './date.ts';
import { expected, expectedFound } from './expected.ts';
import { idOf } from './id.ts';
import { checkListedOnce } from './listed-once.ts';
import { strictObject } from './strict.ts';
import { HttpsUrlSchema } from './url.ts';
import { proseOf, textOf } from './text.ts';

/** Where the summarised document was published; only what is known, never a guess. */
export const SourceSchema = strictObject({
	/** The headline as published. Leave out when the document shows none. */
	title: textOf('the headline as published', 200).optional(),
	/** The outlet, e.g. "TrialFind blog"; write "unknown blog" when it is not known. */
	outlet: textOf('the outlet', 120),
	/** The author as the page names them. Leave out when unknown. */
	author: textOf('the author', 120).optional(),
	/** The address, https only. Leave out when unknown: the page then says no address is known. */
	url: HttpsUrlSchema.optional(),
	/** The publication date. Leave out when the page gives none or gives no year. */
	published: DateSchema.optional(),
	/** What is known and not known about the source, e.g. a date shown without a year. */
	note: proseOf('a note on the source', 400).optional(),
});

/**
 * The frontmatter of one summary in content/articles/<slug>.mdx.
 */
export const ArticleSchema = strictObject({
	/** Our title for the summary. */
	title: textOf('a title', 120),
	/** The plain-language summary shown in lists and meta tags. */
	description: proseOf('a description', 300),
	/** The summarised document. */
	source: SourceSchema,
	/** When we published the summary. @example 2026-11-22 */
	published: DateSchema,
	/** When we last changed it; not before `published`. */
	updated: DateSchema.optional(),
	/** Ids of every paper the article cites, from content/references/. */
	references: z.array(idOf('a file in content/references/'), {
		error: expected('a list of reference ids'),
	}),
	/** Every factual claim the source makes, checked. */
	claims: z.array(ClaimSchema, { error: expected('a list of claims') }),
	/** Every change made after publication, oldest first; see schemas/correction.ts. */
	corrections: z
		.array(CorrectionSchema, { error: expected('a list of corrections, each with date and text') })
		.default([]),
}).superRefine((article, ctx) => {
	checkCorrections(article, ctx);
	if (article.updated && article.updated < article.published) {
		ctx.addIssue({
			code: 'custom',
			path: ['updated'],
			message: expectedFound(
				`a date on or after published (${article.published.toISOString().slice(0, 10)})`,
				article.updated,
			),
		});
	}
	const seen = new Map<string, number>();
	article.claims.forEach((claim, i) => {
		const first = seen.get(claim.id);
		if (first !== undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['claims', i, 'id'],
				message: expectedFound(`a claim id not used before (claims.${first} has it)`, claim.id),
			});
		else seen.set(claim.id, i);
	});
	checkListedOnce(article.references, 'references', 'reference listed', ctx);
});

/** An article's frontmatter as pages receive it. */
export type Article = z.output<typeof ArticleSchema>;
/** An article's frontmatter as authors write it. */
export type ArticleInput = z.input<typeof ArticleSchema>;
