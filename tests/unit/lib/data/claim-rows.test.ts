import { describe, expect, it } from 'vitest';
import { claimRows } from '../../../../src/lib/data/claim-rows.ts';
import { claimsCsv, claimsJson } from '../../../../src/lib/data/dataset.ts';
import { ClaimRowSchema, claimColumns } from '../../../../src/schemas/claim-row.ts';
import { fixtureIndex } from '../../cases/fixture-index.ts';

const index = fixtureIndex();
const site = new URL('https://evidence-digest.example/');
const rows = claimRows(index, site);

describe('claimRows', () => {
	it('gives one row per claim, each valid against the schema the /data/ page documents', () => {
		expect(rows).toHaveLength(index.claims.length);
		for (const row of JSON.parse(claimsJson(rows))) expect(ClaimRowSchema.parse(row)).toEqual(row);
	});

	it('writes the JSON one row a line, reading back to the same rows', () => {
		const json = claimsJson(rows);
		expect(JSON.parse(json)).toEqual(rows);
		expect(json.split('\n')).toHaveLength(rows.length + 3);
		expect(JSON.parse(claimsJson([]))).toEqual([]);
	});

	it('says what each check was read against: the kinds, the strongest one, and no flags', () => {
		expect(rows.map((row) => [row.claim, row.checked_against, row.depth, row.flags])).toEqual([
			['main-effect', 'abstract', 'abstract', null],
			['relapse-ratio', 'full-text', 'full-text', null],
		]);
		expect(claimsCsv(rows).split('\r\n')[0]).toContain(
			',checked_against,depth,would_settle,flags,',
		);
	});

	it("gives each claim its absolute address and its paper's DOI, trial and design", () => {
		const entry = index.claims.find(
			({ claim }) => claim.reference && index.references.get(claim.reference)?.data.DOI,
		)!;
		const row = rows[index.claims.indexOf(entry)];
		const reference = index.references.get(entry.claim.reference!)!;
		expect(row.claim_url).toBe(
			`https://evidence-digest.example/articles/${entry.article.id}/#${entry.claim.id}`,
		);
		expect([row.paper, row.doi, row.design]).toEqual([
			reference.id,
			reference.data.DOI,
			reference.data.study.design,
		]);
		expect(row.trial).toBe(reference.data.study.trial ?? null);
	});

	it('leaves the confidence level empty when there is no interval', () => {
		for (const row of rows) expect(row.ci_level === null).toBe(row.ci_low === null);
	});
});

describe('the column list', () => {
	it('describes every column of a row, in the order of the CSV header', () => {
		const header = claimsCsv(rows)
			.replace(/^\uFEFF/, '')
			.split('\r\n')[0]
			.split(',');
		expect(claimColumns().map((c) => c.name)).toEqual(header);
		expect(header).toEqual(Object.keys(rows[0]));
		for (const { name, meta } of claimColumns()) expect(meta.description, name).toMatch(/\w{3}/);
	});
});
