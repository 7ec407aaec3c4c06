import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_LABELS, RECORD_CHECK_LABELS } from '../../src/lib/format/check-status.ts';
import { CHECK_STATUSES, type CheckStatus } from '../../src/schemas/claim.ts';
import { articleFrontmatter, contentIds, fileFor, page, sitemapPaths } from './site.ts';

// The schema.org terms the site uses, extracted from the vocabulary (tests/fixtures/schema-org).
const vocabulary = JSON.parse(
	readFileSync(new URL('../fixtures/schema-org/vocabulary.json', import.meta.url), 'utf8'),
) as {
	types: Record<string, string[]>;
	properties: Record<string, { domain: string[]; range: string[] }>;
};
const DATA_TYPES = ['Text', 'URL', 'Date', 'DateTime', 'Number', 'Integer', 'Boolean'];
type Node = Record<string, unknown>;

/** Every JSON-LD node on a page, the top ones first. */
function jsonLd(path: string): Node[] {
	return page(path)
		.querySelectorAll('script[type="application/ld+json"]')
		.flatMap((script) => {
			const data = JSON.parse(script.textContent) as Node;
			expect(data['@context'], path).toBe('https://schema.org');
			return (data['@graph'] as Node[] | undefined) ?? [data];
		});
}

/** What is wrong with a node against the vocabulary: unknown types, properties off their types, values out of range. */
function vocabularyProblems(node: Node, where: string): string[] {
	const type = node['@type'] as string;
	const lineage = vocabulary.types[type] ? [type, ...vocabulary.types[type]] : undefined;
	if (!lineage) return [`${where}: type ${type} is not in the fixture (tests/fixtures/schema-org)`];
	return Object.entries(node).flatMap(([key, value]) => {
		if (key.startsWith('@')) return [];
		const property = vocabulary.properties[key];
		if (!property) return [`${where}.${key}: not a schema.org property`];
		const problems = property.domain.some((d) => lineage.includes(d))
			? []
			: [`${where}.${key}: not a property of ${type}`];
		for (const one of [value].flat()) {
			if (one && typeof one === 'object') {
				const inner = one as Node;
				const innerType = inner['@type'] as string;
				const innerLineage = [innerType, ...(vocabulary.types[innerType] ?? [])];
				if (!property.range.some((r) => innerLineage.includes(r)))
					problems.push(`${where}.${key}: a ${innerType} is not in its range`);
				problems.push(...vocabularyProblems(inner, `${where}.${key}`));
			} else if (
				!property.range.some((r) => DATA_TYPES.includes(r)) &&
				!/^https:\/\//.test(String(one))
			)
				problems.push(`${where}.${key}: a literal where a ${property.range.join(' or ')} belongs`);
		}
		return problems;
	});
}

const everyPage = sitemapPaths();

/** Every `name` in a node and the nodes inside it. */
function namesIn(node: Node): string[] {
	return Object.entries(node).flatMap(([key, value]) =>
		typeof value === 'string'
			? key === 'name'
				? [value]
				: []
			: [value].flat().flatMap((v) => (v && typeof v === 'object' ? namesIn(v as Node) : [])),
	);
}

describe('JSON-LD', () => {
	it.each(everyPage)(
		'on %s uses schema.org types and properties as the vocabulary defines them',
		(path) => {
			expect(jsonLd(path).flatMap((node, i) => vocabularyProblems(node, `${path}[${i}]`))).toEqual(
				[],
			);
		},
	);

	it('names no placeholder and no headline in quote marks', () => {
		const names = everyPage.flatMap((path) => jsonLd(path)).flatMap((node) => namesIn(node));
		expect(names.length).toBeGreaterThan(50);
		expect(
			names.filter((name) => /^unknown\b/i.test(name) || /^["“‘']|["”’']$/.test(name)),
		).toEqual([]);
	});

	it.each(contentIds('articles'))(
		'on /articles/%s/ reviews every claim as the summary made it',
		(id) => {
			const nodes = jsonLd(`/articles/${id}/`);
			const article = nodes.find((n) => n['@type'] === 'Article')!;
			expect([article.url, article.image, typeof article.description]).toEqual([
				`https://evidence-digest.example/articles/${id}/`,
				`https://evidence-digest.example/og/${id}.png`,
				'string',
			]);
			const reviews = nodes.filter((n) => n['@type'] === 'ClaimReview');
			const { claims, source } = articleFrontmatter(id) as unknown as {
				claims: { id: string; statement: string; check: { status: string; checked: string } }[];
				source: { url?: string };
			};
			expect(reviews.map((r) => r.url)).toEqual(
				claims.map((c) => `https://evidence-digest.example/articles/${id}/#${c.id}`),
			);
			reviews.forEach((review, i) => {
				const claim = claims[i];
				const rating = review.reviewRating as Node;
				const item = review.itemReviewed as Node;
				expect(review.claimReviewed).toBe(claim.statement.trim());
				expect(review.datePublished).toBe(String(claim.check.checked));
				expect((review.author as Node).name).toBe('evidence-digest');
				expect((item.appearance as Node).url).toBe(source.url);
				expect(rating.ratingValue).toBe(CHECK_STATUSES.indexOf(claim.check.status as never) + 1);
				expect([rating.bestRating, rating.worstRating]).toEqual([1, CHECK_STATUSES.length]);
				// The verdict in the badge's words, against the paper or the record, whichever status it is.
				const status = claim.check.status as CheckStatus;
				expect([CHECK_LABELS[status], RECORD_CHECK_LABELS[status]]).toContain(rating.alternateName);
			});
		},
	);

	it('gives each page type its own type', () => {
		const types = (path: string) => jsonLd(path).map((n) => n['@type']);
		expect(types('/')).toEqual(['WebSite']);
		expect(types('/data/')).toEqual(['Dataset']);
		expect(types('/trials/mapp1/')).toEqual(['MedicalTrial']);
		expect(types('/glossary/')).toEqual(['DefinedTermSet']);
		expect(jsonLd('/references/mitchell-2021/')[0]).toMatchObject({
			'@type': 'ScholarlyArticle',
			sameAs: 'https://doi.org/10.1038/s41591-021-01336-3',
		});
		expect(jsonLd('/references/feduccia-2021/')[0].creativeWorkStatus).toBe('Retracted');
	});

	it('describes /data/ as a dataset: licence, both files and every column', () => {
		const [dataset] = jsonLd('/data/');
		expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
		expect((dataset.distribution as Node[]).map((d) => [d.encodingFormat, d.contentUrl])).toEqual([
			['text/csv', 'https://evidence-digest.example/data/claims.csv'],
			['application/json', 'https://evidence-digest.example/data/claims.json'],
		]);
		const header = readFileSync(fileFor('/data/claims.csv'), 'utf8')
			.replace(/^\uFEFF/, '')
			.split(/\r?\n/)[0]
			.split(',');
		expect((dataset.variableMeasured as Node[]).map((v) => v.name)).toEqual(header);
		expect(typeof dataset.dateModified).toBe('string');
	});
});
