import type { ClaimRow } from '../../schemas/claim-row.ts';
import type { Effect } from '../../schemas/effect.ts';
import { isoDate } from '../format/date.ts';
import type { ClaimInArticle, SiteIndex } from '../site/site-index.ts';
import { checkedAgainstKinds, claimDepth } from '../format/checked-against.ts';

/** "MDMA-AT: 67 (n = 42); Placebo: 32 (n = 37)": the arms in one cell, so both files stay flat. */
function armsCell(effect: Effect | undefined): string | null {
	if (!effect?.arms?.length) return null;
	return effect.arms
		.map((arm) => `${arm.label}: ${arm.value}${arm.n === undefined ? '' : ` (n = ${arm.n})`}`)
		.join('; ');
}

function claimRow({ article, claim, href, reference, trial }: ClaimInArticle, site: URL): ClaimRow {
	const { effect, check } = claim;
	const status = reference?.data.status;
	return {
		summary: article.id,
		summary_title: article.data.title,
		claim: claim.id,
		claim_url: new URL(href, site).href,
		statement: claim.statement,
		kind: claim.kind,
		outcome: claim.outcome ?? null,
		metric: effect?.metric ?? null,
		estimate: effect?.value ?? null,
		ci_low: effect?.ci?.[0] ?? null,
		ci_high: effect?.ci?.[1] ?? null,
		// The schema fills in 0.95 when no interval is given; a level without an interval means nothing.
		ci_level: effect?.ci ? effect.level : null,
		p: effect?.p === undefined ? null : String(effect.p),
		n: effect?.n ?? null,
		arms: armsCell(effect),
		arms_analysed: effect?.armsAnalysed ?? null,
		timepoint: effect?.timepoint ?? null,
		comparison: effect?.comparison ?? null,
		basis: effect?.basis ?? null,
		check_status: check.status,
		paper_says: check.primary ?? null,
		checked_against: checkedAgainstKinds(check.checkedAgainst) || null,
		depth: claimDepth(claim) ?? null,
		would_settle: check.wouldSettle ?? null,
		flags: claim.flags.join('; ') || null,
		checked: isoDate(check.checked),
		paper: reference?.id ?? null,
		doi: reference?.data.DOI ?? null,
		trial: trial?.id ?? null,
		design: reference?.data.study.design ?? null,
		paper_status: status?.type ?? null,
		paper_status_date: status ? isoDate(status.date) : null,
	};
}

/**
 * Every claim of every summary as a dataset row, in the order of the findings table (summary, then
 * claim). `site` is the deployed address, so each row's claim_url works outside the site.
 */
export function claimRows(index: SiteIndex, site: URL): ClaimRow[] {
	return index.claims.map((entry) => claimRow(entry, site));
}
