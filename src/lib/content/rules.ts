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

function missing(collection: string, id: string, known: readonly string[]): string {
	return `expected the id of a file in content/${collection}/, found "${id}"${didYouMean(id, known)}`;
}

/** What every rule needs: the ids that exist, and a way to report. */
interface RuleContext {
	ids: Record<keyof RawContent, string[]>;
	error: (file: string, field: string, message: string) => void;
	warn: (file: string, message: string) => void;
}

/** Articles: their references, claims and <Cite> ids resolve and are listed. Returns the ids listed anywhere. */
function articleProblems(raw: RawContent, { ids, error }: RuleContext): Set<string> {
	const listedAnywhere = new Set<string>();
	for (const { file, data, body } of raw.articles) {
		const listed = new Set(list(record(data).references).map(text).filter((id): id is string => !!id));
		list(record(data).references).forEach((value, i) => {
			const id = text(value);
			if (id) listedAnywhere.add(id);
			if (id && !ids.references.includes(id)) error(file, `references.${i}`, missing('references', id, ids.references));
		});
		list(record(data).claims).forEach((value, i) => {
			const reference = text(record(value).reference);
			const outcome = text(record(value).outcome);
			if (reference && !ids.references.includes(reference)) error(file, `claims.${i}.reference`, missing('references', reference, ids.references));
			else if (reference && !listed.has(reference)) error(file, `claims.${i}.reference`, `expected a paper listed in this article's references, found "${reference}"; add it to references`);
			if (outcome && !ids.outcomes.includes(outcome)) error(file, `claims.${i}.outcome`, missing('outcomes', outcome, ids.outcomes));
		});
		const cited = citedIds(body ?? '');
		for (const tag of cited.malformed) error(file, 'body', `expected <Cite id="reference-id" /> with the id in double quotes, found ${JSON.stringify(tag)}`);
		for (const id of cited.ids) {
			if (!ids.references.includes(id)) error(file, 'body', `<Cite>: ${missing('references', id, ids.references)}`);
			else if (!listed.has(id)) error(file, 'body', `<Cite>: expected a paper listed in this article's references, found "${id}"; add it to references`);
		}
	}
	return listedAnywhere;
}

/** References: trials and result outcomes resolve, DOIs are unique, and some article lists each one. */
function referenceProblems(raw: RawContent, { ids, error, warn }: RuleContext, listedAnywhere: Set<string>): void {
	const byDoi = new Map<string, string>();
	for (const { id, file, data, unreadable } of raw.references) {
		if (unreadable) continue;
		const trial = text(record(record(data).study).trial);
		if (trial && !ids.trials.includes(trial)) error(file, 'study.trial', missing('trials', trial, ids.trials));
		list(record(data).results).forEach((value, i) => {
			const outcome = text(record(value).outcome);
			if (outcome && !ids.outcomes.includes(outcome)) error(file, `results.${i}.outcome`, missing('outcomes', outcome, ids.outcomes));
		});
		const doi = text(record(data).DOI);
		if (doi) {
			const normal = normalizeDoi(doi);
			const first = byDoi.get(normal);
			if (first) error(file, 'DOI', `expected a DOI no other reference has, found "${normal}", which reference "${first}" also has (DOIs compare case-insensitively)`);
			else byDoi.set(normal, id);
		}
		if (!listedAnywhere.has(id)) warn(file, 'no article lists this reference; list it in an article\'s references or delete the file');
	}
}

/**
 * Rules that need more than one file: links resolve, claims and citations use listed papers, DOIs
 * are unique, every reference is listed somewhere, results and timeline events point at files that
 * exist. Astro only logs a dangling link; these fail the build.
 */
export function crossFileProblems(raw: RawContent): Problem[] {
	const problems: Problem[] = [];
	const context: RuleContext = {
		ids: Object.fromEntries(Object.entries(raw).map(([collection, entries]) => [collection, entries.map((entry) => entry.id)])) as RuleContext['ids'],
		error: (file, field, message) => problems.push({ file, field, message, level: 'error' }),
		warn: (file, message) => problems.push({ file, field: '', message, level: 'warning' }),
	};
	referenceProblems(raw, context, articleProblems(raw, context));
	for (const { file, data } of raw.events) {
		list(record(data).references).forEach((value, i) => {
			const id = text(value);
			if (id && !context.ids.references.includes(id)) context.error(file, `references.${i}`, missing('references', id, context.ids.references));
		});
	}
	return problems;
}
