/**
 * What makes search results safe to show: excerpts may keep only Pagefind's <mark> tags, and a
 * result's address must be a path on this site. Indexed text is never trusted, even our own.
 */

const MARK = /<(\/?)mark>/g;

/** An excerpt as HTML in which the only tags are <mark> and </mark>; everything else is text. */
export function safeExcerpt(html: string): string {
	return html
		.split(MARK)
		.map((part, i) => {
			// split with one capture group alternates: text, slash-or-empty, text, ...
			if (i % 2 === 1) return `<${part}mark>`;
			return part.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
		})
		.join('');
}

/** A result address if it is a path on this site (never `javascript:`, never another host), else undefined. */
export function safeResultUrl(url: string, origin: string): string | undefined {
	if (!url.startsWith('/') || url.startsWith('//')) return undefined;
	const resolved = new URL(url, origin);
	return resolved.origin === origin && resolved.protocol.startsWith('http')
		? `${resolved.pathname}${resolved.search}${resolved.hash}`
		: undefined;
}

/** A search as it travels in the address: ?q=remission&status=Not+verified&trial=MAPP1 */
export interface SearchState {
	query: string;
	filters: Record<string, string[]>;
}

/** Reads the query and the chosen filters (only the known filter names) from URL parameters. */
export function readSearchState(
	params: URLSearchParams,
	filterNames: readonly string[],
): SearchState {
	const filters: Record<string, string[]> = {};
	for (const name of filterNames) {
		const values = params.getAll(name).filter(Boolean);
		if (values.length) filters[name] = values;
	}
	return { query: params.get('q')?.trim() ?? '', filters };
}

/** Writes a search back into URL parameters, so a search can be shared and reloaded. */
export function writeSearchState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const [name, values] of Object.entries(state.filters))
		for (const value of values) params.append(name, value);
	return params;
}
