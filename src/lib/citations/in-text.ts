import type { Reference } from '../../schemas/reference.ts';
import { escapeHtml } from '../format/escape.ts';
import { statusLine } from '../format/paper-status.ts';

/**
 * An in-text citation as authors write it in MDX, <Cite id="mitchell-2021" />, rendered: "(Mitchell
 * et al., 2021)" linked to the reference's page, with the formatted reference as a preview on hover
 * and on keyboard focus. The preview needs no script: the browser shows it through `interestfor`
 * and a hint popover (and dismisses it with Escape); where that is not supported, CSS shows it
 * (ArticleLayout.astro), and the link still works.
 *
 * `label` is its in-text label (citationLabels); `entryHtml` its bibliography entry, already safe HTML (formatBibliography);
 * `previewId` must be unique on the page.
 */
export function inTextCitation(
	reference: { id: string; data: Reference },
	label: string,
	entryHtml: string,
	previewId: string,
): string {
	const { status } = reference.data;
	const statusHtml = status
		? `<strong class="cite-status"> ${escapeHtml(statusLine(status))}.</strong>`
		: '';
	return (
		`<span class="cite-ref"><a class="cite" href="/references/${escapeHtml(reference.id)}/" aria-describedby="${previewId}" interestfor="${previewId}">` +
		`(${escapeHtml(label)})</a>` +
		`<span class="cite-preview" id="${previewId}" popover="hint" role="tooltip"><span>${entryHtml}</span>${statusHtml}</span></span>`
	);
}
