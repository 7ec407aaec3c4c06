import { normalizeDoi } from '../../schemas/doi.ts';
import type { Problem } from './problems.ts';
import type { RawContent } from './read.ts';
import { didYouMean } from './suggest.ts';

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

// The rules read files before or despite schema errors, so that one run reports every problem:
// these accessors take only values of the right type and skip the rest (the schema reports those).
type Loose = Record<string, unknown>;
const record = (value: unknown): Loose => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function missing(collection: string, id: string, known: ReadonlySet<string>): string {
	return `expected the id of a file in content/${collection}/, found "${id}"${didYouMean(id, [...known])}`;
}

/**
 * Rules that need more than one file: links resolve, claims and citations use listed papers,
 * DOIs are unique, every reference is listed somewhere. Astro only logs a dangling link; these fail the build.
 */
export function crossFileProblems(raw: RawContent): Problem[] {
	const problems: Problem[] = [];
	const error = (file: string, field: string, message: string) => problems.push({ file, field, message, level: 'error' });
	// Sets, not lists: every article checks its links against them (thousands of articles × ids).
	const ids = (collection: keyof RawContent) => new Set(raw[collection].map((entry) => entry.id));
	const references = ids('references');
	const outcomes = ids('outcomes');
	const trials = ids('trials');
	const listedAnywhere = new Set<string>();
	for (const { file, data, body } of raw.articles) {
		const listed = new Set(list(record(data).references).map(text).filter((id): id is string => !!id));
		list(record(data).references).forEach((value, i) => {
			const id = text(value);
			if (id) listedAnywhere.add(id);
			if (id && !references.has(id)) error(file, `references.${i}`, missing('references', id, references));
		});
		list(record(data).claims).forEach((value, i) => {
			const reference = text(record(value).reference);
			const outcome = text(record(value).outcome);
			if (reference && !references.has(reference)) error(file, `claims.${i}.reference`, missing('references', reference, references));
			else if (reference && !listed.has(reference)) error(file, `claims.${i}.reference`, `expected a paper listed in this article's references, found "${reference}"; add it to references`);
			if (outcome && !outcomes.has(outcome)) error(file, `claims.${i}.outcome`, missing('outcomes', outcome, outcomes));
		});
		const cited = citedIds(body ?? '');
		for (const tag of cited.malformed) error(file, 'body', `expected <Cite id="reference-id" /> with the id in double quotes, found ${JSON.stringify(tag)}`);
		for (const id of cited.ids) {
			if (!references.has(id)) error(file, 'body', `<Cite>: ${missing('references', id, references)}`);
			else if (!listed.has(id)) error(file, 'body', `<Cite>: expected a paper listed in this article's references, found "${id}"; add it to references`);
		}
	}
	const byDoi = new Map<string, string>();
	for (const { id, file, data, unreadable } of raw.references) {
		if (unreadable) continue;
		const trial = text(record(record(data).study).trial);
		if (trial && !trials.has(trial)) error(file, 'study.trial', missing('trials', trial, trials));
		const doi = text(record(data).DOI);
		if (doi) {
			const normal = normalizeDoi(doi);
			const first = byDoi.get(normal);
			if (first) error(file, 'DOI', `expected a DOI no other reference has, found "${normal}", which reference "${first}" also has (DOIs compare case-insensitively)`);
			else byDoi.set(normal, id);
		}
		if (!listedAnywhere.has(id)) problems.push({ file, field: '', level: 'warning', message: 'no article lists this reference; list it in an article\'s references or delete the file' });
	}
	return problems;
}
