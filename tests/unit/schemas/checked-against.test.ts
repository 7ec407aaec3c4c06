import { describe, expect, it } from 'vitest';
import {
	CheckedAgainstSchema,
	depthOf,
	effectiveKind,
	isPrimaryRecord,
} from '../../../src/schemas/checked-against.ts';
import { ClaimSchema } from '../../../src/schemas/claim.ts';
import { issuesOf } from '../cases/issues.ts';

const read = '2026-12-07';
const url = 'https://doi.org/10.1038/x';

describe('CheckedAgainstSchema', () => {
	it('parses an entry and its date', () => {
		expect(
			CheckedAgainstSchema.parse({
				kind: 'full-text',
				reference: 'mitchell-2021',
				part: 'Table 2',
				url,
				read,
			}),
		).toEqual({
			kind: 'full-text',
			reference: 'mitchell-2021',
			part: 'Table 2',
			url,
			read: new Date('2026-12-07T00:00:00Z'),
		});
	});
	it('rejects an entry without its address', () => {
		expect(issuesOf(CheckedAgainstSchema, { kind: 'abstract', title: 'A record', read })).toEqual([
			'url: expected an https:// address, found nothing',
		]);
	});
});

describe('depth of a check', () => {
	it('is the strongest entry: full text beats an abstract and a secondary report', () => {
		expect(
			depthOf([{ kind: 'secondary' }, { kind: 'abstract' }, { kind: 'full-text' }], 'finding'),
		).toBe('full-text');
		expect(depthOf([{ kind: 'regulator' }, { kind: 'registry-results' }], 'finding')).toBe(
			'registry-results',
		);
		expect(depthOf([], 'finding')).toBeUndefined();
	});
	it("counts a sponsor's page only for background claims", () => {
		expect(effectiveKind('sponsor-page', 'background')).toBe('sponsor-page');
		expect(effectiveKind('sponsor-page', 'finding')).toBe('secondary');
		expect(isPrimaryRecord('sponsor-page', 'background')).toBe(true);
		expect(isPrimaryRecord('sponsor-page', 'regulatory')).toBe(false);
		expect(depthOf([{ kind: 'sponsor-page' }], 'finding')).toBe('secondary');
	});
});

describe('ClaimSchema checks', () => {
	const claim = (kind: string, check: Record<string, unknown>) => ({
		id: 'c',
		statement: 'The post says so.',
		kind,
		check: { checked: read, ...check },
	});
	it("accepts a background claim's verdict on the sponsor's page", () => {
		const entry = { kind: 'sponsor-page', title: 'MAPS page for MAPP2', url, read };
		expect(
			ClaimSchema.safeParse(
				claim('background', {
					status: 'consistent',
					primary: 'Three sessions.',
					checkedAgainst: [entry],
				}),
			).success,
		).toBe(true);
	});
	it('accepts an unverified check that lists the secondary report it read and what would settle it', () => {
		const entry = { kind: 'secondary', title: 'A news report', url, read };
		const parsed = ClaimSchema.parse(
			claim('finding', {
				status: 'unverified',
				checkedAgainst: [entry],
				wouldSettle: 'The full text.',
			}),
		);
		expect(parsed.check.wouldSettle).toBe('The full text.');
		expect(parsed.flags).toEqual([]);
	});
	it('accepts an unsupported verdict with a flag and its reason', () => {
		const entry = { kind: 'full-text', reference: 'mitchell-2021', url, read };
		const parsed = ClaimSchema.parse({
			...claim('finding', {
				status: 'unsupported',
				primary: 'The trial stopped at 18 weeks.',
				checkedAgainst: [entry],
				note: 'The post leaves out the FDA decision.',
			}),
			flags: ['omits-context'],
		});
		expect(parsed.check.status).toBe('unsupported');
		expect(parsed.flags).toEqual(['omits-context']);
	});
});
