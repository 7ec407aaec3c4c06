import { describe, expect, it } from 'vitest';
import { CHECK_LABELS, RECORD_CHECK_LABELS } from '../../../../src/lib/format/check-status.ts';
import { checkRating, claimReview } from '../../../../src/lib/structured-data/claim-review.ts';
import { knownOutlet, jsonLdText, plainName } from '../../../../src/lib/structured-data/json-ld.ts';
import { summaryStructuredData } from '../../../../src/lib/structured-data/summary.ts';
import { CHECK_STATUSES } from '../../../../src/schemas/claim.ts';
import { ArticleSchema, type ArticleInput } from '../../../../src/schemas/article.ts';

const site = new URL('https://evidence-digest.example/');
const claim = (id: string, status: string, reference?: string) => ({
	id,
	statement: `The post says ${id}.`,
	...(reference && { reference }),
	check: {
		status,
		checked: '2026-12-01',
		...(status === 'unverified'
			? { wouldSettle: 'The paper’s full text.' }
			: {
					primary: 'The paper says so.',
					checkedAgainst: [
						{
							kind: 'full-text',
							title: 'The paper',
							url: 'https://example.org/paper',
							read: '2026-12-01',
						},
					],
				}),
	},
});
const article = (source: ArticleInput['source']) =>
	ArticleSchema.parse({
		title: 'A post, checked',
		description: 'What the post claims, checked.',
		source,
		published: '2026-11-22',
		references: ['paper', 'fda'],
		claims: [
			claim('one', 'consistent', 'paper'),
			claim('two', 'discrepant', 'fda'),
			claim('three', 'unverified'),
		],
	});
const page = { url: 'https://evidence-digest.example/articles/a-post/', site };

describe('the rating scale', () => {
	it('rates each verdict by its place in the list of statuses, as long as the list', () => {
		expect(CHECK_STATUSES.map((status) => checkRating(status))).toEqual(
			CHECK_STATUSES.map((status, i) => ({
				'@type': 'Rating',
				ratingValue: i + 1,
				bestRating: 1,
				worstRating: CHECK_STATUSES.length,
				alternateName: CHECK_LABELS[status],
			})),
		);
		expect(checkRating('discrepant', true).alternateName).toBe(RECORD_CHECK_LABELS.discrepant);
	});
});

describe('a ClaimReview per claim', () => {
	const data = article({
		title: '“A Post’s Headline”',
		outlet: 'A blog',
		author: 'A. Writer',
		url: 'https://example.org/post',
		published: '2025-06-23',
	});
	const nodes = summaryStructuredData(
		data,
		{ ...page, image: 'https://evidence-digest.example/og/a-post.png' },
		new Map([['fda', 'regulatory']]),
	);

	it('reviews the claim as the post made it, with our verdict and the day it was checked', () => {
		expect(nodes.map((n) => n['@type'])).toEqual([
			'Article',
			'ClaimReview',
			'ClaimReview',
			'ClaimReview',
		]);
		expect(nodes[2]).toMatchObject({
			url: 'https://evidence-digest.example/articles/a-post/#two',
			claimReviewed: 'The post says two.',
			datePublished: '2026-12-01',
			author: { '@type': 'Organization', name: 'evidence-digest' },
			itemReviewed: {
				'@type': 'Claim',
				author: { '@type': 'Person', name: 'A. Writer' },
				datePublished: '2025-06-23',
				appearance: {
					'@type': 'CreativeWork',
					name: 'A Post’s Headline',
					url: 'https://example.org/post',
				},
			},
			reviewRating: { ratingValue: 2, alternateName: 'Differs from the record' },
		});
	});

	it('gives the Article its address, card, description and a named source', () => {
		expect(nodes[0]).toMatchObject({
			url: page.url,
			image: 'https://evidence-digest.example/og/a-post.png',
			description: 'What the post claims, checked.',
			isBasedOn: { name: 'A Post’s Headline', publisher: { name: 'A blog' } },
		});
	});

	it('names no placeholder publisher or author when the outlet is unknown', () => {
		const unknown = article({ outlet: 'unknown clinic or blog' });
		const [summary, review] = summaryStructuredData(unknown, { ...page, image: 'x' }, new Map());
		expect(JSON.stringify([summary, review])).not.toContain('unknown');
		expect(summary.isBasedOn).toEqual({ '@type': 'CreativeWork', name: 'Untitled post' });
		expect((review.itemReviewed as Record<string, unknown>).author).toBeUndefined();
		expect(claimReview(unknown.claims[0], unknown, page).itemReviewed).toEqual({
			'@type': 'Claim',
			appearance: { '@type': 'CreativeWork' },
		});
	});
});

describe('JSON-LD helpers', () => {
	it.each([
		['“Quoted headline”', 'Quoted headline'],
		["'“Both kinds”'", 'Both kinds'],
		['Plain', 'Plain'],
	])('names %s as %s', (title, name) => expect(plainName(title)).toBe(name));

	it('treats an outlet written "unknown …" as not known', () => {
		expect([
			knownOutlet('unknown blog'),
			knownOutlet('Unknown clinic'),
			knownOutlet('WebMD'),
		]).toEqual([undefined, undefined, 'WebMD']);
	});

	it('cannot close its script element', () => {
		expect(jsonLdText({ '@type': 'Thing', name: '</script><script>x' })).not.toContain('</script>');
	});
});
