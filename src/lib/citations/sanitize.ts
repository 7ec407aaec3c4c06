/** Tags citeproc may emit that are allowed through: emphasis, sub/superscript. */
const ALLOWED = new Set(['i', 'b', 'sup', 'sub']);
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;

/**
 * Keeps only <i>, <b>, <sup> and <sub> (without attributes) from citeproc's HTML and drops every
 * other tag, keeping its text. citeproc already escapes text, so entities pass through unchanged.
 * Links are not kept: pages add DOI and URL links themselves.
 */
export function sanitizeCitationHtml(html: string): string {
	return html
		.replace(TAG, (tag, name: string) => {
			const lower = name.toLowerCase();
			if (!ALLOWED.has(lower)) return '';
			return tag.startsWith('</') ? `</${lower}>` : `<${lower}>`;
		})
		.replace(/\s+/g, ' ')
		.trim();
}
