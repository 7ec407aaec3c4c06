import {
	buildContext,
	checkedContent,
	derive,
	formatOnce,
	formattedCitations,
} from '../build-context.ts';
import { COLLECTION_NAMES } from '../check/collections.ts';
import type { ClaimRow } from '../../schemas/claim-row.ts';
import { claimRows } from '../data/claim-rows.ts';
import { formatSummaryCitations } from '../citations/formatted.ts';
import { citationLabels, formatBibliography, type ItemCitation } from '../citations/index.ts';
import type { RenderedBody } from '../render/render-body.ts';
import { type SiteIndex, indexContent } from './site-index.ts';

// Every value here is derived from the checked content in the build context (lib/build-context.ts),
// once per version of the collections it reads: a page asks as often as it likes, and after an edit
// in dev only what reads the edited collection is computed again.

/**
 * The site's content, as the content check parsed it, indexed with every link resolved. Every page
 * asks this instead of calling getCollection. Throws the ContentError while the content has errors,
 * so a page in dev shows them in the error overlay.
 */
export async function getSiteIndex(): Promise<SiteIndex> {
	const content = checkedContent();
	return derive('site-index', COLLECTION_NAMES, () => indexContent(content));
}

/**
 * The APA entry of every reference by id, as safe HTML, formatted in one citeproc run (APA's year
 * letters need every reference at once): on the worker thread the content check started, or here
 * once the references have changed since. Reference lists on every page read it.
 */
export async function getBibliography(): Promise<Map<string, string>> {
	const { references } = checkedContent();
	const fromWorker = formattedCitations('references');
	return derive('bibliography', ['references'], async () =>
		fromWorker ? (await fromWorker).bibliography : formatBibliography(references),
	);
}

/**
 * Every reference's in-text label by id, "Mitchell et al., 2021", with APA's year letter where two
 * share author and year ("2024a"), matching the reference list. Pages label links to papers with it.
 */
export async function getCitationLabels(): Promise<Map<string, string>> {
	const { references } = checkedContent();
	const bibliography = await getBibliography();
	return derive('labels', ['references'], () => citationLabels(references, bibliography));
}

/**
 * "Cite this summary" (APA text and BibTeX) of one article, as the worker thread formatted every
 * summary's; once an article has changed in dev, each is formatted when its page asks and kept until
 * its title or date changes. `site` is the deployed address the citation gives.
 */
export async function getSummaryCitation(site: URL, id: string): Promise<ItemCitation> {
	const { articles } = checkedContent();
	const article = derive(
		'articles-by-id',
		['articles'],
		() => new Map(articles.map((a) => [a.id, a])),
	).get(id);
	if (!article) throw new Error(`"Cite this summary": no checked article "${id}"`);
	const fromWorker = (await formattedCitations('articles'))?.summaries.get(id);
	if (fromWorker) return fromWorker;
	const { title, published } = article.data;
	return formatOnce(`summary ${site.href} ${id} ${title} ${published.toISOString()}`, () =>
		formatSummaryCitations([article], site).get(id)!,
	);
}

/** The claims dataset's rows, computed once per version of the content and shared by its two files. */
export async function getClaimRows(site: URL): Promise<ClaimRow[]> {
	const index = await getSiteIndex();
	return derive(`claim-rows ${site.href}`, COLLECTION_NAMES, () => claimRows(index, site));
}

/**
 * An article's body as HTML, rendered by the articles loader at sync. Pages read it here rather than
 * through getEntry: in dev Astro hands its store to pages as one module of every entry, which Vite
 * transforms again after each edit (most of an edit's 12 s at 1,000 summaries).
 */
export function getRenderedBody(id: string): RenderedBody & { file: string } {
	checkedContent();
	const rendered = buildContext().rendered.get(id);
	if (!rendered)
		throw new Error(`articles/${id}: no rendered body; the articles loader has not run`);
	return rendered;
}
