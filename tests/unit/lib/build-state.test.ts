import { afterEach, describe, expect, it } from 'vitest';
import { CHECKED_ARTICLES_KEY, type CheckedArticlesSlot, checkedArticle, publishCheckedArticles } from '../../../src/lib/build-state.ts';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { FIXTURE } from '../cases/content-cases.ts';

describe('checkedArticle', () => {
	afterEach(() => delete (globalThis as CheckedArticlesSlot)[CHECKED_ARTICLES_KEY]);

	it('hands the loader an article the build checked, only while its file reads the same', () => {
		const [article] = checkContent(FIXTURE).content.articles;
		expect(article.text).toContain(article.body);
		expect(checkedArticle(article.id, article.text!)).toBeUndefined();
		publishCheckedArticles([article]);
		expect(checkedArticle(article.id, article.text!)).toBe(article);
		expect(checkedArticle(article.id, `${article.text} edited`)).toBeUndefined();
		expect(checkedArticle('another-id', article.text!)).toBeUndefined();
	});
});
