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

/** A claim together with the article it belongs to. */
export interface ClaimInArticle {
	article: Item<Article>;
	claim: Claim;
	/** The claim's address: /articles/<slug>/#<claim-id>. */
	href: string;
}

/** The whole site's content with every link resolved once, so pages never filter collections. */
export interface SiteIndex {
	articles: Item<Article>[];
	references: Map<string, Item<Reference>>;
	trials: Map<string, Item<Trial>>;
	outcomes: Map<string, Item<Outcome>>;
	/** The regulatory and publication timeline, oldest first. */
	events: Item<TimelineEvent>[];
	claims: ClaimInArticle[];
	claimsByReference: Map<string, ClaimInArticle[]>;
	claimsByOutcome: Map<string, ClaimInArticle[]>;
	claimsByTrial: Map<string, ClaimInArticle[]>;
	articlesByReference: Map<string, Item<Article>[]>;
	referencesByTrial: Map<string, Item<Reference>[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function must<T>(map: Map<string, T>, id: string, where: string): T {
	const found = map.get(id);
	if (!found) throw new Error(`${where}: expected the id of an existing file, found "${id}"`);
	return found;
}

/**
 * Resolves every link between articles, claims, references, trials and outcomes in one pass.
 * A dangling id throws (the content checker reports these first, with file and field).
 */
export function indexContent(input: {
	articles: Item<Article>[];
	references: Item<Reference>[];
	trials: Item<Trial>[];
	outcomes: Item<Outcome>[];
	events: Item<TimelineEvent>[];
}): SiteIndex {
	const byId = <T>(items: Item<T>[]) => new Map(items.map((item) => [item.id, item]));
	const articles = [...input.articles].sort((a, b) => a.data.title.localeCompare(b.data.title));
	const index: SiteIndex = {
		articles,
		references: byId(input.references),
		trials: byId(input.trials),
		outcomes: byId(input.outcomes),
		events: [...input.events].sort((a, b) => comparePartialDates(a.data.date, b.data.date)),
		claims: [],
		claimsByReference: new Map(),
		claimsByOutcome: new Map(),
		claimsByTrial: new Map(),
		articlesByReference: new Map(),
		referencesByTrial: new Map(),
	};
	for (const event of index.events)
		for (const id of event.data.references)
			must(index.references, id, `events/${event.id} references`);
	for (const reference of input.references) {
		if (reference.data.study.trial) {
			must(index.trials, reference.data.study.trial, `references/${reference.id} study.trial`);
			push(index.referencesByTrial, reference.data.study.trial, reference);
		}
	}
	for (const article of articles) {
		for (const id of article.data.references)
			push(
				index.articlesByReference,
				must(index.references, id, `articles/${article.id} references`).id,
				article,
			);
		for (const claim of article.data.claims) {
			const entry: ClaimInArticle = {
				article,
				claim,
				href: `/articles/${article.id}/#${claim.id}`,
			};
			index.claims.push(entry);
			if (claim.reference) {
				const trial = must(
					index.references,
					claim.reference,
					`articles/${article.id} claims ${claim.id}`,
				).data.study.trial;
				push(index.claimsByReference, claim.reference, entry);
				if (trial) push(index.claimsByTrial, trial, entry);
			}
			if (claim.outcome)
				push(
					index.claimsByOutcome,
					must(index.outcomes, claim.outcome, `articles/${article.id} claims ${claim.id}`).id,
					entry,
				);
		}
	}
	return index;
}
