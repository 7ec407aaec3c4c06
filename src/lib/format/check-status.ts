// The words a check status is shown in, everywhere: badges, tables, the findings filters and the
// search filters use the same ones, so a reader filtering by a badge's words finds its claims.
import type { CheckStatus, Claim } from '../../schemas/claim.ts';

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
