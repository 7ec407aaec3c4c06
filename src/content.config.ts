import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './lib/render/article-loader.ts';
import { contentDir } from './lib/check/collections.ts';
import { SCHEMAS } from './lib/check/validate-content.ts';

// Content lives in the top-level content/ folder (or CONTENT_DIR); the integration in
// src/integrations/content-check.ts validates it with the same schemas before Astro loads it.
const base = (collection: string) => `${contentDir()}/${collection}`;
// Articles: frontmatter validated like the rest, MDX bodies rendered to HTML during content sync
// (lib/render/article-loader.ts), so the build bundles no module per summary.

export const collections = {
	articles: defineCollection({ loader: articleLoader(base('articles')), schema: SCHEMAS.articles }),
	references: defineCollection({ loader: glob({ pattern: '*.json', base: base('references') }), schema: SCHEMAS.references }),
	trials: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('trials') }), schema: SCHEMAS.trials }),
	outcomes: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('outcomes') }), schema: SCHEMAS.outcomes }),
	events: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('events') }), schema: SCHEMAS.events }),
};
