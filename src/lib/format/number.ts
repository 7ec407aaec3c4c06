// Fixed notation, never "1e-7": up to 15 significant digits (so 0.1 + 0.2 reads 0.3) and 12
// decimals, so a value too small to mean anything (1e-320) reads 0, not a row of zeros.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', {
	useGrouping: false,
	maximumSignificantDigits: 15,
	maximumFractionDigits: 12,
	roundingPriority: 'lessPrecision',
	signDisplay: 'negative',
});

/** Formats a number for people: fixed notation, a true minus sign for negatives, no trailing zeros added. */
export function formatNumber(value: number): string {
	return NUMBER_FORMAT.format(value).replace('-', '\u2212');
}

const COUNT_FORMAT = new Intl.NumberFormat('en-GB');

/** Formats a count of things for people, with thousands separators: "70,123". */
export function formatCount(count: number): string {
	return COUNT_FORMAT.format(count);
}
