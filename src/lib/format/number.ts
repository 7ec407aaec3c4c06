/** Formats a number for people: a true minus sign for negatives, no trailing zeros lost or added. */
export function formatNumber(value: number): string {
	const text = String(Math.abs(value));
	return value < 0 ? `\u2212${text}` : text;
}

// One formatter for the whole build: toLocaleDateString builds a new one per call, which at
// thousands of pages costs seconds.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats a calendar date as "10 May 2021" in UTC, so the build machine's zone cannot shift it. */
export function formatDate(date: Date): string {
	return DATE_FORMAT.format(date);
}

/** The ISO form YYYY-MM-DD, for <time datetime> and meta tags. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
