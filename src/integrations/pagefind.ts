import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import type { Content } from '../lib/content/validate.ts';
import { claimRecords } from '../lib/search/claim-records.ts';

/** Claim records sent to Pagefind before waiting for its answers. */
const IN_FLIGHT = 64;

/**
 * Builds the Pagefind index from the built HTML after every build, with no network: pages are
 * indexed from their data-pagefind-body, and every claim is added as its own record under its
 * anchor. Pagefind's service is closed in `finally` so a failed index cannot hang the build.
 */
export function pagefind(checkedContent: () => Content | undefined): AstroIntegration {
	return {
		name: 'evidence-digest:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				try {
					const { index, errors } = await createIndex({ forceLanguage: 'en' });
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const pages = await index.addDirectory({ path: outDir });
					if (pages.errors.length) throw new Error(`Pagefind could not index the site: ${pages.errors.join('; ')}`);
					const content = checkedContent();
					if (!content) throw new Error('The search index needs the checked content: list contentCheck() before pagefind() in astro.config.mjs.');
					const records = claimRecords(content);
					// Several records in flight at once: one at a time, Pagefind's service waits on each round trip.
					for (let start = 0; start < records.length; start += IN_FLIGHT) {
						const batch = records.slice(start, start + IN_FLIGHT);
						const added = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: record.content })));
						const failed = added.findIndex((result) => result.errors.length > 0);
						if (failed >= 0) throw new Error(`Pagefind could not index ${batch[failed].url}: ${added[failed].errors.join('; ')}`);
					}
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
					logger.info(`Indexed ${pages.page_count} pages and ${records.length} claims.`);
				} finally {
					await close();
				}
			},
		},
	};
}
