// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteUrl } from './src/integrations/site-url.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { CONTENT_SECURITY_POLICY } from './src/integrations/csp.ts';
import { cspPerPage } from './src/integrations/csp-per-page.ts';
import { renderStep } from './src/integrations/render-step.ts';
import { withLastmod } from './src/lib/site/sitemap-lastmod.ts';

// The deployed address, for canonical links, the sitemap and "cite this summary".
// Set SITE_URL when deploying; the default is a reserved example domain, never a real site.
// siteUrl refuses, naming SITE_URL, an empty value, http:// and an address with a path.
const site = siteUrl(process.env.SITE_URL);

export default defineConfig({
	site,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR ?? './dist',
	// Astro keeps a build's content store (and our share cards) here; builds of other content that
	// run at once from this folder (the tests do) each need their own: ASTRO_CACHE_DIR.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	// renderStep comes first: `astro build` runs only as the render step of `npm run build`
	// (src/build/build.ts), which then indexes the site in a process of its own and swaps it in.
	// contentCheck comes before shareCards, which draws from the content it checked (src/lib/build-context.ts).
	// The sitemap lists every page route (not 404) and becomes an index past 45,000 addresses; a
	// summary's lastmod is its update day (lib/site/sitemap-lastmod.ts).
	// cspPerPage leaves in each page's policy only the hashes of that page's own inline scripts.
	integrations: [
		renderStep(),
		contentCheck(),
		mdx(),
		sitemap({ serialize: withLastmod }),
		shareCards(),
		cspPerPage(),
	],
	// Stylesheets are files, fetched once and cached, not inlined: inlined, they were 9 KB of every
	// page's HTML, where a page should carry at most 20 KB beyond a summary's prose.
	build: { inlineStylesheets: 'never' },
	security: { csp: CONTENT_SECURITY_POLICY },
	// Shiki colours code with style attributes, which the policy refuses; summaries need no colouring.
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
});
