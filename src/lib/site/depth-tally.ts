import type { RecordKind } from '../../schemas/checked-against.ts';
import { VERDICT_STATUSES, type Claim, type VerdictStatus } from '../../schemas/claim.ts';
import { DEPTH_LABELS, claimDepth } from '../format/checked-against.ts';

/** One row of a depth tally: the verdicts that rest on one depth of check. */
export interface DepthRow {
	depth: RecordKind;
	label: string;
	counts: Record<VerdictStatus, number>;
	total: number;
}

/**
 * A summary's verdicts counted by how deep their check went (its strongest record), strongest
 * first; only depths that carry a verdict. Unverified claims are not verdicts and are left out.
 */
export function depthTally(claims: readonly Pick<Claim, 'kind' | 'check'>[]): DepthRow[] {
	const rows = new Map<RecordKind, DepthRow>();
	for (const claim of claims) {
		const status = claim.check.status;
		const depth = claimDepth(claim);
		if (!depth || !(VERDICT_STATUSES as readonly string[]).includes(status)) continue;
		let row = rows.get(depth);
		if (!row) {
			row = {
				depth,
				label: DEPTH_LABELS[depth],
				counts: { consistent: 0, discrepant: 0, unsupported: 0 },
				total: 0,
			};
			rows.set(depth, row);
		}
		row.counts[status as VerdictStatus]++;
		row.total++;
	}
	const order = Object.keys(DEPTH_LABELS);
	return [...rows.values()].sort((a, b) => order.indexOf(a.depth) - order.indexOf(b.depth));
}
