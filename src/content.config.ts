import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content/paths.ts';
import { SCHEMAS } from './lib/content/validate.ts';

// Content lives in the top-level content/ folder (or CONTENT_DIR); the integration in
// src/integrations/content-check.ts validates it with the same schemas before Astro loads it.
const base = (collection: string) => `${contentDir()}/${collection}`;
// Pages render articles from their compiled MDX, never from the raw text, so the store does not keep
// it: at thousands of summaries the raw bodies would be bundled into the build for nothing.

export const collections = {
	articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('articles'), retainBody: false }), schema: SCHEMAS.articles }),
	references: defineCollection({ loader: glob({ pattern: '*.json', base: base('references') }), schema: SCHEMAS.references }),
	trials: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('trials') }), schema: SCHEMAS.trials }),
	outcomes: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('outcomes') }), schema: SCHEMAS.outcomes }),
	events: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('events') }), schema: SCHEMAS.events }),
};
