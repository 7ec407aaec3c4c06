import { citationLabel } from '../citations/index.ts';
import type { Content } from '../content/validate.ts';
import { DESIGN_LABELS } from '../format/design.ts';
import { formatEffect } from '../format/effect.ts';
import { escapeHtml } from '../format/escape.ts';
import { META, SUMMARY_FILTER, TYPES } from './names.ts';

/** One claim as its own search record: an HTML document Pagefind indexes under the claim's anchor. */
export interface ClaimRecord {
	url: string;
	/**
	 * Where the index build writes the document, relative to a folder of its own: in a folder named
	 * `#<claim id>` inside the summary's, so that Pagefind, which reads a folder of files in
	 * parallel, gives it the address `/articles/<summary>/%23<claim id>/` (safe.ts, claimAddress).
	 */
	file: string;
	content: string;
}

/** The check status as readers see it in results and filters. */
export const STATUS_LABELS = { consistent: 'Consistent with the paper', discrepant: 'Differs from the paper', unverified: 'Not verified' } as const;

const filter = (name: string, value: string | undefined) => (value ? `<span data-pagefind-filter="${name}">${escapeHtml(value)}</span>` : '');
const meta = (name: string, value: string | undefined) => (value ? `<span data-pagefind-meta="${name}">${escapeHtml(value)}</span>` : '');

/**
 * A record per claim, so that "67%" or "remission" finds the claim itself, at its anchor, with its
 * effect and status, filterable by status, design, outcome, trial, paper and outlet. The statement
 * is the record's title (weighted like a heading); what the paper reports is its body. Only the
 * effect is meta: what a result shows besides (kind, outlet, status, summary) are filter values,
 * because Pagefind searches meta words and every claim would match "claim", "paper" or its
 * summary's title. `labels` are the papers' in-text labels with APA's year letters (citationLabels);
 * without them the plain label is used.
 */
export function claimRecords(content: Content, labels?: ReadonlyMap<string, string>): ClaimRecord[] {
	const references = new Map(content.references.map((r) => [r.id, r.data]));
	const outcomes = new Map(content.outcomes.map((o) => [o.id, o.data]));
	const trials = new Map(content.trials.map((t) => [t.id, t.data]));
	return content.articles.flatMap(({ id, data: article }) =>
		article.claims.map((claim) => {
			const reference = claim.reference ? references.get(claim.reference) : undefined;
			const trial = reference?.study.trial ? trials.get(reference.study.trial) : undefined;
			const effect = claim.effect ? `${formatEffect(claim.effect)}${claim.effect.basis === 'source' ? ' (as the source states it; unverified)' : ''}` : undefined;
			const body = [claim.check.primary, claim.check.note, effect].filter(Boolean).map((text) => `<p>${escapeHtml(text!)}</p>`).join('');
			const html = [
				'<!doctype html><html lang="en"><body data-pagefind-body>',
				`<h1 data-pagefind-meta="title">${escapeHtml(claim.statement)}</h1>`,
				body,
				'<div data-pagefind-ignore>',
				meta(META.effect, effect),
				filter('type', TYPES.claim),
				filter('status', STATUS_LABELS[claim.check.status]),
				filter('design', reference ? DESIGN_LABELS[reference.study.design] : undefined),
				filter('outcome', claim.outcome ? outcomes.get(claim.outcome)?.short : undefined),
				filter('trial', trial?.name),
				filter('paper', reference ? (labels?.get(claim.reference!) ?? citationLabel(reference)) : undefined),
				filter('outlet', article.source.outlet),
				filter(SUMMARY_FILTER, article.title),
				'</div></body></html>',
			].join('');
			// Both ids match ID_PATTERN (lower-case words and hyphens), so the file stays inside its folder.
			return { url: `/articles/${id}/#${claim.id}`, file: `articles/${id}/#${claim.id}/index.html`, content: html };
		}),
	);
}
