import { describe, expect, it } from 'vitest';
import { ReferenceSchema } from '../../../src/schemas/reference.ts';
import { TrialSchema } from '../../../src/schemas/trial.ts';
import { OutcomeSchema } from '../../../src/schemas/outcome.ts';
import { issuesOf } from '../cases/issues.ts';

const reference = {
	type: 'article-journal',
	title: 'A trial',
	DOI: 'doi:10.1038/ABC',
	study: { design: 'rct', n: 90, trial: 'mapp1' },
};

describe('ReferenceSchema', () => {
	it('stores the DOI bare and lower-case, with defaults', () => {
		expect(ReferenceSchema.parse(reference)).toEqual({
			...reference,
			DOI: '10.1038/abc',
			authorsComplete: true,
			study: { design: 'rct', n: 90, trial: 'mapp1', trialLink: 'reported' },
		});
	});

	it.each([
		[
			'a malformed DOI',
			{ ...reference, DOI: '10.abc/def' },
			'DOI: expected a DOI that starts "10.", then a registrant number, "/" and a suffix, found "10.abc/def"',
		],
		[
			'an unknown design',
			{ ...reference, study: { design: 'anecdote' } },
			'study.design: expected one of rct, meta-analysis, pooled-analysis, secondary-analysis, trial-design, review, protocol, web-page, regulatory, notice, found "anecdote"',
		],
		[
			'a misspelt field',
			{ ...reference, containerTitle: 'Nature' },
			'containerTitle: expected only the fields type, title, author, authorsComplete, issued, container-title, publisher, genre, volume, issue, page, number, DOI, URL, study, status, results, note, found "containerTitle"; did you mean "container-title"?',
		],
		[
			'a retraction without a date',
			{ ...reference, status: { type: 'retracted', reason: 'Misconduct' } },
			'status.date: expected a date written YYYY-MM-DD, found nothing',
		],
		[
			'an http address',
			{ ...reference, URL: 'http://example.org' },
			'URL: expected an https:// address, found "http://example.org"',
		],
		[
			'a result without where it was found',
			{
				...reference,
				results: [{ outcome: 'caps-5', effect: { metric: 'cohens-d', value: 0.7 } }],
			},
			'results.0.foundIn: expected where the figure was found, e.g. "abstract" (1 to 200 characters), found nothing',
		],
		[
			'a result whose CI misses its estimate',
			{
				...reference,
				results: [
					{
						outcome: 'caps-5',
						effect: { metric: 'cohens-d', value: 0.7, ci: [0.8, 1] },
						foundIn: 'abstract',
					},
				],
			},
			'results.0.effect.ci: expected an interval [low, high] that contains the estimate 0.7, found [0.8, 1]',
		],
		[
			"a source document's figure as a result",
			{
				...reference,
				results: [
					{
						outcome: 'caps-5',
						effect: { metric: 'cohens-d', value: 0.7, basis: 'source' },
						foundIn: 'abstract',
					},
				],
			},
			'results.0.effect.basis: expected a figure the paper itself reports (leave basis out), found "source"',
		],
	])('rejects %s', (_name, input, message) => {
		expect(issuesOf(ReferenceSchema, input)).toEqual([message]);
	});
});

describe('TrialSchema', () => {
	const trial = {
		name: 'MAPP1',
		title: 'A phase 3 trial',
		registration: 'NCT03537014',
		phase: 3,
		population: 'Adults',
		randomized: 90,
		arms: [
			{ label: 'MDMA', n: 46 },
			{ label: 'Placebo', n: 44 },
		],
	};
	it('accepts a trial whose arms add up', () => {
		expect(TrialSchema.parse(trial)).toEqual(trial);
	});
	it.each([
		[
			'arms that do not add up',
			{ ...trial, randomized: 91 },
			'arms: expected arms adding up to randomized (91), found 90',
		],
		[
			'a malformed registration',
			{ ...trial, registration: 'NCT123' },
			'registration: expected a ClinicalTrials.gov number such as "NCT03537014", found "NCT123"',
		],
	])('rejects %s', (_name, input, message) => {
		expect(issuesOf(TrialSchema, input)).toEqual([message]);
	});
});

describe('OutcomeSchema', () => {
	const status = {
		name: 'Remission',
		short: 'Remission',
		kind: 'status',
		measures: 'Whether symptoms are below a bar',
		better: 'not-applicable',
	};
	it('accepts a status outcome that defines its bar', () => {
		const definitions = [{ term: 'Remission', meaning: 'Below the bar.' }];
		expect(OutcomeSchema.parse({ ...status, definitions })).toEqual({
			...status,
			definitions,
			certainty: [],
			references: [],
		});
	});
	it('rejects a status outcome with no definition', () => {
		expect(issuesOf(OutcomeSchema, status)).toEqual([
			'definitions: expected at least one definition for a status outcome (what counts as meeting it), found []',
		]);
	});
	it('rejects an unknown direction', () => {
		expect(
			issuesOf(OutcomeSchema, {
				name: 'CAPS-5',
				short: 'CAPS-5',
				kind: 'scale',
				measures: 'PTSD severity',
				better: 'down',
			}),
		).toEqual(['better: expected lower, higher, fewer or not-applicable, found "down"']);
	});
});
