import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import { glob, type Loader } from 'astro/loaders';
import { articleLoader } from './lib/render/article-loader.ts';
import {
	COLLECTION_NAMES,
	COLLECTIONS,
	type CollectionName,
	contentDir,
} from './lib/check/collections.ts';
import { SCHEMAS } from './lib/check/validate-content.ts';

// Content lives in the top-level content/ folder (or CONTENT_DIR); the integration in
// src/integrations/content-check.ts validates it with the same schemas before Astro loads it.
// Each collection is read from its folder (lib/check/collections.ts) and parsed with its schema.
// Articles: frontmatter validated like the rest, MDX bodies rendered to HTML during content sync
// (lib/render/article-loader.ts), so the build bundles no module per summary.
function loaderOf(name: CollectionName): Loader {
	const base = `${contentDir()}/${name}`;
	return name === 'articles'
		? articleLoader(base)
		: glob({ pattern: `*${COLLECTIONS[name]}`, base });
}

/** Each collection with its own schema's type, which pages' getCollection results are typed by. */
type Collections = { [K in CollectionName]: CollectionConfig<(typeof SCHEMAS)[K], Loader> };

export const collections = Object.fromEntries(
	COLLECTION_NAMES.map((name) => [
		name,
		defineCollection({ loader: loaderOf(name), schema: SCHEMAS[name] }),
	]),
) as Collections;
