import { CHECK_STATUSES, type CheckStatus } from '../../schemas/claim.ts';

/** How many claims of a source document were checked with each result. */
export interface CheckCounts {
	total: number;
	consistent: number;
	discrepant: number;
	unsupported: number;
	unverified: number;
	/** Consistent, discrepant and unsupported: the claims checked against a paper or record. */
	verified: number;
}

/** Counts a list of claims by check status. */
export function countChecks(claims: readonly { check: { status: CheckStatus } }[]): CheckCounts {
	const count = (status: CheckStatus) =>
		claims.filter((claim) => claim.check.status === status).length;
	const [consistent, discrepant, unsupported, unverified] = CHECK_STATUSES.map(count);
	return {
		total: claims.length,
		consistent,
		discrepant,
		unsupported,
		unverified,
		verified: consistent + discrepant + unsupported,
	};
}

/** Adds two sets of counts, for site-wide totals. */
export function addCounts(a: CheckCounts, b: CheckCounts): CheckCounts {
	return {
		total: a.total + b.total,
		consistent: a.consistent + b.consistent,
		discrepant: a.discrepant + b.discrepant,
		unsupported: a.unsupported + b.unsupported,
		unverified: a.unverified + b.unverified,
		verified: a.verified + b.verified,
	};
}

/**
 * The one-line summary an article header links to /checks/ with: "9 of 14 claims checked against a
 * paper or record: 5 consistent, 3 discrepancies, 1 not shown by the record". "Checked", not
 * "verified": a claim the record contradicts or does not show was checked, not confirmed.
 */
export function describeChecks({
	total,
	verified,
	consistent,
	discrepant,
	unsupported,
}: CheckCounts): string {
	const claims = total === 1 ? 'claim' : 'claims';
	const differences =
		discrepant === 0
			? 'no discrepancies'
			: discrepant === 1
				? '1 discrepancy'
				: `${discrepant} discrepancies`;
	const unshown = unsupported === 0 ? '' : `, ${unsupported} not shown by the record`;
	return `${verified} of ${total} ${claims} checked against a paper or record: ${consistent} consistent, ${differences}${unshown}`;
}
