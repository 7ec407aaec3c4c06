/** The address a build uses when SITE_URL is not set: a reserved example domain, never a real site. */
export const EXAMPLE_SITE = 'https://evidence-digest.example';

const EXPECTED = 'an https:// address such as https://digest.example.org';

/** Thrown for a SITE_URL the build cannot use; one line for the terminal, with no stack. */
export class SiteUrlError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SiteUrlError';
		this.stack = '';
	}
}

/**
 * The deployed address from SITE_URL (canonical links, the sitemap, share cards, the feed and
 * "cite this summary" are built on it), or the example address when it is unset. Only an origin is
 * accepted: pages link from the host's root (/articles/…), so a project site at
 * https://host/project/ would break every internal link; it is refused by name rather than half
 * supported. http:// is refused except for localhost, where a preview runs.
 */
export function siteUrl(value: string | undefined): string {
	if (value === undefined) return EXAMPLE_SITE;
	const found = `found ${JSON.stringify(value)}`;
	if (!value.trim())
		throw new SiteUrlError(
			`SITE_URL: expected ${EXPECTED}, found an empty value; unset it to build with ${EXAMPLE_SITE}`,
		);
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new SiteUrlError(`SITE_URL: expected ${EXPECTED}, ${found}, which is not an address`);
	}
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
		throw new SiteUrlError(
			`SITE_URL: expected ${EXPECTED} (http:// only for localhost), ${found}; readers' browsers warn on http:// and citations would keep it`,
		);
	// A password is not echoed to the terminal (or a CI log).
	if (url.username || url.password)
		throw new SiteUrlError(
			`SITE_URL: expected ${EXPECTED} with nothing after the host, found an address with a user name or password`,
		);
	const extra = url.search ? 'a query' : url.hash ? 'a fragment' : '';
	if (extra)
		throw new SiteUrlError(
			`SITE_URL: expected ${EXPECTED} with nothing after the host, ${found}, with ${extra}`,
		);
	if (url.pathname !== '/')
		throw new SiteUrlError(
			`SITE_URL: expected the address of a host of its own, such as https://digest.example.org, ${found}, with the path "${url.pathname}"; pages link from the host's root (/articles/…), so serve the site from its own host or subdomain`,
		);
	return url.origin;
}
