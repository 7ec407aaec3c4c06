import type { CheckStatus, Claim } from '../../schemas/claim.ts';

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
	const count = (status: CheckStatus) =>
		claims.filter((claim) => claim.check.status === status).length;
	const [consistent, discrepant, unverified] = [
		count('consistent'),
		count('discrepant'),
		count('unverified'),
	];
	return {
		total: claims.length,
		consistent,
		discrepant,
		unverified,
		verified: consistent + discrepant,
	};
}

/** Adds two sets of counts, for site-wide totals. */
export function addCounts(a: CheckCounts, b: CheckCounts): CheckCounts {
	return {
		total: a.total + b.total,
		consistent: a.consistent + b.consistent,
		discrepant: a.discrepant + b.discrepant,
		unverified: a.unverified + b.unverified,
		verified: a.verified + b.verified,
	};
}

/** The one-line summary an article header links to /checks/ with: "9 of 14 claims verified against a paper or record; 3 discrepancies". */
export function describeChecks({ total, verified, discrepant }: CheckCounts): string {
	const claims = total === 1 ? 'claim' : 'claims';
	const differences =
		discrepant === 0
			? 'no discrepancies'
			: discrepant === 1
				? '1 discrepancy'
				: `${discrepant} discrepancies`;
	return `${verified} of ${total} ${claims} verified against a paper or record; ${differences}`;
}
