import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderBody } from './render-body.ts';
import { checkedArticle } from '../build-state.ts';
import { COLLECTIONS, displayPath } from '../check/collections.ts';
import { parseFile } from '../check/read-content.ts';

const EXTENSION = COLLECTIONS.articles;

/**
 * Astro loader for content/articles/*.mdx. Like Astro's glob loader it validates each file's
 * frontmatter with the collection's schema, but it renders the MDX body to HTML during content
 * sync (render-body.ts) rather than handing it to @astrojs/mdx, which compiles and bundles one
 * JavaScript module per summary: at 5,000 summaries that bundling took a third of the build and
 * most of its memory. Pages get the HTML from `entry.rendered.html`.
 *
 * The content checker (integrations/content-check.ts) has already reported every problem before
 * this runs; a file that still fails here stops the build with Astro's error naming it.
 */
export function articleLoader(folder: string): Loader {
	return {
		name: 'evidence-digest:articles',
		async load(context: LoaderContext) {
			const { store, watcher } = context;
			const names = readdirSync(folder)
				.filter((name) => name.endsWith(EXTENSION))
				.sort();
			const ids = new Set<string>();
			for (const name of names) ids.add(await loadFile(context, join(folder, name)));
			for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
			if (!watcher) return;
			// In `astro dev`, re-render a summary when its file changes.
			watcher.add(folder);
			const inFolder = (path: string) => path.startsWith(folder) && path.endsWith(EXTENSION);
			watcher.on('change', (path) => inFolder(path) && void loadFile(context, path));
			watcher.on('add', (path) => inFolder(path) && void loadFile(context, path));
			watcher.on('unlink', (path) => inFolder(path) && store.delete(basename(path, EXTENSION)));
		},
	};
}

async function loadFile(
	{ store, parseData, generateDigest }: LoaderContext,
	path: string,
): Promise<string> {
	const id = basename(path, EXTENSION);
	const file = displayPath(path);
	const text = readFileSync(path, 'utf8');
	const { data, body } = checkedArticle(id, text) ?? (await parse(text));
	const { html, headings } = renderBody(body ?? '', file);
	store.set({
		id,
		data: data as unknown as Record<string, unknown>,
		filePath: file,
		digest: generateDigest(text),
		rendered: { html, metadata: { headings } },
	});
	return id;

	// In a build the content check has already parsed and validated this very text; in dev, parse it here.
	async function parse(source: string) {
		const { data: raw, body: rawBody } = parseFile(source, EXTENSION);
		return {
			data: await parseData({ id, data: raw as Record<string, unknown>, filePath: file }),
			body: rawBody,
		};
	}
}
