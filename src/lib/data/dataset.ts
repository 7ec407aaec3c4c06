import { type ClaimRow, claimColumns } from '../../schemas/claim-row.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { isoDate } from '../format/date.ts';
import { toCsv } from './csv.ts';

/** Where the two files of the claims dataset are served. */
export const DATA_FILES = { csv: '/data/claims.csv', json: '/data/claims.json' } as const;

/** The dataset's licence: reuse with attribution, as Our World in Data licenses its data. */
export const DATA_LICENCE = {
	name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
	url: 'https://creativecommons.org/licenses/by/4.0/',
};

/**
 * The claims dataset as JSON: an array of rows, each with every column (null where empty), one row
 * a line, so it reads and diffs row by row. Each row is stringified on its own, without indentation,
 * which V8 does about twice as fast as the indented whole (the build's largest JSON.stringify).
 */
export function claimsJson(rows: readonly ClaimRow[]): string {
	return rows.length === 0
		? '[]\n'
		: `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}

/** The claims dataset as CSV, columns in the schema's order. */
export function claimsCsv(rows: readonly ClaimRow[]): string {
	return toCsv(
		claimColumns().map((column) => column.name),
		rows,
	);
}

/** The dataset's version: the day of its latest check, so a citation names the data it used. */
export function datasetVersion(index: SiteIndex): string {
	// A loop, not Math.max(...list): spreading hundreds of thousands of claims overflows the stack.
	const latest = index.claims.reduce(
		(max, { claim }) => Math.max(max, claim.check.checked.getTime()),
		0,
	);
	return isoDate(new Date(latest));
}

/** How to cite the dataset, APA style, for the /data/ page. */
export function datasetCitation(index: SiteIndex, site: URL): string {
	const version = datasetVersion(index);
	return `evidence-digest. (${version.slice(0, 4)}). Claims in popular articles on MDMA-assisted therapy for PTSD, checked against the primary papers (version ${version}) [Data set]. ${new URL('/data/', site).href}`;
}
