import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { issuesOf } from '../cases/issues.ts';

const check = {
	status: 'consistent',
	primary: 'd = 0.91 (abstract)',
	checkedAgainst: [
		{
			kind: 'abstract',
			reference: 'mitchell-2021',
			url: 'https://doi.org/10.1038/x',
			read: '2026-11-22',
		},
	],
	checked: '2026-11-22',
};
const valid = {
	title: 'A summary',
	description: 'What the source says and how it compares.',
	source: { outlet: 'unknown blog' },
	published: '2026-11-20',
	references: ['mitchell-2021'],
	claims: [
		{ id: 'caps-5', statement: 'The post says d = 0.91.', reference: 'mitchell-2021', check },
	],
};

describe('ArticleSchema', () => {
	it('parses dates and applies defaults', () => {
		const article = ArticleSchema.parse(valid);
		expect(article.published).toEqual(new Date('2026-11-20T00:00:00Z'));
		expect(article.claims[0].kind).toBe('finding');
		expect(article.claims[0].check.checked).toEqual(new Date('2026-11-22T00:00:00Z'));
	});

	it('reports every problem in one pass, each with its field', () => {
		expect(
			issuesOf(ArticleSchema, {
				...valid,
				title: '',
				description: 'x'.repeat(301),
				source: { outlet: 'blog', url: 'http://example.org/post' },
				claims: [
					{ id: 'Caps 5', statement: '', check: { status: 'discrepant', checked: '2026-13-40' } },
				],
				tags: ['x'],
			}),
		).toMatchInlineSnapshot(`
			[
			  "title: expected a title (1 to 120 characters), found """,
			  "description: expected a description (1 to 300 characters), found 301 characters",
			  "source.url: expected an https:// address, found "http://example.org/post"",
			  "claims.0.id: expected a claim id (lower-case words joined by hyphens), found "Caps 5"",
			  "claims.0.statement: expected a statement of what the source claims (1 to 400 characters), found """,
			  "claims.0.check.checked: expected a date written YYYY-MM-DD, found "2026-13-40"",
			  "tags: expected only the fields title, description, source, published, updated, references, claims, corrections, found "tags"",
			]
		`);
	});

	it('rejects duplicate claim ids', () => {
		expect(
			issuesOf(ArticleSchema, { ...valid, claims: [valid.claims[0], valid.claims[0]] }),
		).toEqual([
			'claims.1.id: expected a claim id not used before (claims.0 has it), found "caps-5"',
		]);
	});

	it('rejects an update before publication', () => {
		expect(issuesOf(ArticleSchema, { ...valid, updated: '2026-11-01' })).toEqual([
			'updated: expected a date on or after published (2026-11-20), found 2026-11-01',
		]);
	});

	it('requires what the paper reports unless the claim is unverified', () => {
		const { primary: _, ...rest } = check;
		const claims = [{ ...valid.claims[0], check: { ...rest, status: 'discrepant' } }];
		expect(issuesOf(ArticleSchema, { ...valid, claims })).toEqual([
			'claims.0.check.primary: expected what the paper reports, since the status is discrepant, found nothing',
		]);
	});
});
