import type { Reference } from '../../schemas/reference.ts';
import { doiUrl } from '../format/doi.ts';
import { referenceDateParts } from '../format/reference-date.ts';
import { exportPublisher, exportType } from './export-item.ts';

// The Zotero item type each CSL type is saved as; COinS's rft.type names it (Zotero reads it).
const ZOTERO_TYPES: Record<Reference['type'], string> = {
	'article-journal': 'journalArticle',
	article: 'preprint',
	webpage: 'webpage',
	report: 'report',
	document: 'document',
	'post-weblog': 'blogPost',
	legislation: 'statute',
	book: 'book',
	chapter: 'bookSection',
};

/**
 * The reference as a COinS ContextObject (OpenURL 1.0 KEV in a span's title), which Zotero prefers
 * to a page's citation_* tags when it saves a page. It keeps what the tags cannot: an
 * organisation as one author (rft.aucorp; Zotero splits a citation_author into given and family
 * names), the type of a regulator's document, and the paper's own address, with no abstract.
 */
export function coinsTitle(r: Reference): string {
	const journal = r.type === 'article-journal';
	const date = referenceDateParts(r)
		?.map((part, i) => (i ? String(part).padStart(2, '0') : String(part)))
		.join('-');
	const [spage, epage] = (r.page ?? '').split(/[-–]+/);
	const pairs: [string, string | undefined][] = [
		['ctx_ver', 'Z39.88-2004'],
		['rft_val_fmt', journal ? 'info:ofi/fmt:kev:mtx:journal' : 'info:ofi/fmt:kev:mtx:dc'],
		['rft.type', journal ? undefined : ZOTERO_TYPES[exportType(r)]],
		['rft.genre', journal ? 'article' : undefined],
		[journal ? 'rft.atitle' : 'rft.title', r.title],
		['rft.jtitle', journal ? r['container-title'] : undefined],
		// A web page's site, which Zotero files as its website title.
		['rft.source', journal ? undefined : r['container-title']],
		['rft.date', date],
		['rft.volume', r.volume],
		['rft.issue', r.issue],
		['rft.spage', spage || undefined],
		['rft.epage', epage],
		['rft.publisher', exportPublisher(r)],
		...(r.author ?? []).flatMap((name): [string, string][] =>
			'literal' in name
				? [['rft.aucorp', name.literal]]
				: [
						['rft.aulast', name.family],
						...(name.given ? [['rft.aufirst', name.given] as [string, string]] : []),
					],
		),
		['rft_id', r.DOI ? `info:doi/${r.DOI}` : undefined],
		['rft_id', r.DOI ? doiUrl(r.DOI) : r.URL],
	];
	return pairs
		.filter((pair): pair is [string, string] => Boolean(pair[1]))
		.map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
		.join('&');
}
