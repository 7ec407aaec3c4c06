import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(">)/;
// Inline scripts and styles, whose text a hash source allows; JSON-LD is data, not script.
const INLINE = [
	/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g,
	/<style[^>]*>([\s\S]*?)<\/style>/g,
];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A page's policy keeping only the hashes of inline scripts and styles that the page holds. Astro
 * writes into every page the hash of every script the site bundles (files from this site, which
 * 'self' allows; a browser matches a hash to a file only with an integrity attribute), of its
 * client directives, and of the inline scripts and styles of every page. Hashes are only removed,
 * never added, so a page's policy is at least as strict as Astro's.
 */
export function trimPolicy(policy: string, html: string): string {
	const present = new Set(INLINE.flatMap((re) => [...html.matchAll(re)].map((m) => sha256(m[1]))));
	return policy
		.split(';')
		.map((directive) =>
			directive
				.split(' ')
				.filter((source) => !source.startsWith("'sha256-") || present.has(source))
				.join(' '),
		)
		.join(';');
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** Trims each built page's Content-Security-Policy meta tag to the hashes the page needs (trimPolicy). */
export function cspPerPage(): AstroIntegration {
	return {
		name: 'evidence-digest:csp-per-page',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const trimmed = html.replace(
						META,
						(_, open: string, policy: string, close: string) =>
							open + trimPolicy(policy, html) + close,
					);
					if (trimmed !== html) writeFileSync(file, trimmed);
				}
			},
		},
	};
}
