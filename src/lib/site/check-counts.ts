import type { CheckStatus, Claim } from '../../schemas/claim.ts';

/** How each check status reads on badges and in filters. */
export const CHECK_LABELS: Record<CheckStatus, string> = {
	consistent: 'Consistent with the paper',
	discrepant: 'Differs from the paper',
	unverified: 'Not verified against the paper',
};

/** The same, for a claim checked against a public record that is not a paper (a regulator's decision). */
export const RECORD_CHECK_LABELS: Record<CheckStatus, string> = {
	consistent: 'Consistent with the record',
	discrepant: 'Differs from the record',
	unverified: 'Not verified against the record',
};

/** Whether a claim was checked against a regulator's or other non-paper record rather than a paper. */
export function isRecordCheck(claim: Pick<Claim, 'kind'>, design?: string): boolean {
	return design === undefined ? claim.kind === 'regulatory' : design === 'regulatory' || design === 'notice';
}

/** Short forms for narrow places such as table cells. */
export const CHECK_SHORT_LABELS: Record<CheckStatus, string> = {
	consistent: 'Consistent',
	discrepant: 'Discrepant',
	unverified: 'Not verified',
};

/** How many claims of a source document were checked with each result. */
export interface CheckCounts {
	total: number;
	consistent: number;
	discrepant: number;
	unverified: number;
	/** Consistent plus discrepant: the claims a paper or record confirmed or contradicted. */
	verified: number;
}

/** Counts a list of claims by check status. */
export function countChecks(claims: readonly Pick<Claim, 'check'>[]): CheckCounts {
	const count = (status: CheckStatus) => claims.filter((claim) => claim.check.status === status).length;
	const [consistent, discrepant, unverified] = [count('consistent'), count('discrepant'), count('unverified')];
	return { total: claims.length, consistent, discrepant, unverified, verified: consistent + discrepant };
}

/** Adds two sets of counts, for site-wide totals. */
export function addCounts(a: CheckCounts, b: CheckCounts): CheckCounts {
	return { total: a.total + b.total, consistent: a.consistent + b.consistent, discrepant: a.discrepant + b.discrepant, unverified: a.unverified + b.unverified, verified: a.verified + b.verified };
}

/** The one-line summary an article header links to /checks/ with: "9 of 14 claims verified against a paper or record; 3 discrepancies". */
export function describeChecks({ total, verified, discrepant }: CheckCounts): string {
	const claims = total === 1 ? 'claim' : 'claims';
	const differences = discrepant === 0 ? 'no discrepancies' : discrepant === 1 ? '1 discrepancy' : `${discrepant} discrepancies`;
	return `${verified} of ${total} ${claims} verified against a paper or record; ${differences}`;
}
