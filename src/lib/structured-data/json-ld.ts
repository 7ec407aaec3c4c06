/**
 * What every schema.org JSON-LD block of the site shares: the site as an organisation, names
 * without the quote marks a headline is written in, and the serialisation into a <script>.
 */

/** The site's name, as it signs its pages and citations. */
export const SITE_NAME = 'evidence-digest';

/** A JSON-LD node. */
export type JsonLd = Record<string, unknown>;

/** The site as the organisation that writes, checks and publishes everything on it. */
export function siteOrganisation(site: URL): JsonLd {
	return { '@type': 'Organization', name: SITE_NAME, url: new URL('/', site).href };
}

/** A headline as a name: the curly or straight quote marks it is written between are left out. */
export function plainName(text: string): string {
	return text.replace(/^['"“‘]+|['"”’]+$/g, '').trim();
}

/**
 * An outlet as a publisher's name, or undefined when the outlet is not known: our content writes
 * "unknown blog" then (schemas/article.ts), which is a note, not a name.
 */
export function knownOutlet(outlet: string): string | undefined {
	return /^unknown\b/i.test(outlet.trim()) ? undefined : outlet;
}

/** JSON-LD as the text of a <script type="application/ld+json">: "<" escaped so it cannot close the element. */
export function jsonLdText(data: JsonLd | readonly JsonLd[]): string {
	const graph = Array.isArray(data)
		? { '@context': 'https://schema.org', '@graph': data }
		: { '@context': 'https://schema.org', ...data };
	return JSON.stringify(graph).replace(/</g, '\\u003c');
}
