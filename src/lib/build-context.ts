import { contentDir, type CollectionName, COLLECTION_NAMES } from './check/collections.ts';
import { type ContentCheck, checkFolder, problemsOf, recheckFile } from './check/content-check.ts';
import { ContentError } from './check/problems.ts';
import type { Content } from './check/validate-content.ts';
import type { FormattedCitations } from './citations/formatted.ts';
import type { RenderedBody } from './render/render-body.ts';

/**
 * The one place build state lives: the content check (the only reader of content files), what is
 * derived from the checked content (the site index, the citations), and the citations a worker
 * thread formats. The integrations, the content loaders and the pages run in one process but from
 * separately bundled copies of this code, and Vite evaluates page modules again after an edit, so
 * the context sits on globalThis under one key, created and read only here.
 */
export const BUILD_CONTEXT_KEY = Symbol.for('evidence-digest.build-context');

export interface BuildContext {
	/** The last check of the content folder; an edit in dev patches it (lib/check/content-check.ts). */
	check?: ContentCheck;
	/** How many times each collection has changed since the check began; derived values follow them. */
	versions: Record<CollectionName, number>;
	/** Values computed from the content, each with the collection versions it was computed from. */
	derived: Map<string, { versions: string; value: unknown }>;
	/** The citations formatted on a worker thread, with the collection versions they were started from. */
	citations?: { references: number; articles: number; formatted: Promise<FormattedCitations> };
	/** Items formatted one at a time (a summary's "cite this"), by a key of everything they show. */
	items: Map<string, unknown>;
	/**
	 * Each article's body as HTML, by id, with the digest of the text it was rendered from: rendered
	 * by the articles loader at sync, beside the copy it gives Astro's store (lib/render/content-loader.ts).
	 */
	rendered: Map<string, RenderedBody & { digest: string; file: string }>;
}

/** Where the context is kept. */
export type BuildContextSlot = { [BUILD_CONTEXT_KEY]?: BuildContext };

/** This process's context; the one place the global is read or written. */
export function buildContext(): BuildContext {
	return ((globalThis as BuildContextSlot)[BUILD_CONTEXT_KEY] ??= {
		versions: Object.fromEntries(
			COLLECTION_NAMES.map((name) => [name, 0]),
		) as BuildContext['versions'],
		derived: new Map(),
		items: new Map(),
		rendered: new Map(),
	});
}

/** Checks the whole content folder and makes that check the context's; everything derived starts again. */
export function checkAllContent(dir = contentDir(), today?: Date): ContentCheck {
	return setContentCheck(checkFolder(dir, { today }));
}

/** Makes `check` the context's (tests hand it one of their own); everything derived starts again. */
export function setContentCheck(check: ContentCheck): ContentCheck {
	const context = buildContext();
	context.check = check;
	for (const name of COLLECTION_NAMES) context.versions[name] += 1;
	context.derived.clear();
	context.citations = undefined;
	return check;
}

/** The context's check, made on first use when no integration made it (e.g. `astro sync`). */
export function contentCheck(): ContentCheck {
	return buildContext().check ?? checkAllContent();
}

/**
 * Checks one changed, added or deleted file again (dev). Returns its collection, or undefined when
 * the path is no content file; values derived from that collection are computed again on next use.
 */
export function recheckContentFile(path: string): CollectionName | undefined {
	const collection = recheckFile(contentCheck(), path);
	if (collection) buildContext().versions[collection] += 1;
	return collection;
}

/** The checked content; throws the ContentError of the check when it holds errors, so pages stop on them. */
export function checkedContent(): Content {
	const check = contentCheck();
	const problems = derive('problems', COLLECTION_NAMES, () => problemsOf(check));
	if (problems.some((p) => p.level === 'error')) throw new ContentError(problems);
	return check.content;
}

/**
 * A value computed from the collections named, once per version of them: the first caller computes
 * it, later callers get the same value until one of those collections changes.
 */
export function derive<T>(name: string, from: readonly CollectionName[], compute: () => T): T {
	const { derived, versions } = buildContext();
	const key = from.map((collection) => versions[collection]).join(',');
	const kept = derived.get(name);
	if (kept?.versions === key) return kept.value as T;
	const value = compute();
	derived.set(name, { versions: key, value });
	return value;
}

/** A value formatted once per key and kept across edits (a summary's citation, by its title and date). */
export function formatOnce<T>(key: string, format: () => T): T {
	const { items } = buildContext();
	if (!items.has(key)) items.set(key, format());
	return items.get(key) as T;
}

/** Publishes the citations a worker is formatting from the current references. */
export function publishFormattedCitations(formatted: Promise<FormattedCitations>): void {
	const context = buildContext();
	const { references, articles } = context.versions;
	context.citations = { references, articles, formatted };
}

/**
 * The worker's citations while the collection they format is as the worker was given it: its
 * bibliography until a reference changes, its summaries' citations until an article changes.
 */
export function formattedCitations(
	of: 'references' | 'articles',
): Promise<FormattedCitations> | undefined {
	const { citations, versions } = buildContext();
	return citations?.[of] === versions[of] ? citations.formatted : undefined;
}
