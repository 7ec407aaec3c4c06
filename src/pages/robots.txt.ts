import type { APIRoute } from 'astro';

/** robots.txt: every page may be crawled, and the sitemap's address, which must be absolute (SITE_URL). */
export const GET: APIRoute = ({ site }) =>
	new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`,
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);
