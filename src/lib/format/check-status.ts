// The words a check status is shown in, everywhere: badges, tables, the findings filters and the
// search filters use the same ones, so a reader filtering by a badge's words finds its claims.
import type { CheckStatus, Claim, ClaimFlag } from '../../schemas/claim.ts';

/** How each check status reads on badges and in filters. */
export const CHECK_LABELS: Record<CheckStatus, string> = {
	consistent: 'Consistent with the paper',
	discrepant: 'Differs from the paper',
	unsupported: 'Not shown by the paper',
	unverified: 'Not verified against the paper',
};

/** The same, for a claim checked against a public record that is not a paper (a regulator's decision). */
export const RECORD_CHECK_LABELS: Record<CheckStatus, string> = {
	consistent: 'Consistent with the record',
	discrepant: 'Differs from the record',
	unsupported: 'Not shown by the record',
	unverified: 'Not verified against the record',
};

/** Whether a claim was checked against a regulator's or other non-paper record rather than a paper. */
export function isRecordCheck(claim: Pick<Claim, 'kind'>, design?: string): boolean {
	return design === undefined
		? claim.kind === 'regulatory'
		: design === 'regulatory' || design === 'notice';
}

/** Short forms for narrow places such as table cells. */
export const CHECK_SHORT_LABELS: Record<CheckStatus, string> = {
	consistent: 'Consistent',
	discrepant: 'Discrepant',
	unsupported: 'Not shown',
	unverified: 'Not verified',
};

/** What a verdict means, in a sentence: the /about/ methods and the share cards' key use these. */
export const CHECK_MEANINGS: Record<CheckStatus, string> = {
	consistent: 'The primary paper or record says the same.',
	discrepant: 'The primary paper or record says otherwise.',
	unsupported:
		'The source claims something the cited paper or record does not show. Not a contradiction: the record is silent or stops short.',
	unverified:
		'Not yet settled by a primary record (none read, or none read that shows it); the card says which record would settle it.',
};

/** How each flag reads beside a claim's verdict: a flag is about the claim, not a verdict on it. */
export const FLAG_LABELS: Record<ClaimFlag, string> = {
	'omits-context': 'Leaves out context',
	'out-of-date': 'Out of date',
};
