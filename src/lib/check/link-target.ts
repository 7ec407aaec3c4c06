/**
 * Where a link really goes, as a browser reads it. Shared by the content checker (links in MDX
 * bodies) and the audits of the built site, so both apply one rule.
 */

import { C0_CONTROLS } from '../../schemas/characters.ts';

// Any address resolved against this base and still on it is a link within the site.
const BASE = new URL('https://site.invalid/');
// Two slashes or backslashes after what a browser strips from the front: C0 controls and spaces.
const PROTOCOL_RELATIVE = new RegExp(`^[\\s${C0_CONTROLS}]*[\\\\/]{2}`);

/** A link's target: a page of this site, an https address or an email; anything else is a problem. */
export type LinkTarget =
	| { kind: 'site'; path: string; hash: string }
	| { kind: 'https' | 'mailto' }
	| { kind: 'http' | 'protocol-relative' | 'unparsable' }
	| { kind: 'scheme'; scheme: string };

/**
 * Classifies an href the way the WHATWG URL parser (and so every browser) does: tabs and newlines
 * inside it and controls or spaces around it are ignored, so "java\tscript:" is a javascript: link.
 * Character references must already be decoded, as Markdown and HTML parsers do.
 */
export function linkTarget(href: string): LinkTarget {
	let url: URL;
	try {
		url = new URL(href, BASE);
	} catch {
		return { kind: 'unparsable' };
	}
	if (url.protocol === 'https:' && url.host === BASE.host)
		return { kind: 'site', path: url.pathname, hash: url.hash };
	// "//host/path" takes the page's scheme: http on an http mirror. Written out, it is one rule less to remember.
	if (url.protocol === 'https:')
		return PROTOCOL_RELATIVE.test(href) ? { kind: 'protocol-relative' } : { kind: 'https' };
	if (url.protocol === 'mailto:') return { kind: 'mailto' };
	if (url.protocol === 'http:') return { kind: 'http' };
	return { kind: 'scheme', scheme: url.protocol };
}

/**
 * Why a link may not appear on the site, as an "expected …" phrase and a description of what it is;
 * undefined when it may (a page of this site, an https address, an email).
 */
export function linkProblem(href: string): { expected: string; found: string } | undefined {
	const target = linkTarget(href);
	switch (target.kind) {
		case 'site':
		case 'https':
		case 'mailto':
			return undefined;
		case 'http':
			return { expected: 'an https:// address', found: 'an http: link' };
		case 'protocol-relative':
			return { expected: 'an address that starts https://', found: 'a link that starts //' };
		case 'unparsable':
			return { expected: 'a link that a browser can read', found: 'a malformed address' };
		case 'scheme':
			return {
				expected: 'a link to an https:// address, an email (mailto:) or a page of this site',
				found: `a ${target.scheme} link`,
			};
	}
}
