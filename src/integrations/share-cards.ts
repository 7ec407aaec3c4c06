import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildContext } from '../lib/build-context.ts';
import { OG_DIR } from '../lib/share/card-svg.ts';
import { type CardReport, cardJobs, describeCardReport, drawCards } from '../lib/share/cards.ts';

/**
 * Draws the share cards (og:image) of every summary and the default card once per build, from the
 * content the content check kept in the build context (lib/build-context.ts), on a worker that starts before Astro
 * syncs content; they are copied into og/ when the build is done. Pages only name the files (lib/share/cards.ts shareCardPath).
 */
export function shareCards(): AstroIntegration {
	let drawing: Promise<CardReport> | undefined;
	let folder = '';
	return {
		name: 'evidence-digest:share-cards',
		hooks: {
			// Started as early as the content is known, so the cards are drawn while Astro syncs, bundles and renders.
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				const content = buildContext().check?.content;
				if (!content)
					throw new Error(
						'The share cards need the checked content: list contentCheck() before shareCards() in astro.config.mjs.',
					);
				folder = mkdtempSync(join(tmpdir(), 'evidence-digest-cards-'));
				// Cards drawn by earlier builds are kept in Astro's cache folder, so a rebuild draws only new and changed ones.
				drawing = drawCards(
					cardJobs(content.articles),
					folder,
					fileURLToPath(new URL('share-cards/', config.cacheDir)),
				);
				// Awaited in build:done; this keeps a failure before then from being an unhandled rejection.
				drawing.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				try {
					const waitFrom = performance.now();
					const report = await drawing!;
					const waited = (performance.now() - waitFrom) / 1000;
					cpSync(folder, join(fileURLToPath(dir), OG_DIR), { recursive: true });
					logger.info(describeCardReport(report, waited));
				} finally {
					rmSync(folder, { recursive: true, force: true });
				}
			},
		},
	};
}
