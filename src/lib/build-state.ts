import type { Article } from '../schemas/article.ts';
import type { FormattedCitations } from './citations/formatted.ts';
import type { Content, Entry } from './check/validate-content.ts';

/**
 * What one `astro build` hands from its integrations to the later steps of the same build: the
 * content its check has just read and validated (for the share cards, and for the article loader,
 * so no file's YAML and schema are parsed a second time) and the citations it formats on a worker
 * thread (for the pages). Integrations, the content loader and the pages run in one process but
 * from separately bundled copies of this code, so a global is the one thing all of them see.
 */
export const BUILD_STATE_KEY = Symbol.for('evidence-digest.build-state');

/** What a build may have published so far. */
export interface BuildState {
	content?: Content;
	articles?: Map<string, Entry<Article>>;
	citations?: Promise<FormattedCitations>;
}

/** Where a build keeps its state. */
export type BuildStateSlot = { [BUILD_STATE_KEY]?: BuildState };

/** This build's state; the one place the global is read or written. */
function buildState(): BuildState {
	return ((globalThis as BuildStateSlot)[BUILD_STATE_KEY] ??= {});
}

/** Publishes the content this build checked. */
export function publishCheckedContent(content: Content): void {
	const state = buildState();
	state.content = content;
	state.articles = new Map(content.articles.map((article) => [article.id, article]));
}

/** The content this build checked, if its check has run. */
export function checkedContent(): Content | undefined {
	return buildState().content;
}

/** The checked article with this id, if the build checked exactly this text. */
export function checkedArticle(id: string, text: string): Entry<Article> | undefined {
	const article = buildState().articles?.get(id);
	return article?.text === text ? article : undefined;
}

/** Publishes the citations this build is formatting (lib/citations/background.ts). */
export function publishFormattedCitations(citations: Promise<FormattedCitations>): void {
	buildState().citations = citations;
}

/** The citations this build formats in the background; none outside a build (dev formats in-process). */
export function formattedCitations(): Promise<FormattedCitations> | undefined {
	return buildState().citations;
}
