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

/**
 * The words a result link asks its page to highlight, as the reader typed them ("CAPS-5", "9.4%",
 * "self-compassion"): Pagefind's own highlight words are its index's ("caps5", "94"), which the
 * page's text does not contain. Words of one character ("d" in "d = 0.91") would mark every "d".
 */
export function highlightWords(term: string): string[] {
	const words = term
		.split(/\s+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
		.filter((w) => w.length > 1);
	return [...new Set(words)];
}

/** A result address (a path, maybe with a #section) with `param` set to each word to highlight. */
export function withHighlight(url: string, param: string, words: readonly string[]): string {
	const [path, hash] = url.split('#', 2) as [string, string | undefined];
	const [pathname, query] = path.split('?', 2) as [string, string | undefined];
	const params = new URLSearchParams(query);
	params.delete(param);
	for (const word of words) params.append(param, word);
	const search = params.toString();
	return `${pathname}${search ? `?${search}` : ''}${hash === undefined ? '' : `#${hash}`}`;
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
		// Repeated (status=A&status=B) values combine, said once each.
		const values = [
			...new Set(
				params
					.getAll(name)
					.map((v) => v.trim())
					.filter(Boolean),
			),
		];
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

/** The chosen filter values the index has, and those it does not (from a hand-made or stale link). */
export function knownFilters(
	filters: Record<string, string[]>,
	totals: Record<string, Record<string, number>>,
): { known: Record<string, string[]>; unknown: [name: string, value: string][] } {
	const known: Record<string, string[]> = {};
	const unknown: [string, string][] = [];
	for (const [name, values] of Object.entries(filters))
		for (const value of values) {
			if (totals[name]?.[value] !== undefined) (known[name] ??= []).push(value);
			else unknown.push([name, value]);
		}
	return { known, unknown };
}

/**
 * What the reader is told about filter values the index does not have, which are dropped rather than
 * matching nothing: "No summaries with status “bogus”; showing every result for mdma".
 */
export function unknownFiltersNote(
	unknown: readonly (readonly [string, string])[],
	query: string,
	otherFilters: boolean,
): string {
	if (!unknown.length) return '';
	const byName = new Map<string, string[]>();
	for (const [name, value] of unknown)
		byName.set(name, [...(byName.get(name) ?? []), `“${value}”`]);
	const missing = [...byName]
		.map(([name, values]) => `${name} ${values.join(' or ')}`)
		.join(', nor with ');
	const pages = byName.has('type') ? 'pages' : 'summaries';
	const showing = otherFilters
		? 'showing the results of the other filters'
		: query
			? `showing every result for ${query}`
			: '';
	return `No ${pages} with ${missing}${showing ? `; ${showing}` : ''}`;
}
