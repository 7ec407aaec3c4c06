import type { PartialDate } from '../../schemas/date.ts';

// One formatter per shape for the whole build: toLocaleDateString builds a new one per call, which
// at thousands of pages costs seconds. Every date is read in UTC, so the build machine's zone cannot shift it.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});
const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', {
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** Formats a calendar date as "10 May 2021" in UTC, so the build machine's zone cannot shift it. */
export function formatDate(date: Date): string {
	return DATE_FORMAT.format(date);
}

/** The ISO form YYYY-MM-DD, for <time datetime> and meta tags. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Formats a date known to the year, month or day: "2017", "June 2024", "4 June 2024". */
export function formatPartialDate({ year, month, day }: PartialDate): string {
	if (month === undefined) return String(year);
	const date = new Date(Date.UTC(year, month - 1, day ?? 1));
	return (day === undefined ? MONTH_FORMAT : DATE_FORMAT).format(date);
}

/** The ISO form of a partial date (YYYY, YYYY-MM or YYYY-MM-DD), valid in <time datetime>. */
export function isoPartialDate({ year, month, day }: PartialDate): string {
	return [String(year).padStart(4, '0'), month, day]
		.filter((part) => part !== undefined)
		.map((part) => String(part).padStart(2, '0'))
		.join('-');
}

/** Orders partial dates oldest first; a year alone sorts before any date within that year. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}
