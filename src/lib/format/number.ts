/** Formats a number for people: a true minus sign for negatives, no trailing zeros lost or added. */
export function formatNumber(value: number): string {
	const text = String(Math.abs(value));
	return value < 0 ? `\u2212${text}` : text;
}

const COUNT_FORMAT = new Intl.NumberFormat('en-GB');

/** Formats a count of things for people, with thousands separators: "70,123". */
export function formatCount(count: number): string {
	return COUNT_FORMAT.format(count);
}
