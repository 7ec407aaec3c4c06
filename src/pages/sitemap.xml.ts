import type { APIRoute } from 'astro';
import { CLAIMS_PER_LIST_PAGE, CLAIMS_PER_PAGE, SOURCES_PER_PAGE, SUMMARIES_PER_PAGE, pageHrefs } from '../lib/content/paging.ts';
import { getSiteIndex } from '../lib/content/query.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every HTML page's address, for search engines and for the site-wide audits in tests/. */
export const GET: APIRoute = async ({ site }) => {
	const index = await getSiteIndex();
	const paths = [
		'/',
		'/about/',
		'/glossary/',
		'/references/',
		'/trials/',
		'/outcomes/',
		'/search/',
		...pageHrefs('/articles/', index.articles.length, SUMMARIES_PER_PAGE),
		...pageHrefs('/findings/', index.claims.length, CLAIMS_PER_PAGE),
		...pageHrefs('/checks/', index.articles.length, SOURCES_PER_PAGE),
		...index.articles.map((a) => `/articles/${a.id}/`),
		...[...index.references.keys()].flatMap((id) => pageHrefs(`/references/${id}/`, index.claimsByReference.get(id)?.length ?? 0, CLAIMS_PER_LIST_PAGE)),
		...[...index.trials.keys()].map((id) => `/trials/${id}/`),
		...[...index.outcomes.keys()].flatMap((id) => pageHrefs(`/outcomes/${id}/`, index.claimsByOutcome.get(id)?.length ?? 0, CLAIMS_PER_LIST_PAGE)),
	];
	const urls = paths.map((path) => `  <url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`).join('\n');
	const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
	return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
