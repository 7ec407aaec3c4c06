import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import type { Loader } from 'astro/loaders';
import { contentLoader } from './lib/render/content-loader.ts';
import { COLLECTION_NAMES } from './lib/check/collections.ts';
import { SCHEMAS } from './lib/check/validate-content.ts';

// Wiring only. The content check (src/integrations/content-check.ts, lib/check/) is the one reader
// of content files; each collection's loader serves the entries it parsed and validated
// (lib/render/content-loader.ts). The schema stays on each collection for getEntry's types: Astro
// runs it only when a loader calls parseData, which ours never do.

/** Each collection with its own schema's type, which getEntry results are typed by. */
type Collections = {
	[K in (typeof COLLECTION_NAMES)[number]]: CollectionConfig<(typeof SCHEMAS)[K], Loader>;
};

export const collections = Object.fromEntries(
	COLLECTION_NAMES.map((name) => [
		name,
		defineCollection({ loader: contentLoader(name), schema: SCHEMAS[name] }),
	]),
) as Collections;
