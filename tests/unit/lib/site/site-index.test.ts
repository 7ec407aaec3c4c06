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

	it('lists the outcome pages that cite a paper, as an appraisal or in a note', () => {
		const { content } = checkContent(FIXTURE);
		const outcomes = content.outcomes.map((o) =>
			o.id === 'scale-a'
				? { ...o, data: { ...o.data, note: 'A review is under way.', references: ['doe-2021'] } }
				: o,
		);
		const withNote = indexContent({ ...content, outcomes });
		const scaleA = withNote.outcomes.get('scale-a')!;
		expect(scaleA.references).toEqual([withNote.references.get('doe-2021')]);
		expect(withNote.outcomesByReference.get('doe-2021')).toEqual([{ outcome: scaleA, as: 'note' }]);
		// The fixture's relapse outcome is appraised by roe-2022.
		expect(withNote.outcomesByReference.get('roe-2022')).toEqual([
			{ outcome: withNote.outcomes.get('relapse'), as: 'appraisal' },
		]);
		expect(withNote.outcomesByReference.has('poe-2023')).toBe(false);
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
