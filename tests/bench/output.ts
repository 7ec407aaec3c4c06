import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './browser.ts';

/** Sizes of a built site on disk. */
export interface OutputFigures {
	/** Every file in the output folder, index included. */
	bytes: number;
	files: number;
	/** HTML files (pages). */
	pages: number;
	/** The median size of an article page's HTML, and the largest HTML page of any kind. */
	medianArticleHtmlBytes: number;
	largestHtml: { path: string; bytes: number };
	/** The Pagefind index (the pagefind/ folder). */
	indexBytes: number;
	indexFiles: number;
	/** The median, over summary pages with claims, of the claims panel's HTML bytes per claim (0 for the peers, which have none). */
	claimsPanelBytesPerClaim: number;
}

/** What an article page holds besides its prose: the claims panel (our site's; none for the peers) and how many claims it has. */
export interface ArticlePage {
	bytes: number;
	panelBytes: number;
	claims: number;
}

// The claims panel of a summary page (ArticleLayout.astro): its <section>, up to the next </section>
// after the last claim's </li>; claims are counted by their data-claim-id.
const PANEL = /<section aria-labelledby="claims-heading"[\s\S]*?<\/ol>[\s\S]*?<\/section>/;

/** The claims panel's bytes and claim count in one article page's HTML. */
export function claimsPanel(html: string): { panelBytes: number; claims: number } {
	const panel = PANEL.exec(html)?.[0] ?? '';
	return {
		panelBytes: Buffer.byteLength(panel),
		claims: panel.match(/data-claim-id=/g)?.length ?? 0,
	};
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) walk(path, visit);
		else visit(path, statSync(path).size);
	}
}

/**
 * Measures a built site; article pages are those at /articles/<slug>/ (all three sites use that
 * address). Also returns, by slug, each article page's size and its claims panel's.
 */
export function measureOutput(site: string): {
	figures: OutputFigures;
	articles: Map<string, ArticlePage>;
} {
	const figures: OutputFigures = {
		bytes: 0,
		files: 0,
		pages: 0,
		medianArticleHtmlBytes: 0,
		largestHtml: { path: '', bytes: 0 },
		indexBytes: 0,
		indexFiles: 0,
		claimsPanelBytesPerClaim: 0,
	};
	const articles = new Map<string, ArticlePage>();
	const index = join(site, 'pagefind');
	walk(site, (path, bytes) => {
		figures.bytes += bytes;
		figures.files++;
		if (path.startsWith(`${index}/`)) {
			figures.indexBytes += bytes;
			figures.indexFiles++;
		}
		if (!path.endsWith('.html')) return;
		figures.pages++;
		const article = /\/articles\/([^/]+)\/index\.html$/.exec(path);
		if (article) articles.set(article[1], { bytes, ...claimsPanel(readFileSync(path, 'utf8')) });
		if (bytes > figures.largestHtml.bytes)
			figures.largestHtml = { path: path.slice(site.length).replace(/index\.html$/, ''), bytes };
	});
	figures.medianArticleHtmlBytes = median([...articles.values()].map((a) => a.bytes));
	figures.claimsPanelBytesPerClaim = median(
		[...articles.values()].filter((a) => a.claims).map((a) => a.panelBytes / a.claims),
	);
	return { figures, articles };
}
