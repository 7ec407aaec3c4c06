import { afterEach, describe, expect, it } from 'vitest';
import {
	BUILD_STATE_KEY,
	type BuildStateSlot,
	checkedArticle,
	checkedContent,
	publishCheckedContent,
} from '../../../src/lib/build-state.ts';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { FIXTURE } from '../cases/content-cases.ts';

describe('checkedArticle', () => {
	afterEach(() => delete (globalThis as BuildStateSlot)[BUILD_STATE_KEY]);

	it('hands the loader an article the build checked, only while its file reads the same', () => {
		const { content } = checkContent(FIXTURE);
		const [article] = content.articles;
		expect(article.text).toContain(article.body);
		expect(checkedArticle(article.id, article.text!)).toBeUndefined();
		expect(checkedContent()).toBeUndefined();
		publishCheckedContent(content);
		expect(checkedContent()).toBe(content);
		expect(checkedArticle(article.id, article.text!)).toBe(article);
		expect(checkedArticle(article.id, `${article.text} edited`)).toBeUndefined();
		expect(checkedArticle('another-id', article.text!)).toBeUndefined();
	});
});
