import type { AstroUserConfig } from 'astro';

/**
 * The site's Content-Security-Policy, for Astro's `security.csp`. Astro writes it into every page as
 * a <meta http-equiv> tag with a SHA-256 hash of each inline <style> and <script> it renders, so no
 * 'unsafe-inline' is needed (cspPerPage then keeps in each page only the hashes of its own); JSON-LD (<script type="application/ld+json">) is data, not script, and
 * is not subject to the policy. Directives a <meta> policy ignores (frame-ancestors, report-uri,
 * sandbox) are left to the host's headers.
 */
export const CONTENT_SECURITY_POLICY: NonNullable<AstroUserConfig['security']>['csp'] = {
	algorithm: 'SHA-256' as const,
	directives: [
		// Anything not named below is refused: frames, objects, media, forms to other sites.
		"default-src 'none'",
		"img-src 'self'",
		"font-src 'self'",
		"manifest-src 'self'",
		// Site search (Pagefind) fetches its index and WebAssembly from this site and runs in a worker
		// loaded from /pagefind/pagefind-worker.js; nothing else is fetched.
		"connect-src 'self'",
		"worker-src 'self'",
		"base-uri 'none'",
		"form-action 'self'",
	],
	// 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no JavaScript eval.
	scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
	styleDirective: { resources: ["'self'"] },
};
