import type { Effect, Metric } from '../../schemas/effect.ts';
import type { Outcome } from '../../schemas/outcome.ts';
import type { Problem } from './problems.ts';
import type { Content } from './validate-content.ts';

// A score is compared as a difference or a correlation; a yes-or-no status or a count of events as a ratio.
const SCORE_METRICS: readonly Metric[] = [
	'cohens-d',
	'hedges-g',
	'smd',
	'mean-difference',
	'mean-change',
	'correlation',
	'percent-by-arm',
];
const EVENT_METRICS: readonly Metric[] = [
	'risk-ratio',
	'odds-ratio',
	'hazard-ratio',
	'percent-by-arm',
	'count-by-arm',
];

/** Metrics that make sense for each kind of outcome (the bench's generator uses it too): a correlation of counted events, or a ratio of scale scores, is a slip. */
export const METRICS_FOR_OUTCOME: Record<Outcome['kind'], readonly Metric[]> = {
	scale: SCORE_METRICS,
	subscale: SCORE_METRICS,
	status: EVENT_METRICS,
	events: EVENT_METRICS,
};

type Report = (field: string, message: string) => void;

/** An effect's n, and its arms' n together, are no more than the participants of the paper it rests on. */
function checkDenominators(
	effect: Effect,
	studyN: number | undefined,
	paper: string,
	report: Report,
): void {
	if (!studyN) return;
	const whose = `the paper's ${studyN} participants (study.n of ${paper})`;
	if (effect.n !== undefined && effect.n > studyN)
		report('effect.n', `expected at most ${whose}, found ${effect.n}`);
	const arms = effect.arms?.reduce((sum, arm) => sum + (arm.n ?? 0), 0) ?? 0;
	if (effect.n === undefined && arms > studyN)
		report('effect.arms', `expected arms whose n add up to at most ${whose}, found ${arms}`);
}

/** The metric suits the outcome's kind. */
function checkMetric(
	effect: Effect,
	outcome: { id: string; data: Outcome } | undefined,
	report: Report,
): void {
	if (!outcome) return;
	const allowed = METRICS_FOR_OUTCOME[outcome.data.kind];
	if (!allowed.includes(effect.metric)) {
		report(
			'effect.metric',
			`expected a metric for ${/^[aeiou]/.test(outcome.data.kind) ? 'an' : 'a'} ${outcome.data.kind} outcome (${allowed.join(', ')}), found "${effect.metric}" for outcome "${outcome.id}"`,
		);
	}
}

/**
 * Rules between parsed files that a schema cannot state: figures within the paper's participants,
 * metrics that suit their outcome, and no two summaries with one title (readers tell them apart by it).
 */
export function consistencyProblems(content: Content): Problem[] {
	const problems: Problem[] = [];
	const references = new Map(content.references.map((r) => [r.id, r]));
	const outcomes = new Map(content.outcomes.map((o) => [o.id, o]));
	const titles = new Map<string, string>();
	for (const { id, file, data } of content.articles) {
		const key = data.title.toLowerCase().replace(/\s+/g, ' ');
		const first = titles.get(key);
		if (first)
			problems.push({
				file,
				field: 'title',
				level: 'error',
				message: `expected a title no other summary has, found ${JSON.stringify(data.title.slice(0, 200))}, the title of ${first}`,
			});
		else titles.set(key, `articles/${id}.mdx`);
		data.claims.forEach((claim, i) => {
			if (!claim.effect) return;
			const report: Report = (field, message) =>
				problems.push({ file, field: `claims.${i}.${field}`, level: 'error', message });
			const paper = claim.reference ? references.get(claim.reference) : undefined;
			checkDenominators(claim.effect, paper?.data.study.n, claim.reference ?? '', report);
			checkMetric(claim.effect, claim.outcome ? outcomes.get(claim.outcome) : undefined, report);
		});
	}
	for (const { id, file, data } of content.references) {
		data.results?.forEach((result, i) => {
			const report: Report = (field, message) =>
				problems.push({ file, field: `results.${i}.${field}`, level: 'error', message });
			checkDenominators(result.effect, data.study.n, id, report);
			checkMetric(result.effect, outcomes.get(result.outcome), report);
		});
	}
	return problems;
}
