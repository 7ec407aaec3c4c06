import { METRICS_FOR_OUTCOME } from '../../../src/lib/check/consistency-rules.ts';
import {
	ARM_METRICS,
	type EffectInput,
	METRICS,
	type Metric,
	RATIO_METRICS,
} from '../../../src/schemas/effect.ts';
import type { Outcome } from '../../../src/schemas/outcome.ts';
import type { ArticleInput } from '../../../src/schemas/article.ts';
import type { ClaimInput } from '../../../src/schemas/claim.ts';
import { type Generated, name, text } from './entities.ts';
import { word, type ProseWriter } from './prose.ts';
import type { Random } from './random.ts';

/** A generated summary: frontmatter and MDX body. */
export interface GeneratedArticle extends Generated<ArticleInput> {
	body: string;
}

const KINDS = ['finding', 'finding', 'safety', 'mechanism', 'regulatory', 'background'] as const;
const ARMS = ['Drug with therapy', 'Placebo with therapy'];

const date = (r: Random, from: number, to: number) =>
	`${r.int(from, to)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
const fixed = (value: number) => Number(value.toFixed(2));

/** A paper an article lists, with its participants, and an outcome with its kind: what an effect must fit. */
export type ListedPaper = { id: string; n?: number };
export type KindOfOutcome = { id: string; kind: Outcome['kind'] };

/**
 * An effect of a metric that suits its outcome, internally consistent (its CI contains its estimate),
 * with no more participants than its paper; the source's figure only on a claim not marked consistent.
 */
function effect(
	r: Random,
	metrics: readonly Metric[],
	maxN: number,
	fromSource: boolean,
): EffectInput {
	const metric = r.pick(metrics);
	const n = r.int(Math.min(20, maxN), Math.min(400, maxN));
	const sizes = [Math.floor(n / 2), n - Math.floor(n / 2)];
	const common = {
		n,
		timepoint: `${r.int(4, 52)} weeks`,
		comparison: `${ARMS[0]} vs ${ARMS[1].toLowerCase()}`,
		...(fromSource && { basis: 'source' as const }),
	};
	const p = r.chance(0.3) ? '<0.001' : r.round(0.001, 0.2, 3);
	if (ARM_METRICS.includes(metric)) {
		const value = (size: number) => (metric === 'percent-by-arm' ? r.int(5, 95) : r.int(0, size));
		return {
			metric,
			arms: sizes.map((size, i) => ({ label: ARMS[i], n: size, value: value(size) })),
			p,
			...common,
		};
	}
	if (RATIO_METRICS.includes(metric)) {
		const value = r.round(0.3, 4);
		const spread = r.round(1.2, 2);
		return { metric, value, ci: [fixed(value / spread), fixed(value * spread)], p, ...common };
	}
	const value = metric === 'correlation' ? r.round(-0.8, 0.8) : r.round(-1.5, 1.5);
	const half = metric === 'correlation' ? r.round(0.05, 0.15) : r.round(0.1, 0.6);
	const arms =
		metric === 'mean-change'
			? {
					arms: sizes.map((size, i) => ({
						label: ARMS[i],
						n: size,
						value: r.round(-30, -5, 1),
						sd: r.round(5, 15, 1),
					})),
				}
			: {};
	return { metric, value, ci: [fixed(value - half), fixed(value + half)], p, ...arms, ...common };
}

function claim(
	writer: ProseWriter,
	i: number,
	references: readonly ListedPaper[],
	outcomes: readonly KindOfOutcome[],
): ClaimInput {
	const r = writer.random;
	const status = r.pick([
		'consistent',
		'consistent',
		'consistent',
		'discrepant',
		'unverified',
		'unverified',
	] as const);
	const reference = r.chance(0.7) ? r.pick(references) : undefined;
	const outcome = r.chance(0.5) ? r.pick(outcomes) : undefined;
	const metrics = outcome ? METRICS_FOR_OUTCOME[outcome.kind] : METRICS;
	const fromSource = r.chance(0.1) && status !== 'consistent';
	return {
		id: `claim-${i + 1}-${word(r.int(300, 5000))}`,
		statement: text(writer, 2, 400),
		kind: r.pick(KINDS),
		...(reference && { reference: reference.id }),
		...(outcome && { outcome: outcome.id }),
		...(reference &&
			r.chance(0.5) && { effect: effect(r, metrics, reference.n ?? 400, fromSource) }),
		check: check(writer, status, reference),
	};
}

// Where a verdict was read, as the kind of record and the part of it: one draw, as before.
const READ_IN = [
	{ kind: 'abstract' },
	{ kind: 'full-text', part: 'Results table' },
	{ kind: 'full-text', part: 'Supplement' },
	{ kind: 'registry-results' },
] as const;

function check(
	writer: ProseWriter,
	status: ClaimInput['check']['status'],
	reference: ListedPaper | undefined,
): ClaimInput['check'] {
	const r = writer.random;
	const verdict = status !== 'unverified' && {
		primary: text(writer, 2, 600),
		read: r.pick(READ_IN),
	};
	const checked = date(r, 2024, 2025);
	return {
		status,
		...(verdict && {
			primary: verdict.primary,
			checkedAgainst: [
				{
					...verdict.read,
					...(reference ? { reference: reference.id } : { title: 'The public record' }),
					url: `https://example.org/records/${reference?.id ?? 'record'}`,
					read: checked,
				},
			],
		}),
		...(status === 'unverified' && { wouldSettle: "The paper's full text." }),
		checked,
		...(r.chance(0.6) && { note: text(writer, r.int(1, 3), 600) }),
	};
}

/** One summary listing `references`, with 8 to 14 checked claims and a body of about 1,000 words. */
export function article(
	writer: ProseWriter,
	index: number,
	references: readonly ListedPaper[],
	outcomes: readonly KindOfOutcome[],
): GeneratedArticle {
	const r = writer.random;
	const id = `summary-${String(index + 1).padStart(5, '0')}-${word(r.int(300, 5000))}`;
	// Past years only: the checker refuses dates later than today.
	const published = date(r, 2024, 2025);
	const headline = writer.capitalised(writer.phrase(r.int(4, 9)).join(' ').replaceAll(',', ''));
	return {
		id,
		data: {
			title: `${headline}, checked`.slice(0, 120),
			description: text(writer, 2, 300),
			source: {
				...(r.chance(0.9) && {
					title: `“${writer.capitalised(writer.phrase(r.int(5, 10)).join(' ').replaceAll(',', ''))}”`,
				}),
				outlet: `${name(writer)} ${r.pick(['blog', 'Times', 'Health News', 'Review', 'Post'])}`,
				...(r.chance(0.6) && { author: name(writer) }),
				...(r.chance(0.6) && { url: `https://example.org/source/${id}` }),
				...(r.chance(0.7) && { published: date(r, 2019, 2024) }),
				...(r.chance(0.4) && { note: text(writer, 1, 400) }),
			},
			published,
			...(r.chance(0.5) && { updated: published }),
			references: references.map((paper) => paper.id),
			claims: Array.from({ length: r.int(8, 14) }, (_, i) =>
				claim(writer, i, references, outcomes),
			),
		},
		body: writer.body(
			r.int(900, 1050),
			references.map((paper) => paper.id),
		),
	};
}
