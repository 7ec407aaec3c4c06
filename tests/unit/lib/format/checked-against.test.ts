import { describe, expect, it } from 'vitest';
import {
	checkedAgainstKinds,
	depthLabel,
	describeCheckedAgainst,
	recordPhrases,
} from '../../../../src/lib/format/checked-against.ts';
import type { CheckedAgainst } from '../../../../src/schemas/checked-against.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (fields: Partial<CheckedAgainst>): CheckedAgainst => ({
	kind: 'full-text',
	url: 'https://example.org/record',
	read: day('2026-12-07'),
	...fields,
});
const named = (e: CheckedAgainst) => e.title ?? `the ${e.reference} paper`;

describe('recordPhrases', () => {
	it('names a part of a paper as "the <kind> of <paper>", with the part after it and one date', () => {
		expect(recordPhrases([entry({ reference: 'MAPP1', part: 'Table 2' })], named)).toEqual({
			records: [
				{
					text: 'the full text of the MAPP1 paper',
					url: 'https://example.org/record',
					detail: ' (Table 2)',
				},
			],
			date: '7 December 2026',
		});
	});

	it('names a titled record by its title, with its kind and part in brackets', () => {
		const { records } = recordPhrases(
			[entry({ kind: 'sponsor-page', title: 'MAPS page for MAPP2', part: 'Design' })],
			named,
		);
		expect(records[0]).toMatchObject({
			text: 'MAPS page for MAPP2',
			detail: " (sponsor's trial page, Design)",
		});
	});

	it('drops a part that only repeats the kind, and keeps what it adds', () => {
		const { records } = recordPhrases(
			[
				entry({ kind: 'abstract', reference: 'MAPP1', part: 'Abstract' }),
				entry({ kind: 'abstract', reference: 'MAPP2', part: 'Abstract (numbers analysed)' }),
			],
			named,
		);
		expect(records.map((r) => r.text + r.detail)).toEqual([
			'the abstract of the MAPP1 paper',
			'the abstract of the MAPP2 paper (numbers analysed)',
		]);
	});

	it('puts a part with brackets of its own after a comma, not inside more brackets', () => {
		const { records } = recordPhrases(
			[entry({ reference: 'MAPP1', part: 'Discussion (reprinted in Focus)' })],
			named,
		);
		expect(records[0].detail).toBe(', Discussion (reprinted in Focus)');
	});

	it('dates each record when they were read on different days', () => {
		const phrases = recordPhrases(
			[
				entry({ reference: 'MAPP1', read: day('2026-11-22') }),
				entry({ kind: 'secondary', title: 'A news report', read: day('2026-12-05') }),
			],
			named,
		);
		expect(phrases.date).toBeUndefined();
		expect(phrases.records.map((r) => r.detail)).toEqual([
			', read 22 November 2026',
			' (secondary report), read 5 December 2026',
		]);
	});
});

describe('the dataset and table words', () => {
	it('joins the kinds once each, in the order written', () => {
		expect(
			checkedAgainstKinds([{ kind: 'abstract' }, { kind: 'sponsor-page' }, { kind: 'abstract' }]),
		).toBe('abstract; sponsor-page');
		expect(checkedAgainstKinds([])).toBe('');
	});

	it('describes the entries for a table cell, and nothing when there are none', () => {
		expect(
			describeCheckedAgainst([{ kind: 'full-text', part: 'Table 2' }, { kind: 'abstract' }]),
		).toBe('full text, Table 2; abstract');
		expect(describeCheckedAgainst([])).toBeUndefined();
	});

	it("labels a claim's depth by its strongest record, counting a sponsor page for background only", () => {
		const check = (kind: CheckedAgainst['kind']) => ({
			status: 'unverified' as const,
			checked: day('2026-12-07'),
			checkedAgainst: [entry({ kind, title: 'A page' })],
		});
		expect(depthLabel({ kind: 'background', check: check('sponsor-page') })).toBe(
			"Sponsor's trial page",
		);
		expect(depthLabel({ kind: 'finding', check: check('sponsor-page') })).toBe(
			'Secondary reports only',
		);
		expect(
			depthLabel({ kind: 'finding', check: { ...check('abstract'), checkedAgainst: [] } }),
		).toBe('No record read');
	});
});
