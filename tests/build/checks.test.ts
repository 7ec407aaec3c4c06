import { describe, expect, it } from 'vitest';
import { articleFrontmatter, built, contentIds, page, sitemapPaths } from './site.ts';

const html = page('/checks/');
const count = (claims: { check: { status: string } }[], status: string) =>
	claims.filter((c) => c.check.status === status).length;

describe('/checks/', () => {
	it('is built and listed in the sitemap', () => {
		expect(built('/checks/')).toBe(true);
		expect(sitemapPaths()).toContain('/checks/');
	});

	it.each(contentIds('articles'))(
		'counts the claims of %s by result, matching its frontmatter',
		(slug) => {
			const { claims } = articleFrontmatter(slug);
			const row = html
				.querySelectorAll('tbody tr')
				.find((tr) => tr.querySelector(`a[href="#${slug}"]`))!;
			expect(row.querySelectorAll('td').map((td) => Number(td.text))).toEqual([
				claims.length,
				count(claims, 'consistent'),
				count(claims, 'discrepant'),
				count(claims, 'unsupported'),
				count(claims, 'unverified'),
			]);
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
		expect(html.querySelectorAll('tfoot td').map((td) => Number(td.text))).toEqual([
			all.length,
			count(all, 'consistent'),
			count(all, 'discrepant'),
			count(all, 'unsupported'),
			count(all, 'unverified'),
		]);
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

	it('has summaries with no, one and several discrepancies, so the header test sees every wording', () => {
		const counts = new Set(
			contentIds('articles').map((slug) =>
				Math.min(count(articleFrontmatter(slug).claims, 'discrepant'), 2),
			),
		);
		expect([...counts].sort()).toEqual([0, 1, 2]);
	});

	it.each(contentIds('articles'))('is linked from the header of %s with its counts', (slug) => {
		const { claims } = articleFrontmatter(slug);
		const link = page(`/articles/${slug}/`).querySelector(`header a[href="/checks/#${slug}"]`);
		const verified =
			count(claims, 'consistent') + count(claims, 'discrepant') + count(claims, 'unsupported');
		const discrepant = count(claims, 'discrepant');
		const unsupported = count(claims, 'unsupported');
		// Exact: a header that always said "no discrepancies" passed the earlier pattern.
		const discrepancies =
			discrepant === 0
				? 'no discrepancies'
				: discrepant === 1
					? '1 discrepancy'
					: `${discrepant} discrepancies`;
		expect(link?.text.trim()).toBe(
			`${verified} of ${claims.length} claims verified against a paper or record; ${discrepancies}${unsupported ? `; ${unsupported} not shown by the record` : ''}`,
		);
	});
});
