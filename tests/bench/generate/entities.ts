import type { z } from 'astro/zod';
import type { OutcomeSchema } from '../../../src/schemas/outcome.ts';
import type { ReferenceInput } from '../../../src/schemas/reference.ts';
import type { TrialSchema } from '../../../src/schemas/trial.ts';
import type { ProseWriter } from './prose.ts';
import { VOCABULARY_SIZE, word } from './prose.ts';

/** A generated content file before it is written: its id (the file name) and its data. */
export interface Generated<T> {
	id: string;
	data: T;
}

type OutcomeInput = z.input<typeof OutcomeSchema>;
type TrialInput = z.input<typeof TrialSchema>;

const OUTCOME_KINDS = ['scale', 'subscale', 'status', 'events'] as const;
const BETTER = ['lower', 'higher', 'fewer', 'not-applicable'] as const;

/** A made-up proper name (a family name, a journal's word), never a real person's. */
export function name(writer: ProseWriter): string {
	return writer.capitalised(word(writer.random.int(2_000, VOCABULARY_SIZE - 1)));
}

/** Sentences joined, cut to fit a schema's character limit. */
export function text(writer: ProseWriter, sentences: number, max: number): string {
	const joined = Array.from({ length: sentences }, () => writer.sentence().text).join(' ');
	return joined.length <= max ? joined : `${joined.slice(0, max - 1).replace(/\s+\S*$/, '')}.`;
}

/** Measures such as CAPS-5: some scales, some statuses, each with definitions. */
export function outcomes(writer: ProseWriter, count: number): Generated<OutcomeInput>[] {
	const r = writer.random;
	return Array.from({ length: count }, (_, k) => {
		const short = `${name(writer).slice(0, 6).toUpperCase()}-${k + 1}`;
		return {
			id: `${short.toLowerCase()}`,
			data: {
				name: `${name(writer)} ${r.pick(['Symptom Scale', 'Inventory', 'Rating Scale', 'Status', 'Event Count'])}`,
				short,
				kind: r.pick(OUTCOME_KINDS),
				measures: text(writer, 2, 600),
				better: r.pick(BETTER),
				definitions: Array.from({ length: r.int(1, 3) }, () => ({
					term: writer.capitalised(writer.phrase(2).join(' ').replaceAll(',', '')),
					meaning: text(writer, 1, 600),
				})),
				...(r.chance(0.5) && { note: text(writer, 1, 400) }),
			},
		};
	});
}

/** Clinical trials with made-up registrations (NCT99…, far past any number yet issued). */
export function trials(writer: ProseWriter, count: number): Generated<TrialInput>[] {
	const r = writer.random;
	return Array.from({ length: count }, (_, k) => {
		const arms = [
			{ label: 'Drug with therapy', n: r.int(10, 120) },
			{ label: 'Placebo with therapy', n: r.int(10, 120) },
		];
		return {
			id: `bench-trial-${k + 1}`,
			data: {
				name: `BENCH-${k + 1}`,
				title: `Phase ${k % 2 ? 3 : 2} trial ${k + 1} of a synthetic benchmark treatment`,
				registration: `NCT99${String(k + 1).padStart(6, '0')}`,
				phase: k % 2 ? 3 : 2,
				population: text(writer, 1, 300),
				...(r.chance(0.7) && { sponsor: `${name(writer)} Foundation` }),
				randomized: arms[0].n + arms[1].n,
				arms,
				...(r.chance(0.5) && { note: text(writer, 1, 400) }),
			},
		};
	});
}

const DESIGNS = [
	'rct',
	'rct',
	'secondary-analysis',
	'meta-analysis',
	'pooled-analysis',
	'review',
	'trial-design',
] as const;

/** Papers (DOIs under Crossref's test prefix 10.5555), web pages on example.org, regulatory documents. */
export function references(
	writer: ProseWriter,
	count: number,
	trialIds: readonly string[],
): Generated<ReferenceInput>[] {
	const r = writer.random;
	return Array.from({ length: count }, (_, k) => {
		const family = name(writer);
		const year = r.int(2005, 2025);
		const id = `${family.toLowerCase()}-${year}-${k + 1}`;
		const title = writer.capitalised(writer.phrase(r.int(6, 14)).join(' ').replaceAll(',', ''));
		const kind = r.next();
		if (kind < 0.08)
			return {
				id,
				data: {
					type: 'webpage',
					title,
					author: [{ literal: `${name(writer)} Health` }],
					'container-title': `${name(writer)} Health`,
					URL: `https://example.org/bench/${id}`,
					study: { design: 'web-page' },
				},
			};
		if (kind < 0.14)
			return {
				id,
				data: {
					type: 'document',
					title: `[${title}]`,
					author: [{ literal: 'Example Regulatory Agency' }],
					issued: { 'date-parts': [[year, r.int(1, 12), r.int(1, 28)]] },
					study: { design: 'regulatory' },
					note: text(writer, 1, 600),
				},
			};
		const design = r.pick(DESIGNS);
		const authors = Array.from({ length: r.int(1, 6) }, (_, i) => ({
			family: i ? name(writer) : family,
			given: `${name(writer)[0]}. ${name(writer)[0]}.`,
		}));
		return {
			id,
			data: {
				type: 'article-journal',
				title,
				author: authors,
				...(r.chance(0.3) && { authorsComplete: false }),
				issued: { 'date-parts': [[year, r.int(1, 12), r.int(1, 28)]] },
				'container-title': `Journal of ${name(writer)} Studies`,
				volume: String(r.int(1, 60)),
				issue: String(r.int(1, 12)),
				page: `${r.int(1, 900)}-${r.int(901, 1800)}`,
				DOI: `10.5555/bench.${year}.${k + 1}`,
				study: {
					design,
					n: r.int(20, 2000),
					...(design === 'meta-analysis' && { studies: r.int(3, 40) }),
					...(/rct|secondary/.test(design) && {
						trial: trialIds[k % trialIds.length],
						trialLink: r.chance(0.8) ? 'reported' : 'consistent-with',
					}),
				},
				...(r.chance(0.02) && {
					status: {
						type: 'retracted',
						date: `${Math.min(year + 2, 2026)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
						notice: `10.5555/bench-notice.${k + 1}`,
						reason: text(writer, 1, 400),
					},
				}),
				...(r.chance(0.5) && { note: text(writer, 1, 600) }),
			},
		} as Generated<ReferenceInput>;
	});
}
