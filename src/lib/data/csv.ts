/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet. The claims dataset is the one
 * user; the rules live here so they are tested apart from it.
 */

/** A cell's value: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null;

// Excel reads a UTF-8 file without a byte order mark as the legacy code page, so "≥" and "–" in
// statements turn to mojibake; with the mark it reads UTF-8. Python's "utf-8-sig", pandas and
// LibreOffice skip the mark. (R's read.csv needs fileEncoding = "UTF-8-BOM".)
export const BOM = '\uFEFF';

// OWASP "CSV Injection": a cell a spreadsheet would read as a formula starts with = + - @, or with a
// tab or carriage return that it strips before looking. A leading apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: numbers as written (a negative number is data, not a formula), text with a leading
 * apostrophe if it could run as a formula, and quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: CsvValue): string {
	if (value === null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole file: the BOM, a header row, then one row per record, each line ending CRLF as RFC 4180
 * says. `columns` fixes the order; every record gives a value for each.
 */
export function toCsv<K extends string>(
	columns: readonly K[],
	records: readonly Record<K, CsvValue>[],
): string {
	const line = (cells: readonly CsvValue[]) => `${cells.map(csvCell).join(',')}\r\n`;
	return (
		BOM +
		line(columns) +
		records.map((record) => line(columns.map((name) => record[name]))).join('')
	);
}
