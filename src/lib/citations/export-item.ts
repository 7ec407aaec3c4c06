import type { Reference } from '../../schemas/reference.ts';
import { doiUrl } from '../format/doi.ts';
import { statusLabel, statusLine } from '../format/paper-status.ts';

type CslName = { family?: string; given?: string; literal?: string };

/** A reference's publication status in one sentence that names the notice and its date, for exports' notes. */
export function statusNote(status: NonNullable<Reference['status']>): string {
	const notice = status.notice
		? `notice: ${doiUrl(status.notice)}`
		: 'the DOI of the notice is not recorded';
	const seen = status.confirmed ? '' : '; known from reports, the notice itself was not seen';
	return `${statusLine(status)} (${notice}${seen}).`;
}

/** The keyword a status is filed under in reference managers ("retracted"), which Zotero keeps as a tag. */
export function statusKeyword(status: NonNullable<Reference['status']>): string {
	return statusLabel({ ...status, confirmed: true }).toLowerCase();
}

/**
 * The CSL type a reference is exported as: a regulator's letter or briefing (a document) is a
 * report, which RIS (RPRT), BibTeX (@techreport) and Zotero file with its issuing agency.
 */
export function exportType(data: Reference): Reference['type'] {
	return data.type === 'document' && data.study.design === 'regulatory' ? 'report' : data.type;
}

/** The one organisation that wrote a record, when it has exactly one author and that author is an organisation. */
function soleOrganisation(author: readonly CslName[] | undefined): string | undefined {
	return author?.length === 1 ? author[0].literal : undefined;
}

/** Who issued a record as exports name it: its publisher, or for a regulator's report the agency that wrote it. */
export function exportPublisher(data: Reference): string | undefined {
	return (
		data.publisher ??
		(exportType(data) === 'report' && data.type !== 'report'
			? soleOrganisation(data.author)
			: undefined)
	);
}

/**
 * The CSL fields an export adds to a reference beyond citeproc's: what a citing author must know
 * (a retraction, an incomplete author list, no date), the keyword a status is filed under, the
 * date the site last read an undated web page, and the type reference managers file a regulator's
 * document under (a report, issued by the agency that wrote it).
 */
export function exportFields(data: Reference, accessed: Date | undefined): Record<string, unknown> {
	const fields: Record<string, unknown> = {};
	const notes: string[] = [];
	if (data.status) {
		notes.push(statusNote(data.status));
		fields.keyword = statusKeyword(data.status);
	}
	if (!data.authorsComplete)
		notes.push('Author list incomplete: only the first author is recorded.');
	if (!data.issued && data.URL) notes.push('No date given on the page.');
	if (notes.length) fields.note = notes.join(' ');
	if (!data.issued && data.URL && accessed) {
		fields.accessed = {
			'date-parts': [
				[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()],
			],
		};
	}
	// A regulator's letter or briefing: a report in RIS (RPRT) and BibTeX (@techreport), whose
	// institution is the agency that issued it.
	if (exportType(data) !== data.type) {
		fields.type = exportType(data);
		const issuer = exportPublisher(data);
		if (issuer) fields.publisher = issuer;
	}
	return fields;
}
