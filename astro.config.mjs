// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteUrl } from './src/integrations/site-url.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { CONTENT_SECURITY_POLICY } from './src/integrations/csp.ts';
import { cspPerPage } from './src/integrations/csp-per-page.ts';
import { withLastmod } from './src/lib/site/sitemap-lastmod.ts';

// The deployed address, for canonical links, the sitemap and "cite this summary".
// Set SITE_URL when deploying; the default is a reserved example domain, never a real site.
// siteUrl refuses, naming SITE_URL, an empty value, http:// and an address with a path.
const site = siteUrl(process.env.SITE_URL);

export default defineConfig({
	site,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR ?? './dist',
	// contentCheck comes before shareCards, which draws from the content it checked (src/lib/build-context.ts).
	// atomicOutput stays last: it swaps the finished build in after every other integration is done.
	// The search index is built after Astro, in a process of its own: `npm run build` (src/build/build.ts).
	// The sitemap lists every page route (not 404) and becomes an index past 45,000 addresses; a
	// summary's lastmod is its update day (lib/site/sitemap-lastmod.ts).
	// cspPerPage leaves in each page's policy only the hashes of that page's own inline scripts.
	integrations: [
		contentCheck(),
		mdx(),
		sitemap({ serialize: withLastmod }),
		shareCards(),
		cspPerPage(),
		atomicOutput(),
	],
	// Stylesheets are files, fetched once and cached, not inlined: inlined, they were 9 KB of every
	// page's HTML, where a page should carry at most 20 KB beyond a summary's prose.
	build: { inlineStylesheets: 'never' },
	security: { csp: CONTENT_SECURITY_POLICY },
	// Shiki colours code with style attributes, which the policy refuses; summaries need no colouring.
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
});
