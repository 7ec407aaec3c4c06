import { ARTICLE_PAGE_IDS, type BodyReport, checkBody, isArticlePageId } from './body-rules.ts';
import { parseBody } from './body-tree.ts';
import type { Problem } from './problems.ts';
import type { RawEntry } from './read-content.ts';

// The claims are read before or despite schema errors (see cross-file-rules.ts): only string ids count.
const idOf = (claim: unknown): string | undefined => {
	const id = claim && typeof claim === 'object' ? (claim as { id?: unknown }).id : undefined;
	return typeof id === 'string' ? id : undefined;
};

/**
 * How an article's body is checked into a report: from the tree its reader parsed (checkEntryBody);
 * a dev server passes one that keeps the reports of unchanged files (content-check.ts), so an edit
 * checks one body, not every body.
 */
export type BodyCheck = (entry: RawEntry) => BodyReport;

/** Checks a body from the tree read-content.ts parsed it into, or as empty if the file was unreadable. */
export const checkEntryBody: BodyCheck = ({ body = '', bodyLine, tree, bodyError }) =>
	checkBody(body, bodyLine, tree ? { tree } : bodyError ? { bodyError } : undefined);

/** Problems in an article's body, and claim ids that clash with the anchors of its headings or layout. */
export function bodyProblems(
	entry: RawEntry,
	claims: unknown[],
	citeProblem: (id: string) => string | undefined,
	bodyCheck: BodyCheck = checkEntryBody,
): Problem[] {
	const { file, body = '', bodyLine } = entry;
	const problems = reportProblems(file, bodyCheck(entry), claims, citeProblem);
	if (!problems.length) return problems;
	// Trees are kept without positions (half their memory), and a report may be one kept from an
	// earlier check whose tree the loader has since let go: a body with a problem is parsed again
	// with positions, so that each problem names its line.
	const withLines = parseBody(body, { positions: true });
	return reportProblems(file, checkBody(body, bodyLine, withLines), claims, citeProblem);
}

/** The problems a body's report shows, and claim ids that clash with the anchors of its headings or layout. */
function reportProblems(
	file: string,
	report: BodyReport,
	claims: unknown[],
	citeProblem: (id: string) => string | undefined,
): Problem[] {
	const problems: Problem[] = report.problems.map(({ line, message }) => ({
		file,
		field: `body (line ${line})`,
		message,
		level: 'error',
	}));
	for (const heading of report.headings)
		if (isArticlePageId(heading.slug))
			problems.push({
				file,
				field: `body (line ${heading.line})`,
				level: 'error',
				message: `expected a heading whose anchor the page does not use already, found "${heading.text}", whose anchor "${heading.slug}" the page layout or a footnote uses; reword the heading`,
			});
	for (const { id, line } of report.cited) {
		const message = citeProblem(id);
		if (message) problems.push({ file, field: `body (line ${line})`, message, level: 'error' });
	}
	claims.forEach((claim, i) => {
		const id = idOf(claim);
		const heading = report.headings.find((h) => h.slug === id);
		if (heading)
			problems.push({
				file,
				field: `claims.${i}.id`,
				level: 'error',
				message: `expected a claim id that no heading uses as its anchor, found "${id}", the anchor of the heading "${heading.text}" (line ${heading.line}); rename the claim`,
			});
		else if (id && isArticlePageId(id))
			problems.push({
				file,
				field: `claims.${i}.id`,
				level: 'error',
				message: `expected a claim id the page layout does not use (${ARTICLE_PAGE_IDS.join(', ')}, cite-preview-<n>, the footnotes' user-content-fn-<n>), found "${id}"`,
			});
	});
	return problems;
}
