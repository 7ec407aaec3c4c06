import type { APIRoute, GetStaticPaths } from 'astro';
import type { ItemCitation } from '../citations/index.ts';
import { getSiteIndex, getSummaryCitation } from './query.ts';

/** The formats "cite this summary" offers as files, with the media type each is served as. */
export const SUMMARY_CITATION_FORMATS = {
	bib: { key: 'bibtex', type: 'application/x-bibtex; charset=utf-8' },
	ris: { key: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
} as const satisfies Record<string, { key: keyof ItemCitation; type: string }>;

/** Where a summary's citation file is: /articles/<slug>/citation.bib. */
export const summaryCitationPath = (slug: string, format: keyof typeof SUMMARY_CITATION_FORMATS) =>
	`/articles/${slug}/citation.${format}`;

/** One path per summary, for the citation file routes. */
export const summaryCitationPaths: GetStaticPaths = async () =>
	(await getSiteIndex()).articles.map(({ id }) => ({ params: { slug: id } }));

/** A route serving each summary's citation in one format, as a file a reference manager imports. */
export function summaryCitationRoute(format: keyof typeof SUMMARY_CITATION_FORMATS): APIRoute {
	const { key, type } = SUMMARY_CITATION_FORMATS[format];
	return async ({ params, site }) => {
		const citation = await getSummaryCitation(site!, params.slug!);
		return new Response(`${citation[key]}\n`, { headers: { 'Content-Type': type } });
	};
}
