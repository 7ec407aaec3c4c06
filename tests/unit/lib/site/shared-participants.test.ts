import { describe, expect, it } from 'vitest';
import {
	sameParticipantPapers,
	sharedParticipants,
	trialOf,
} from '../../../../src/lib/site/shared-participants.ts';
import { fixtureIndex } from '../../cases/fixture-index.ts';

const index = fixtureIndex();
const article = index.articles[0];
const claim = (id: string) => article.data.claims.find((c) => c.id === id)!;

describe('trial lineage', () => {
	it('finds the trial whose participants a paper reports', () => {
		expect(trialOf(index, 'poe-2023')?.id).toBe('trial-one');
		expect(trialOf(index, 'roe-2022')).toBeUndefined();
		expect(trialOf(index, undefined)).toBeUndefined();
	});

	it('lists the other papers on the same participants', () => {
		expect(sameParticipantPapers(index, 'doe-2021').map((p) => p.id)).toEqual(['poe-2023']);
		expect(sameParticipantPapers(index, 'roe-2022')).toEqual([]);
	});

	it('notes, for a claim, the claims in the same summary that rest on another paper about the same people', () => {
		const shared = sharedParticipants(index, article, claim('main-effect'));
		expect(shared.map((s) => [s.trial.id, s.reference.id, s.claims.map((c) => c.href)])).toEqual([
			['trial-one', 'poe-2023', ['/articles/tiny-summary/#relapse-ratio']],
		]);
		expect(
			sharedParticipants(index, article, claim('relapse-ratio')).map((s) => s.reference.id),
		).toEqual(['doe-2021']);
	});

	it('notes nothing for claims in other summaries or on papers of no trial', () => {
		const other = { ...article, id: 'another-summary' };
		expect(sharedParticipants(index, other, claim('main-effect'))).toEqual([]);
		expect(
			sharedParticipants(index, article, { ...claim('main-effect'), reference: 'roe-2022' }),
		).toEqual([]);
	});
});
