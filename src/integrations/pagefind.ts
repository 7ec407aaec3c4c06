import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import type { Content } from '../lib/content/validate.ts';
import { claimRecords } from '../lib/search/claim-records.ts';

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
					for (const record of records) {
						const added = await index.addHTMLFile({ url: record.url, content: record.content });
						if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
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
