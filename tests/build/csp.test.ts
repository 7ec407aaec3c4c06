import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { EXPECTED_POLICY, readPolicy } from './csp-policy.ts';
import { fileFor, sitemapPaths } from './site.ts';

// The policy is read whole, directive by directive, on every page: the browser test read three
// directives, so a weakened img-src, connect-src or base-uri passed every test.
describe('the Content-Security-Policy in the built pages', () => {
	it.each([...sitemapPaths(), '/404.html'])(
		'is exactly the expected policy on %s, in one meta tag before any script',
		(path) => {
			const html = parse(readFileSync(fileFor(path), 'utf8'));
			const metas = html.querySelectorAll('meta[http-equiv="content-security-policy"]');
			expect(metas).toHaveLength(1);
			expect(readPolicy(metas[0].getAttribute('content') ?? '')).toEqual(EXPECTED_POLICY);
			// A policy in <meta> applies only to what comes after it.
			const head = html.querySelector('head')!.innerHTML;
			const firstScript = head.search(/<script(?![^>]*application\/ld\+json)/);
			expect(firstScript === -1 || head.indexOf('content-security-policy') < firstScript).toBe(
				true,
			);
		},
	);

	it.each([...sitemapPaths(), '/404.html'])(
		'allows on %s no inline script or style by hash but those the page holds',
		(path) => {
			const html = parse(readFileSync(fileFor(path), 'utf8'));
			const policy = html
				.querySelector('meta[http-equiv="content-security-policy"]')!
				.getAttribute('content')!;
			const inline = html
				.querySelectorAll('script:not([src]):not([type="application/ld+json"]), style')
				.map(
					(element) => `'sha256-${createHash('sha256').update(element.rawText).digest('base64')}'`,
				);
			const hashes = policy.match(/'sha256-[^']*'/g) ?? [];
			expect(hashes.filter((hash) => !inline.includes(hash))).toEqual([]);
		},
	);

	it('reads a weakened policy as different', () => {
		const weakened =
			"default-src 'none';img-src *;font-src 'self';manifest-src 'self';connect-src 'self';worker-src 'self';base-uri 'none';form-action 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
		expect(readPolicy(weakened)).not.toEqual(EXPECTED_POLICY);
		expect(() => readPolicy("img-src 'self'; img-src *")).toThrow(/written twice/);
	});
});
