import { dirname, join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { type Heading, type RenderedBody, renderBodyTree, renderBody } from './render-body.ts';
import { buildContext, contentCheck, recheckContentFile } from '../build-context.ts';
import { type CollectionName, COLLECTIONS } from '../check/collections.ts';
import { problemsOf } from '../check/content-check.ts';
import { ContentError } from '../check/problems.ts';
import type { Entry } from '../check/validate-content.ts';

/**
 * The Astro loader of one collection, made the same way for all five: it serves the entries the
 * content check parsed and validated (lib/build-context.ts), so no file is read, no YAML parsed and
 * no schema run a second time. Articles' MDX bodies are rendered to HTML here, during content sync,
 * rather than handed to @astrojs/mdx, which compiles and bundles one module per summary (at 5,000
 * summaries that was a third of the build and most of its memory); pages read `entry.rendered.html`.
 *
 * In `astro dev` it watches its folder: a changed, added or deleted file is checked again alone,
 * with the rules across files (lib/check/content-check.ts), and an article's body rendered again,
 * in the build context, which is what pages read. Astro's store keeps what the last sync gave it
 * until the next (a restart): every store.set makes Astro serialize the whole store to disk, 3.7 s
 * of blocked event loop at 1,000 summaries (devalue.stringify of a 17.5 MB store), which held the
 * next edit back by as long; at 5,000 it would be five times that.
 */
export function contentLoader(collection: CollectionName): Loader {
	return {
		name: `evidence-digest:${collection}`,
		load: async (context) => {
			const check = contentCheck();
			const ids = new Set<string>();
			for (const entry of check.content[collection] as Entry<unknown>[]) {
				setEntry(context, collection, entry);
				ids.add(entry.id);
				// Rendering thousands of bodies in one go starved the dev server's own start, which fetches
				// its modules one round trip at a time, past Vite's 60 s timeout on a busy machine ("Failed to
				// create the dev server app"): give the event loop a turn after every body.
				if (collection === 'articles' || ids.size % 100 === 0)
					await new Promise((resolve) => setImmediate(resolve));
			}
			for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
			if (collection === 'articles')
				for (const id of buildContext().rendered.keys())
					if (!ids.has(id)) buildContext().rendered.delete(id);
			if (context.watcher) watchFolder(context, collection, join(check.dir, collection));
		},
	};
}

function watchFolder(context: LoaderContext, collection: CollectionName, folder: string): void {
	const { watcher, logger, generateDigest } = context;
	if (!watcher) return;
	watcher.add(folder);
	const changed = (path: string) => {
		if (dirname(path) !== folder || !path.endsWith(COLLECTIONS[collection])) return;
		const started = performance.now();
		if (recheckContentFile(path) !== collection) return;
		const entries = contentCheck().content[collection] as Entry<unknown>[];
		const id = path.slice(folder.length + 1, -COLLECTIONS[collection].length);
		const entry = entries.find((e) => e.id === id);
		const { rendered } = buildContext();
		// A file that no longer passes its schema has no body to show; its pages show the errors.
		if (collection === 'articles' && !entry) rendered.delete(id);
		if (collection === 'articles' && entry) renderArticle(entry, generateDigest(entry.text!));
		const took = `checked ${id} again in ${Math.round(performance.now() - started)} ms`;
		const problems = problemsOf(contentCheck());
		// The terminal says what is wrong; the pages throw the same ContentError into the error overlay.
		if (problems.some((p) => p.level === 'error'))
			logger.error(`${took}: ${new ContentError(problems).message}`);
		else logger.info(took);
	};
	watcher.on('change', changed);
	watcher.on('add', changed);
	watcher.on('unlink', changed);
}

/**
 * Puts one checked entry in Astro's store; an article's body is rendered to HTML and kept in the
 * build context too, where pages read it, unless the store has it from the same text already.
 */
function setEntry(
	{ store, generateDigest }: LoaderContext,
	collection: CollectionName,
	entry: Entry<unknown>,
): void {
	const digest = generateDigest(entry.text ?? JSON.stringify(entry.data));
	const data = entry.data as Record<string, unknown>;
	const stored = store.get(entry.id);
	if (collection !== 'articles') {
		if (stored?.digest !== digest) store.set({ id: entry.id, data, filePath: entry.file, digest });
		return;
	}
	if (stored?.digest === digest && stored.rendered) {
		const headings = (stored.rendered.metadata?.headings ?? []) as Heading[];
		const { html } = stored.rendered;
		buildContext().rendered.set(entry.id, { html, headings, digest, file: entry.file });
		letTreeGo(entry);
		return;
	}
	const { html, headings } = renderArticle(entry, digest);
	store.set({
		id: entry.id,
		data,
		filePath: entry.file,
		digest,
		rendered: { html, metadata: { headings } },
	});
}

/**
 * Renders an article's body from the tree the check parsed it into (no body is parsed twice) and
 * keeps it in the build context. The tree is then let go, on the checked entry and on the file as
 * read, so thousands of trees are not held through page rendering; a later check of an unchanged
 * body reuses its report, and a changed file is read, and parsed, again.
 */
function renderArticle(entry: Entry<unknown>, digest: string): RenderedBody {
	const { tree } = entry;
	const { html, headings } = tree
		? renderBodyTree(tree, entry.file)
		: renderBody(entry.body ?? '', entry.file);
	letTreeGo(entry);
	buildContext().rendered.set(entry.id, { html, headings, digest, file: entry.file });
	return { html, headings };
}

/** Drops an article's parsed tree, on the checked entry and on the file as read, once its HTML exists. */
function letTreeGo(entry: Entry<unknown>): void {
	const { tree } = entry;
	if (!tree) return;
	entry.tree = undefined;
	const read = contentCheck().raw.articles.find((raw) => raw.tree === tree);
	if (read) read.tree = undefined;
}
