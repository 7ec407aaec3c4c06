import { codePoint } from '../../schemas/characters.ts';
import { readDoi } from '../../schemas/doi.ts';
import { referenceDateParts } from '../format/reference-date.ts';
import type { Problem } from './problems.ts';
import type { RawContent } from './read-content.ts';
import type { Content } from './validate-content.ts';

/**
 * An article's size budget in bytes, above which a warning: about 1.2 times the longest summary so far
 * (41 kB, most of it its claims' checks with the addresses of what was read).
 */
export const ARTICLE_BUDGET = 50_000;
/** Above this, an error: a page this long is no longer a summary. */
export const ARTICLE_LIMIT = 100_000;

const kB = (bytes: number) => `${Math.round(bytes / 100) / 10} kB`;
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Today's date where the check runs, as the UTC midnight that YAML dates parse to. */
export function localToday(now = new Date()): Date {
	return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** The earliest date each kind of date may take, and why, for the message. A year like 0000 or 1066 is a typo. */
const EARLIEST = {
	own: {
		year: 2000,
		why: "a summary's own dates (published, updated, checked, corrections) are this digest's",
	},
	record: {
		year: 1900,
		why: 'MDMA was first made in 1912, so no article or event about it is older',
	},
	paper: { year: 1800, why: 'no paper this digest cites is older' },
} as const;

type DatedField = { file: string; field: string; date?: Date; earliest: keyof typeof EARLIEST };

/** Every date an author writes that records something already done: none may be in the future, or before its kind's earliest year. */
function pastDates(content: Content): Required<DatedField>[] {
	const dates: DatedField[] = [];
	for (const { file, data } of content.articles) {
		dates.push(
			{ file, field: 'published', date: data.published, earliest: 'own' },
			{ file, field: 'updated', date: data.updated, earliest: 'own' },
			{ file, field: 'source.published', date: data.source.published, earliest: 'record' },
		);
		data.claims.forEach((claim, i) => {
			dates.push({
				file,
				field: `claims.${i}.check.checked`,
				date: claim.check.checked,
				earliest: 'own',
			});
			claim.check.checkedAgainst.forEach((entry, j) =>
				dates.push({
					file,
					field: `claims.${i}.check.checkedAgainst.${j}.read`,
					date: entry.read,
					earliest: 'own',
				}),
			);
		});
		data.corrections.forEach((correction, i) =>
			dates.push({ file, field: `corrections.${i}.date`, date: correction.date, earliest: 'own' }),
		);
	}
	for (const { file, data } of content.events) {
		// An event known to the year or month lies ahead only if its first day does.
		const date = new Date(Date.UTC(data.date.year, (data.date.month ?? 1) - 1, data.date.day ?? 1));
		dates.push({ file, field: 'date', date, earliest: 'record' });
	}
	for (const { file, data } of content.outcomes)
		data.certainty.forEach((rating, i) =>
			dates.push({ file, field: `certainty.${i}.read`, date: rating.read, earliest: 'own' }),
		);
	for (const { file, data } of content.references) {
		dates.push({ file, field: 'status.date', date: data.status?.date, earliest: 'record' });
		// A date known to the year or month is in the future only if its first day is.
		const [year, month = 1, day = 1] = referenceDateParts(data) ?? [];
		if (year !== undefined)
			dates.push({
				file,
				field: 'issued.date-parts',
				date: new Date(Date.UTC(year, month - 1, day)),
				earliest: 'paper',
			});
	}
	return dates.filter((d): d is Required<DatedField> => d.date !== undefined);
}

/** Why a date is out of range (later than today, or before its kind's earliest year), or undefined. */
function dateProblem(date: Date, earliest: keyof typeof EARLIEST, today: Date): string | undefined {
	if (date > today)
		return `expected a date no later than today (${day(today)}), found ${day(date)}`;
	const { year, why } = EARLIEST[earliest];
	if (date.getUTCFullYear() < year)
		return `expected a date from ${year} on (${why}), found ${day(date)}; check the year`;
	return undefined;
}

/**
 * Rules about one file that a schema cannot state: dates against today's date, the size budget,
 * and warnings for DOIs the schema accepted after removing a prefix or spaces.
 */
export function fileProblems(raw: RawContent, content: Content, today: Date): Problem[] {
	const problems: Problem[] = [];
	for (const { file, field, date, earliest } of pastDates(content)) {
		const message = dateProblem(date, earliest, today);
		if (message) problems.push({ file, field, level: 'error', message });
	}
	problems.push(...unexplainedUpdates(content));
	for (const { file, bytes } of raw.articles) {
		if (bytes > ARTICLE_LIMIT)
			problems.push({
				file,
				field: '',
				level: 'error',
				message: `expected an article under ${kB(ARTICLE_LIMIT)} (the budget is ${kB(ARTICLE_BUDGET)}), found ${kB(bytes)}; split it into two summaries`,
			});
		else if (bytes > ARTICLE_BUDGET)
			problems.push({
				file,
				field: '',
				level: 'warning',
				message: `expected an article within the ${kB(ARTICLE_BUDGET)} size budget, found ${kB(bytes)}; consider splitting it`,
			});
	}
	for (const { file, data } of raw.references) {
		const record = (data ?? {}) as { DOI?: unknown; status?: { notice?: unknown } };
		for (const [field, value] of [
			['DOI', record.DOI],
			['status.notice', record.status?.notice],
		] as const) {
			if (typeof value !== 'string') continue;
			const reading = readDoi(value);
			if ('compatibility' in reading && reading.compatibility)
				problems.push({
					file,
					field,
					level: 'warning',
					message: `expected a DOI in plain characters, found "${reading.compatibility}" (${codePoint(reading.compatibility)}, a ligature or compatibility form a PDF pastes) in ${JSON.stringify(value)}; it was read as "${reading.doi}"`,
				});
			else if ('bare' in reading && reading.bare !== value)
				problems.push({
					file,
					field,
					level: 'warning',
					message: `expected a bare DOI, found ${JSON.stringify(value)}; it was read as "${reading.doi}"`,
				});
		}
	}
	return problems;
}

/**
 * A summary updated after it was published without a correction dated that day: readers who saw the
 * old text cannot tell what changed. A warning, since a typo fix needs no entry.
 */
function unexplainedUpdates(content: Content): Problem[] {
	return content.articles
		.filter(
			({ data }) =>
				data.updated &&
				data.updated > data.published &&
				!data.corrections.some((c) => c.date.getTime() === data.updated!.getTime()),
		)
		.map(({ file, data }) => ({
			file,
			field: 'updated',
			level: 'warning',
			message: `expected a correction dated ${day(data.updated!)} saying what changed, found none; add one under corrections`,
		}));
}
