import { describe, expect, it } from 'vitest';
import { indexContent } from '../../../../src/lib/site/site-index.ts';
import { checkContent } from '../../../../src/lib/check/check-content.ts';
import { FIXTURE } from '../../cases/content-cases.ts';
import { fixtureIndex } from '../../cases/fixture-index.ts';

const index = fixtureIndex();

describe('indexContent', () => {
	it('gives each claim its paper, outcome and trial as the index’s own objects', () => {
		const entry = index.claims.find(({ claim }) => claim.reference && claim.outcome)!;
		expect(entry.reference).toBe(index.references.get(entry.claim.reference!));
		expect(entry.outcome).toBe(index.outcomes.get(entry.claim.outcome!));
		expect(entry.trial).toBe(entry.reference!.trial);
		expect(entry.article.claims).toContain(entry);
	});

	it('gives a paper its trial, an article and an event their papers, in their order', () => {
		const paper = [...index.references.values()].find((r) => r.data.study.trial)!;
		expect(paper.trial).toBe(index.trials.get(paper.data.study.trial!));
		for (const article of index.articles)
			expect(article.references.map((r) => r.id)).toEqual(article.data.references);
		for (const event of index.events) {
			expect(event.references.map((r) => r.id)).toEqual(event.data.references);
			expect(event.references.every((r) => index.references.get(r.id) === r)).toBe(true);
		}
	});

	it('treats a link the check would have refused as a bug in the site, not in content', () => {
		const { content } = checkContent(FIXTURE);
		const [article] = content.articles;
		const broken = { ...article, data: { ...article.data, references: ['nobody-2020'] } };
		expect(() => indexContent({ ...content, articles: [broken] })).toThrow(
			'site index: no item has the id "nobody-2020"; npm run check names the file that links to it',
		);
	});
});
