import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { citationLabels } from '../lib/citations/index.ts';
import { CITATIONS_KEY, type CitationsSlot } from '../lib/citations/published.ts';
import type { Content } from '../lib/content/validate.ts';
import { type ClaimRecord, claimRecords } from '../lib/search/claim-records.ts';

/**
 * Indexes the claim records as files in a temporary folder: Pagefind reads a folder in parallel,
 * while records sent one by one through its Node API took most of the indexing time (55,000 claims:
 * 19 s against 90 s and more).
 */
async function addClaims(index: PagefindIndex, records: ClaimRecord[]): Promise<void> {
	const folder = mkdtempSync(join(tmpdir(), 'evidence-digest-claims-'));
	try {
		for (const record of records) {
			mkdirSync(dirname(join(folder, record.file)), { recursive: true });
			writeFileSync(join(folder, record.file), record.content);
		}
		const added = await index.addDirectory({ path: folder });
		if (added.errors.length) throw new Error(`Pagefind could not index the claims: ${added.errors.join('; ')}`);
		if (added.page_count !== records.length) throw new Error(`Pagefind indexed ${added.page_count} of ${records.length} claims`);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

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
					// The paper filter uses the same labels as the pages ("…, 2024a"), from the citations the build formatted.
					const formatted = await (globalThis as CitationsSlot)[CITATIONS_KEY];
					const records = claimRecords(content, formatted && citationLabels(content.references, formatted.bibliography));
					await addClaims(index, records);
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
