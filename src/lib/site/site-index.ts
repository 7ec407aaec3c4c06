import type { Article } from '../../schemas/article.ts';
import { comparePartialDates } from '../format/date.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Outcome } from '../../schemas/outcome.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { TimelineEvent } from '../../schemas/timeline-event.ts';
import type { Trial } from '../../schemas/trial.ts';

/** An entry as queries see it: its id and its parsed data. */
export interface Item<T> {
	id: string;
	data: T;
}

/** A paper with the trial whose participants it reports, resolved. */
export interface ReferenceItem extends Item<Reference> {
	trial?: Item<Trial>;
}

/** A summary with the papers it lists and its claims, resolved. */
export interface ArticleItem extends Item<Article> {
	/** The papers of `data.references`, in its order. */
	references: ReferenceItem[];
	claims: ClaimInArticle[];
}

/** A timeline event with the papers it cites, resolved. */
export interface EventItem extends Item<TimelineEvent> {
	references: ReferenceItem[];
}

/** An outcome with the papers its note mentions, resolved. */
export interface OutcomeItem extends Item<Outcome> {
	/** The papers of `data.references`, in its order. */
	references: ReferenceItem[];
}

/** An outcome page that cites a paper, and how: as an appraisal of its certainty, or in its note. */
export interface OutcomeCitation {
	outcome: OutcomeItem;
	as: 'appraisal' | 'note';
}

/** A claim together with the article it belongs to and everything it links to. */
export interface ClaimInArticle {
	article: ArticleItem;
	claim: Claim;
	/** The claim's address: /articles/<slug>/#<claim-id>. */
	href: string;
	/** The paper the claim rests on. */
	reference?: ReferenceItem;
	outcome?: OutcomeItem;
	/** The trial whose participants that paper reports. */
	trial?: Item<Trial>;
}

/** The whole site's content with every link resolved once, so pages never look an id up. */
export interface SiteIndex {
	articles: ArticleItem[];
	references: Map<string, ReferenceItem>;
	trials: Map<string, Item<Trial>>;
	outcomes: Map<string, OutcomeItem>;
	/** The regulatory and publication timeline, oldest first. */
	events: EventItem[];
	claims: ClaimInArticle[];
	claimsByReference: Map<string, ClaimInArticle[]>;
	claimsByOutcome: Map<string, ClaimInArticle[]>;
	claimsByTrial: Map<string, ClaimInArticle[]>;
	articlesByReference: Map<string, ArticleItem[]>;
	/** The outcome pages that cite each paper, by their short names. */
	outcomesByReference: Map<string, OutcomeCitation[]>;
	referencesByTrial: Map<string, ReferenceItem[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/**
 * The item with this id. The content check has already refused every link to a file that does not
 * exist, naming the file and field, so a miss here is a bug in the site's code, not in content.
 */
function resolve<T>(map: ReadonlyMap<string, T>, id: string): T {
	const found = map.get(id);
	if (!found)
		throw new Error(
			`site index: no item has the id "${id}"; npm run check names the file that links to it`,
		);
	return found;
}

const byId = <T extends { id: string }>(items: T[]) =>
	new Map(items.map((item) => [item.id, item]));

/** Resolves every link between articles, claims, references, trials, outcomes and events in one pass. */
export function indexContent(input: {
	articles: Item<Article>[];
	references: Item<Reference>[];
	trials: Item<Trial>[];
	outcomes: Item<Outcome>[];
	events: Item<TimelineEvent>[];
}): SiteIndex {
	const trials = byId(input.trials);
	const references = byId(
		input.references.map((reference): ReferenceItem => {
			const trial = reference.data.study.trial;
			return trial ? { ...reference, trial: resolve(trials, trial) } : reference;
		}),
	);
	const paper = (id: string) => resolve(references, id);
	const outcomes = byId(
		input.outcomes.map((outcome) => ({
			...outcome,
			references: outcome.data.references.map(paper),
		})),
	);
	const index: SiteIndex = {
		articles: [],
		references,
		trials,
		outcomes,
		events: input.events
			.map((event) => ({ ...event, references: event.data.references.map(paper) }))
			.sort((a, b) => comparePartialDates(a.data.date, b.data.date)),
		claims: [],
		claimsByReference: new Map(),
		claimsByOutcome: new Map(),
		claimsByTrial: new Map(),
		articlesByReference: new Map(),
		outcomesByReference: outcomeCitations(outcomes.values()),
		referencesByTrial: new Map(),
	};
	for (const reference of references.values())
		if (reference.trial) push(index.referencesByTrial, reference.trial.id, reference);
	const sorted = [...input.articles].sort((a, b) => a.data.title.localeCompare(b.data.title));
	for (const item of sorted) index.articles.push(indexArticle(item, index, paper));
	return index;
}

/**
 * The outcome pages that cite each paper, as an appraisal of its certainty or in its note, by short
 * name, so that a scale comes before its response and remission (CAPS-5, CAPS-5 remission).
 */
function outcomeCitations(outcomes: Iterable<OutcomeItem>): Map<string, OutcomeCitation[]> {
	const cited = new Map<string, OutcomeCitation[]>();
	const byName = [...outcomes].sort((a, b) => a.data.short.localeCompare(b.data.short));
	for (const outcome of byName) {
		for (const { appraisal } of outcome.data.certainty)
			push(cited, appraisal, { outcome, as: 'appraisal' });
		for (const reference of outcome.references) push(cited, reference.id, { outcome, as: 'note' });
	}
	return cited;
}

/** One article resolved, its claims added to the index's lists. */
function indexArticle(
	item: Item<Article>,
	index: SiteIndex,
	paper: (id: string) => ReferenceItem,
): ArticleItem {
	const article: ArticleItem = { ...item, references: item.data.references.map(paper), claims: [] };
	for (const reference of article.references)
		push(index.articlesByReference, reference.id, article);
	for (const claim of item.data.claims) {
		const reference = claim.reference ? paper(claim.reference) : undefined;
		const entry: ClaimInArticle = {
			article,
			claim,
			href: `/articles/${article.id}/#${claim.id}`,
			reference,
			outcome: claim.outcome ? resolve(index.outcomes, claim.outcome) : undefined,
			trial: reference?.trial,
		};
		article.claims.push(entry);
		index.claims.push(entry);
		if (reference) push(index.claimsByReference, reference.id, entry);
		if (entry.trial) push(index.claimsByTrial, entry.trial.id, entry);
		if (entry.outcome) push(index.claimsByOutcome, entry.outcome.id, entry);
	}
	return article;
}
