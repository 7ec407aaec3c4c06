import { describe, expect, it } from 'vitest';
import { CHECK_SHORT_LABELS } from '../../src/lib/format/check-status.ts';
import { countChecks, describeChecks } from '../../src/lib/site/check-counts.ts';
import { CHECK_STATUSES } from '../../src/schemas/claim.ts';
import {
	articleFrontmatter,
	built,
	contentIds,
	countByStatus,
	page,
	sitemapPaths,
	words,
} from './site.ts';

const html = page('/checks/');
const count = (claims: { check: { status: string } }[], status: string) =>
	claims.filter((c) => c.check.status === status).length;
/** The header's words for a summary's claims, written out here rather than taken from the page's helper. */
const headerText = (claims: { check: { status: string } }[]) => {
	const verified =
		count(claims, 'consistent') + count(claims, 'discrepant') + count(claims, 'unsupported');
	const discrepant = count(claims, 'discrepant');
	const unsupported = count(claims, 'unsupported');
	const discrepancies =
		discrepant === 0
			? 'no discrepancies'
			: discrepant === 1
				? '1 discrepancy'
				: `${discrepant} discrepancies`;
	return `${verified} of ${claims.length} claims checked against a paper or record: ${count(claims, 'consistent')} consistent, ${discrepancies}${unsupported ? `, ${unsupported} not shown by the record` : ''}`;
};
/** A table row's numbers: the claims, then one count per status in the schema's order. */
const counts = (claims: { check: { status: string } }[]) => {
	const byStatus = countByStatus(claims);
	return [claims.length, ...CHECK_STATUSES.map((status) => byStatus[status])];
};

describe('/checks/', () => {
	it('is built and listed in the sitemap', () => {
		expect(built('/checks/')).toBe(true);
		expect(sitemapPaths()).toContain('/checks/');
	});

	it("heads a column for every check status, in the schema's order", () => {
		expect(html.querySelectorAll('thead th').map(words)).toEqual([
			'Summary',
			'Claims',
			...CHECK_STATUSES.map((status) => CHECK_SHORT_LABELS[status]),
		]);
	});

	it.each(contentIds('articles'))(
		'counts the claims of %s by result, matching its frontmatter',
		(slug) => {
			const { claims } = articleFrontmatter(slug);
			const row = html
				.querySelectorAll('tbody tr')
				.find((tr) => tr.querySelector(`a[href="#${slug}"]`))!;
			expect(row.querySelectorAll('td').map((td) => Number(td.text))).toEqual(counts(claims));
		},
	);

	it('heads the columns with the four statuses in the words of the badges', () => {
		expect(html.querySelectorAll('thead th').map((th) => th.text.trim())).toEqual([
			'Summary',
			'Claims',
			'Consistent',
			'Discrepant',
			'Not shown',
			'Not verified',
		]);
	});

	it('totals the counts over every summary', () => {
		const all = contentIds('articles').flatMap((slug) => articleFrontmatter(slug).claims);
		expect(html.querySelectorAll('tfoot td').map((td) => Number(td.text))).toEqual(counts(all));
	});

	it("says under each summary's heading how many of its claims had each result", () => {
		for (const slug of contentIds('articles')) {
			const { claims } = articleFrontmatter(slug);
			const byStatus = countByStatus(claims);
			const line = words(html.querySelector(`section#${slug} > h2 + p`))!;
			const verified = claims.length - byStatus.unverified;
			expect(line, slug).toMatch(
				new RegExp(`^${verified} of ${claims.length} claims checked against a paper or record\\b`),
			);
			// Each status in the words its column heading uses ("3 discrepant", "7 not verified").
			for (const status of CHECK_STATUSES)
				expect(line, `${slug}: ${status}`).toMatch(
					new RegExp(`(^|\\D)${byStatus[status]} ${CHECK_SHORT_LABELS[status].toLowerCase()}\\b`),
				);
		}
	});

	it.each(contentIds('articles'))(
		'sets each claim of %s that differs or is not shown beside what the paper says, with a link to the claim',
		(slug) => {
			const discrepant = articleFrontmatter(slug).claims.filter((c) =>
				['discrepant', 'unsupported'].includes(c.check.status),
			);
			const items = html.querySelectorAll(`section#${slug} .discrepancy`);
			expect(items).toHaveLength(discrepant.length);
			discrepant.forEach((claim, i) => {
				const [source, paper] = items[i]
					.querySelectorAll('.sides > div p')
					.map((p) => p.text.trim());
				expect(source).toBe(claim.statement.trim());
				expect(paper).toBe(claim.check.primary!.trim());
				expect(items[i].querySelector(`.status-${claim.check.status}`)).not.toBeNull();
				expect(items[i].querySelector(`a[href="/articles/${slug}/#${claim.id}"]`)).not.toBeNull();
				if (claim.reference)
					expect(
						items[i].querySelector(`a[href="/references/${claim.reference}/"]`),
					).not.toBeNull();
			});
		},
	);

	// The content need not hold a summary with no, one and several discrepancies at every moment, so
	// the wording the header test expects is held to the wording the header is written with
	// (describeChecks) for each case, and the built headers to it for the content there is.
	it.each([
		[0, 0],
		[1, 0],
		[3, 0],
		[0, 2],
		[2, 1],
	])('words a header with %i discrepancies and %i not shown as the page does', (d, u) => {
		const statuses = [
			'consistent',
			...Array<string>(d).fill('discrepant'),
			...Array<string>(u).fill('unsupported'),
			'unverified',
		];
		const claims = statuses.map((status) => ({ check: { status } }));
		expect(headerText(claims)).toBe(
			describeChecks(countChecks(claims as Parameters<typeof countChecks>[0])),
		);
	});

	it.each(contentIds('articles'))('is linked from the header of %s with its counts', (slug) => {
		const { claims } = articleFrontmatter(slug);
		const link = page(`/articles/${slug}/`).querySelector(`header a[href="/checks/#${slug}"]`);
		// Exact: a header that always said "no discrepancies" passed the earlier pattern.
		expect(link?.text.trim()).toBe(headerText(claims));
	});
});
