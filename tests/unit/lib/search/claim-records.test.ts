import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content/check.ts';
import { claimRecords } from '../../../../src/lib/search/claim-records.ts';
import { FIXTURE } from '../../cases/content-cases.ts';

describe('claimRecords', () => {
	const { content } = checkContent(FIXTURE);

	it('makes one record per claim, at the claim anchor, with its effect, status and filters', () => {
		const records = claimRecords(content);
		expect(records.map((r) => r.url)).toEqual(['/articles/tiny-summary/#main-effect', '/articles/tiny-summary/#relapse-ratio']);
		expect(records.map((r) => r.file)).toEqual(['articles/tiny-summary/#main-effect/index.html', 'articles/tiny-summary/#relapse-ratio/index.html']);
		const html = records[0].content;
		expect(html).toContain('<h1 data-pagefind-meta="title">The post says the therapy cut symptom scores.</h1>');
		expect(html).toContain('<span data-pagefind-meta="effect">d = 0.9 (95% CI 0.5 to 1.3), p &lt; 0.001, n = 80, 18 weeks</span>');
		for (const filter of ['type">Claim', 'status">Consistent with the paper', 'design">Randomized controlled trial', 'outcome">A', 'trial">TRIAL1', 'paper">Doe, 2021', 'outlet">Test blog', 'summary">A tiny summary for tests']) {
			expect(html).toContain(`<span data-pagefind-filter="${filter}</span>`);
		}
	});

	it('files each claim under the label the pages give its paper, year letter included', () => {
		const [record] = claimRecords(content, new Map([['doe-2021', 'Doe, 2021a']]));
		expect(record.content).toContain('<span data-pagefind-filter="paper">Doe, 2021a</span>');
	});

	it('keeps kind, outlet, status and summary out of meta, whose words Pagefind would search', () => {
		const metas = [...claimRecords(content)[0].content.matchAll(/data-pagefind-meta="([^"]+)"/g)].map((m) => m[1]);
		expect(metas).toEqual(['title', 'effect']);
	});

	it('escapes HTML in content so that it is indexed and shown as text', () => {
		const article = content.articles[0];
		const hostile = { ...article, data: { ...article.data, claims: [{ ...article.data.claims[0], statement: '<img src=x onerror=alert(1)>' }] } };
		const [record] = claimRecords({ ...content, articles: [hostile] });
		expect(record.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(record.content).not.toContain('<img');
	});
});
