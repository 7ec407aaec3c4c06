import { slug } from 'github-slugger';
import { readDoi } from '../../schemas/doi.ts';
import { type BodyCheck, bodyProblems, checkEntryBody } from './body-problems.ts';
import type { Problem } from './problems.ts';
import type { RawContent } from './read-content.ts';
import { didYouMean } from '../../schemas/did-you-mean.ts';
import { quote } from '../../schemas/expected.ts';

// The rules read files before or despite schema errors, so that one run reports every problem:
// these accessors take only values of the right type and skip the rest (the schema reports those).
type Loose = Record<string, unknown>;
const record = (value: unknown): Loose =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined =>
	typeof value === 'string' ? value : undefined;

function missing(collection: string, id: string, known: ReadonlySet<string>): string {
	return `expected the id of a file in content/${collection}/, found ${quote(id)}${didYouMean(id, [...known])}`;
}

const unlisted = (id: string) =>
	`expected a paper listed in this article's references, found "${id}"`;

/** What every rule needs: the ids that exist, and a way to report. */
interface RuleContext {
	// Sets, not lists: every article checks its links against them (thousands of articles × ids at scale).
	ids: Record<keyof RawContent, ReadonlySet<string>>;
	error: (file: string, field: string, message: string) => void;
	warn: (file: string, message: string) => void;
	push: (...problems: Problem[]) => void;
	bodyCheck: BodyCheck;
}

/** Articles: their references, claims and <Cite> ids resolve and are listed. Returns the ids listed anywhere. */
function articleProblems(
	raw: RawContent,
	{ ids, error, push, bodyCheck }: RuleContext,
): Set<string> {
	const listedAnywhere = new Set<string>();
	for (const article of raw.articles) {
		const { file, data } = article;
		const listed = new Set(
			list(record(data).references)
				.map(text)
				.filter((id): id is string => !!id),
		);
		list(record(data).references).forEach((value, i) => {
			const id = text(value);
			if (id) listedAnywhere.add(id);
			if (id && !ids.references.has(id))
				error(file, `references.${i}`, missing('references', id, ids.references));
		});
		list(record(data).claims).forEach((value, i) => {
			const reference = text(record(value).reference);
			const outcome = text(record(value).outcome);
			if (reference && !ids.references.has(reference))
				error(file, `claims.${i}.reference`, missing('references', reference, ids.references));
			else if (reference && !listed.has(reference))
				error(file, `claims.${i}.reference`, `${unlisted(reference)}; add it to references`);
			if (outcome && !ids.outcomes.has(outcome))
				error(file, `claims.${i}.outcome`, missing('outcomes', outcome, ids.outcomes));
			list(record(record(value).check).checkedAgainst).forEach((entry, j) => {
				const id = text(record(entry).reference);
				const field = `claims.${i}.check.checkedAgainst.${j}.reference`;
				if (id && !ids.references.has(id))
					error(file, field, missing('references', id, ids.references));
				// The claim's own reference is reported once, under claims.N.reference.
				else if (id && !listed.has(id) && id !== reference)
					error(file, field, `${unlisted(id)}; add it to references`);
			});
		});
		push(
			...bodyProblems(
				article,
				list(record(data).claims),
				(id) => {
					if (!ids.references.has(id))
						return `<Cite>: ${missing('references', id, ids.references)}`;
					if (!listed.has(id)) return `<Cite>: ${unlisted(id)}; add it to references`;
				},
				bodyCheck,
			),
		);
	}
	return listedAnywhere;
}

/** References: trials and result outcomes resolve, DOIs are unique, and something cites each one. */
function referenceProblems(
	raw: RawContent,
	{ ids, error, warn }: RuleContext,
	listedAnywhere: Set<string>,
): void {
	const byDoi = new Map<string, string>();
	for (const { id, file, data, unreadable } of raw.references) {
		if (unreadable) continue;
		const trial = text(record(record(data).study).trial);
		if (trial && !ids.trials.has(trial))
			error(file, 'study.trial', missing('trials', trial, ids.trials));
		list(record(data).results).forEach((value, i) => {
			const outcome = text(record(value).outcome);
			if (outcome && !ids.outcomes.has(outcome))
				error(file, `results.${i}.outcome`, missing('outcomes', outcome, ids.outcomes));
		});
		// Only DOIs the schema accepts are compared; the schema reports the others.
		const reading = readDoi(text(record(data).DOI) ?? '');
		if ('doi' in reading) {
			const first = byDoi.get(reading.doi);
			if (first)
				error(
					file,
					'DOI',
					`expected a DOI no other reference has, found "${reading.doi}", which reference "${first}" also has (DOIs compare case-insensitively)`,
				);
			else byDoi.set(reading.doi, id);
		}
		if (!listedAnywhere.has(id))
			warn(
				file,
				"nothing cites this reference; list it in an article's references or an outcome's, or delete the file",
			);
	}
}

/**
 * Rules that need more than one file: links resolve, claims and citations use listed papers, DOIs
 * are unique, every reference is cited somewhere, results and timeline events point at files that
 * exist. Astro only logs a dangling link; these fail the build.
 */
export function crossFileProblems(
	raw: RawContent,
	bodyCheck: BodyCheck = checkEntryBody,
): Problem[] {
	const problems: Problem[] = [];
	const context: RuleContext = {
		ids: Object.fromEntries(
			Object.entries(raw).map(([collection, entries]) => [
				collection,
				new Set(entries.map((entry) => entry.id)),
			]),
		) as unknown as RuleContext['ids'],
		error: (file, field, message) => problems.push({ file, field, message, level: 'error' }),
		warn: (file, message) => problems.push({ file, field: '', message, level: 'warning' }),
		push: (...found) => problems.push(...found),
		bodyCheck,
	};
	problems.push(...sameIdProblems(raw));
	const listedAnywhere = articleProblems(raw, context);
	for (const id of appraisalProblems(raw, context)) listedAnywhere.add(id);
	for (const id of outcomeNoteProblems(raw, context)) listedAnywhere.add(id);
	referenceProblems(raw, context, listedAnywhere);
	for (const { file, data } of raw.events) {
		list(record(data).references).forEach((value, i) => {
			const id = text(value);
			if (id && !context.ids.references.has(id))
				context.error(file, `references.${i}`, missing('references', id, context.ids.references));
		});
	}
	return problems;
}

/**
 * Outcomes: each certainty rating's appraisal is a complete reference in content/references/ (its
 * authors listed in full, since it is cited as a whole). Returns the appraisals, which count as cited.
 */
function appraisalProblems(raw: RawContent, { ids, error }: RuleContext): string[] {
	const incomplete = new Set(
		raw.references.filter(({ data }) => record(data).authorsComplete === false).map(({ id }) => id),
	);
	const appraisals: string[] = [];
	for (const { file, data } of raw.outcomes) {
		list(record(data).certainty).forEach((value, i) => {
			const id = text(record(value).appraisal);
			const field = `certainty.${i}.appraisal`;
			if (!id) return;
			appraisals.push(id);
			if (!ids.references.has(id)) error(file, field, missing('references', id, ids.references));
			else if (incomplete.has(id))
				error(
					file,
					field,
					`expected a complete reference (its authors in full), found "${id}", which has authorsComplete: false; complete its authors`,
				);
		});
	}
	return appraisals;
}

/** Outcomes: the references a note mentions resolve. Returns them, since they count as cited. */
function outcomeNoteProblems(raw: RawContent, { ids, error }: RuleContext): string[] {
	const cited: string[] = [];
	for (const { file, data } of raw.outcomes) {
		list(record(data).references).forEach((value, i) => {
			const id = text(value);
			if (!id) return;
			cited.push(id);
			if (!ids.references.has(id))
				error(file, `references.${i}`, missing('references', id, ids.references));
		});
	}
	return cited;
}

/**
 * Two files in one folder that Astro turns into the same id ("Doe-2021" and "doe 2021" both become
 * "doe-2021"): Astro keeps one, silently dropping the other's data, and only logs it. Here it is an error.
 */
function sameIdProblems(raw: RawContent): Problem[] {
	const problems: Problem[] = [];
	for (const [collection, entries] of Object.entries(raw)) {
		const byAstroId = Map.groupBy(entries, (entry) => slug(entry.id));
		for (const [astroId, group] of byAstroId) {
			// The file already named by its id keeps it; the others are reported.
			const keeper = group.find((entry) => entry.id === astroId) ?? group[0];
			const name = keeper.file.split('/').at(-1);
			for (const { id, file } of group.filter((entry) => entry !== keeper)) {
				problems.push({
					file,
					field: '',
					level: 'error',
					message: `expected a file name whose id no other file in content/${collection}/ has, found "${id}", which Astro reads as "${astroId}", the id of ${name}`,
				});
			}
		}
	}
	return problems;
}
