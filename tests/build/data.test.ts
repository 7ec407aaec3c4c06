import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClaimRowSchema, claimColumns } from '../../src/schemas/claim-row.ts';
import {
	articleFrontmatter,
	contentData,
	contentIds,
	fileFor,
	page,
	sitemapPaths,
} from './site.ts';

const claims = contentIds('articles').flatMap((slug) =>
	articleFrontmatter(slug).claims.map((claim) => ({ slug, id: claim.id })),
);
const json = JSON.parse(readFileSync(fileFor('/data/claims.json'), 'utf8')) as Record<
	string,
	unknown
>[];
const csv = readFileSync(fileFor('/data/claims.csv'), 'utf8');

/** RFC 4180 records, read the way a spreadsheet reads them (quotes may hold commas and line breaks). */
function parseCsv(text: string): string[][] {
	const records: string[][] = [[]];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted && c === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (!quoted && c === ',') {
			records.at(-1)!.push(cell);
			cell = '';
		} else if (!quoted && c === '\r' && text[i + 1] === '\n') {
			records.at(-1)!.push(cell);
			cell = '';
			records.push([]);
			i++;
		} else cell += c;
	}
	return records.slice(0, -1);
}

describe('/data/', () => {
	it('is built, listed in the sitemap, and linked from /findings/ and every summary', () => {
		expect(sitemapPaths()).toContain('/data/');
		for (const path of ['/findings/', ...contentIds('articles').map((id) => `/articles/${id}/`)]) {
			expect(page(path).querySelector('a[href="/data/claims.csv"]'), path).not.toBeNull();
		}
	});

	it('lists every column of the files with its meaning', () => {
		const names = page('/data/')
			.querySelectorAll('.data-columns tbody th code')
			.map((code) => code.text);
		expect(names).toEqual(claimColumns().map((c) => c.name));
		const row = page('/data/')
			.querySelectorAll('.data-columns tbody tr')
			.find((tr) => tr.querySelector('th code')?.text === 'checked_against')!;
		expect(row.text).toContain(
			'full-text, registry-results, regulator, abstract, sponsor-page, secondary',
		);
	});
});

describe('/data/claims.json and /data/claims.csv', () => {
	it('give one row per claim of every summary, valid against the schema', () => {
		expect(json.map((row) => `${row.summary}#${row.claim}`).sort()).toEqual(
			claims.map((c) => `${c.slug}#${c.id}`).sort(),
		);
		for (const row of json)
			expect(ClaimRowSchema.safeParse(row).success, String(row.claim_url)).toBe(true);
	});

	it("give each claim's own statement, status, check and paper, as content/ holds them", () => {
		type Study = { DOI?: string; study: { design: string; trial?: string } };
		for (const slug of contentIds('articles'))
			for (const claim of articleFrontmatter(slug).claims) {
				const row = json.find((r) => r.summary === slug && r.claim === claim.id)!;
				const paper = claim.reference
					? contentData<Study>('references', claim.reference)
					: undefined;
				expect(
					[row.statement, row.check_status, row.paper_says, row.checked],
					`${slug}#${claim.id}`,
				).toEqual([
					claim.statement,
					claim.check.status,
					claim.check.primary ?? null,
					claim.check.checked,
				]);
				expect(
					[row.outcome, row.paper, row.design, row.trial, row.doi],
					`${slug}#${claim.id}`,
				).toEqual([
					claim.outcome ?? null,
					claim.reference ?? null,
					paper?.study.design ?? null,
					paper?.study.trial ?? null,
					paper?.DOI?.toLowerCase() ?? null,
				]);
			}
	});

	it('hold the same rows in the CSV, after a BOM and a header, with nothing a spreadsheet would run', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const [header, ...records] = parseCsv(csv.slice(1));
		expect(header).toEqual(claimColumns().map((c) => c.name));
		expect(records).toHaveLength(json.length);
		records.forEach((record, i) => {
			expect(record).toHaveLength(header.length);
			expect(record.filter((cell) => /^[=+@\t\r]/.test(cell) || /^-\D/.test(cell))).toEqual([]);
			// Every cell as the JSON has it: empty for null, a number as written, text as it is.
			expect(record.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, ''))).toEqual(
				header.map((name) => (json[i][name] === null ? '' : String(json[i][name]))),
			);
		});
	});

	it('say in checked_against which kinds of record each check was read against', () => {
		const [header, ...records] = parseCsv(csv.slice(1));
		const column = header.indexOf('checked_against');
		const expected = contentIds('articles').flatMap((slug) =>
			articleFrontmatter(slug).claims.map((claim) => [
				`${slug}#${claim.id}`,
				[...new Set((claim.check.checkedAgainst ?? []).map((entry) => entry.kind))].join('; '),
			]),
		);
		const written = records.map((record, i) => [
			`${json[i].summary}#${json[i].claim}`,
			record[column],
		]);
		expect(written.sort()).toEqual(expected.sort());
		// Every verdict names at least one kind; the real content has both single and several.
		expect(written.some(([, kinds]) => kinds.includes('; '))).toBe(true);
		expect(json.filter((row) => row.check_status !== 'unverified' && !row.checked_against)).toEqual(
			[],
		);
	});

	it('give every claim an address that leads to an element on its page', () => {
		const pages = new Map<string, ReturnType<typeof page>>();
		for (const row of json) {
			const url = new URL(String(row.claim_url));
			if (!pages.has(url.pathname)) pages.set(url.pathname, page(url.pathname));
			expect(pages.get(url.pathname)!.getElementById(url.hash.slice(1)), url.href).not.toBeNull();
		}
	});
});
