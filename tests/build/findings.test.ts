import { describe, expect, it } from 'vitest';
import { CHECK_SHORT_LABELS } from '../../src/lib/format/check-status.ts';
import { DESIGN_LABELS } from '../../src/lib/format/design.ts';
import { CLAIMS_PER_PAGE } from '../../src/lib/site/paging.ts';
import type { CheckStatus } from '../../src/schemas/claim.ts';
import {
	articleFrontmatter,
	built,
	contentData,
	contentIds,
	page,
	readableDate,
	sitemapPaths,
	words,
} from './site.ts';

type Study = { study: { design: keyof typeof DESIGN_LABELS; trial?: string } };

const html = page('/findings/');
const rows = html.querySelectorAll('#findings-table tbody tr');
const claims = contentIds('articles').flatMap((slug) =>
	articleFrontmatter(slug).claims.map((claim) => ({
		slug,
		claim,
		href: `/articles/${slug}/#${claim.id}`,
	})),
);

describe('/findings/', () => {
	it('is built and listed in the sitemap', () => {
		expect(built('/findings/')).toBe(true);
		expect(sitemapPaths()).toContain('/findings/');
	});

	it("holds every claim of every summary, once, linked to the claim's anchor", () => {
		expect(claims.length).toBeGreaterThan(50);
		const hrefs = rows.map((row) =>
			row
				.querySelectorAll('a')
				.map((a) => a.getAttribute('href'))
				.filter((href) => href?.startsWith('/articles/')),
		);
		expect(hrefs.every((list) => list.length === 1)).toBe(true);
		expect(hrefs.flat().sort()).toEqual(claims.map((c) => c.href).sort());
		expect(html.querySelector('#findings-count')?.text).toBe(`${claims.length} claims.`);
	});

	it('gives each row its statement and the outcome, trial, design and status the filters match', () => {
		const byHref = new Map(
			rows.map((row) => [row.querySelector('a[href^="/articles/"]')!.getAttribute('href'), row]),
		);
		for (const { href, claim } of claims) {
			const row = byHref.get(href)!;
			expect(row.querySelector('td')!.text.trim(), href).toBe(claim.statement.trim());
			expect(row.getAttribute('data-status'), href).toBe(claim.check.status);
			expect(row.getAttribute('data-outcome'), href).toBe(claim.outcome ?? 'none');
			// Compared with the paper's own record: rows all marked "rct" passed a pattern.
			const study = claim.reference
				? contentData<Study>('references', claim.reference).study
				: undefined;
			expect(row.getAttribute('data-design'), href).toBe(study?.design ?? 'none');
			expect(row.getAttribute('data-trial'), href).toBe(study?.trial ?? 'none');
		}
	});

	it('gives each row the depth of its check: its strongest record, a sponsor page counting for background only', () => {
		// Written out here, not imported: the page's order must match the method on /about/.
		const strongestFirst = [
			'full-text',
			'registry-results',
			'regulator',
			'abstract',
			'sponsor-page',
			'secondary',
		];
		const byHref = new Map(
			rows.map((row) => [row.querySelector('a[href^="/articles/"]')!.getAttribute('href'), row]),
		);
		const depths = new Set<string>();
		for (const { href, claim } of claims) {
			const kinds = (claim.check.checkedAgainst ?? []).map(({ kind }) =>
				kind === 'sponsor-page' && claim.kind !== 'background' ? 'secondary' : kind,
			);
			const depth = strongestFirst.find((kind) => kinds.includes(kind)) ?? 'none';
			expect(byHref.get(href)!.getAttribute('data-depth'), href).toBe(depth);
			depths.add(depth);
		}
		expect(depths.size).toBeGreaterThan(3);
		const options = html
			.querySelectorAll('#findings-filters select[name="depth"] option')
			.map((option) => option.getAttribute('value'));
		expect(options).toEqual(['', ...strongestFirst.filter((kind) => depths.has(kind)), 'none']);
		expect(html.querySelector('#findings-filters label:has(select[name="depth"])')?.text).toMatch(
			/^\s*Depth of check/,
		);
	});

	it('shows each row in words: outcome, trial, design, status and the date it was checked', () => {
		const byHref = new Map(
			rows.map((row) => [row.querySelector('a[href^="/articles/"]')!.getAttribute('href'), row]),
		);
		const nameOf = (collection: string, id: string | undefined, field: string) =>
			id ? String(contentData(collection, id)[field]) : '—';
		for (const { href, claim } of claims) {
			const cells = byHref.get(href)!.querySelectorAll('td');
			const study = claim.reference
				? contentData<Study>('references', claim.reference).study
				: undefined;
			// Each cell by the column name a phone reader sees beside it (the table's order may change).
			const cell = (label: string) => cells.find((td) => td.getAttribute('data-label') === label)!;
			const [outcome, trial, paper, status, checked] = [
				'Outcome',
				'Trial',
				'Paper',
				'Status',
				'Checked',
			].map(cell);
			expect(
				{
					outcome: words(outcome),
					trial: words(trial)?.replace(' (by description)', ''),
					design: words(paper.querySelector('.design')) ?? '—',
					status: words(status),
					checked: words(checked),
					datetime: checked.querySelector('time')?.getAttribute('datetime'),
				},
				href,
			).toEqual({
				outcome: nameOf('outcomes', claim.outcome, 'short'),
				trial: nameOf('trials', study?.trial, 'name'),
				design: study ? DESIGN_LABELS[study.design] : '—',
				status: CHECK_SHORT_LABELS[claim.check.status as CheckStatus],
				checked: readableDate(claim.check.checked),
				datetime: claim.check.checked,
			});
		}
	});

	it('has rows of several designs and trials, so the comparison above can tell them apart', () => {
		expect(new Set(rows.map((row) => row.getAttribute('data-design'))).size).toBeGreaterThan(2);
		expect(new Set(rows.map((row) => row.getAttribute('data-trial'))).size).toBeGreaterThanOrEqual(
			2,
		);
	});

	it('fits on one page: no page navigation, no note that sorting reaches one page only', () => {
		expect(claims.length).toBeLessThanOrEqual(CLAIMS_PER_PAGE);
		expect(html.querySelector('nav.pagination')).toBeNull();
		expect(html.querySelector('#findings-scope')).toBeNull();
		expect(built('/findings/2/')).toBe(false);
	});

	it('is a complete plain table without JavaScript: the filters start hidden, every row visible', () => {
		expect(html.querySelector('#findings-filters')?.hasAttribute('hidden')).toBe(true);
		expect(rows.filter((row) => row.hasAttribute('hidden'))).toEqual([]);
		for (const select of html.querySelectorAll('#findings-filters select'))
			expect(
				select.querySelectorAll('option').length,
				select.getAttribute('name')!,
			).toBeGreaterThan(2);
	});

	it('shows effects with n/N, CI and timepoint as the format gives them', () => {
		const row = rows.find((r) =>
			r.querySelector('a[href="/articles/healing-trauma-explained/#phase-3-diagnosis"]'),
		)!;
		expect(row.querySelector('.effect')!.text).toBe(
			'MDMA-AT: 67% (28/42) vs Placebo with therapy: 32% (12/37), n = 79, 18 weeks, counts derived from the percentages and the numbers analysed',
		);
	});
});
