import type { Article } from '../schemas/article.ts';
import type { Entry } from './check/validate-content.ts';

/**
 * The key under which `astro build` publishes the articles its content check has just read and
 * validated, for the article loader (article-loader.ts), so each file's YAML and schema are not
 * parsed a second time. The loader and the integrations are bundled separately but run in one
 * process, so a global is the one thing both see.
 */
export const CHECKED_ARTICLES_KEY = Symbol.for('evidence-digest.checked-articles');

/** Where a build may have published its checked articles, by id. */
export type CheckedArticlesSlot = { [CHECKED_ARTICLES_KEY]?: Map<string, Entry<Article>> };

/** Publishes the checked articles of this build. */
export function publishCheckedArticles(articles: readonly Entry<Article>[]): void {
	(globalThis as CheckedArticlesSlot)[CHECKED_ARTICLES_KEY] = new Map(articles.map((article) => [article.id, article]));
}

/** The checked article with this id, if the build checked exactly this text. */
export function checkedArticle(id: string, text: string): Entry<Article> | undefined {
	const article = (globalThis as CheckedArticlesSlot)[CHECKED_ARTICLES_KEY]?.get(id);
	return article?.text === text ? article : undefined;
}
