import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import type { Content } from './validate.ts';

/** Ids that exist in each linked collection (including files that failed their schema). */
export interface KnownIds {
	references: readonly string[];
	trials: readonly string[];
	outcomes: readonly string[];
	/** Reference ids some article lists, read before schemas so a broken article still counts. */
	cited: ReadonlySet<string>;
}

/** In-text citations in an MDX body: <Cite id="mitchell-2021" />. */
const CITE = /<Cite\b([^>]*)>/g;
const CITE_ID = /\bid\s*=\s*"([^"]*)"/;

/** Ids cited in an MDX body, with any <Cite> whose id is not a plain string. */
export function citedIds(body: string): { ids: string[]; malformed: string[] } {
	const ids: string[] = [];
	const malformed: string[] = [];
	for (const [tag, attributes] of body.matchAll(CITE)) {
		const id = CITE_ID.exec(attributes)?.[1];
		if (id) ids.push(id);
		else malformed.push(tag);
	}
	return { ids, malformed };
}

function missing(collection: string, id: string, known: readonly string[]): string {
	return `expected the id of a file in content/${collection}/, found "${id}"${didYouMean(id, known)}`;
}

/**
 * Rules that need more than one file: links resolve, claims cite listed papers, DOIs are unique,
 * every reference is cited. Astro only logs a dangling link; these fail the build.
 */
export function crossFileProblems(content: Content, known: KnownIds): Problem[] {
	const problems: Problem[] = [];
	const error = (file: string, field: string, message: string) => problems.push({ file, field, message, level: 'error' });
	for (const { file, data, body } of content.articles) {
		const listed = new Set(data.references);
		data.references.forEach((id, i) => {
			if (!known.references.includes(id)) error(file, `references.${i}`, missing('references', id, known.references));
		});
		data.claims.forEach((claim, i) => {
			const { reference, outcome } = claim;
			if (reference && !known.references.includes(reference)) error(file, `claims.${i}.reference`, missing('references', reference, known.references));
			else if (reference && !listed.has(reference)) error(file, `claims.${i}.reference`, `expected a paper listed in this article's references, found "${reference}"; add it to references`);
			if (outcome && !known.outcomes.includes(outcome)) error(file, `claims.${i}.outcome`, missing('outcomes', outcome, known.outcomes));
		});
		const { ids, malformed } = citedIds(body ?? '');
		for (const tag of malformed) error(file, 'body', `expected <Cite id="reference-id" /> with the id in double quotes, found ${JSON.stringify(tag)}`);
		for (const id of ids) {
			if (!known.references.includes(id)) error(file, 'body', `<Cite>: ${missing('references', id, known.references)}`);
			else if (!listed.has(id)) error(file, 'body', `<Cite>: expected a paper listed in this article's references, found "${id}"; add it to references`);
		}
	}
	const byDoi = new Map<string, string>();
	for (const { id, file, data } of content.references) {
		if (data.study.trial && !known.trials.includes(data.study.trial)) error(file, 'study.trial', missing('trials', data.study.trial, known.trials));
		if (data.DOI) {
			const first = byDoi.get(data.DOI);
			if (first) error(file, 'DOI', `expected a DOI no other reference has, found "${data.DOI}", which reference "${first}" also has (DOIs compare case-insensitively)`);
			else byDoi.set(data.DOI, id);
		}
		if (!known.cited.has(id)) problems.push({ file, field: '', level: 'warning', message: 'no article lists this reference; list it in an article\'s references or delete the file' });
	}
	return problems;
}
