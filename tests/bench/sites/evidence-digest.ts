import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../setup/paths.ts';
import { writeCorpus } from '../generate/corpus.ts';
import { readLog, shareCardFigures } from '../share-cards.ts';
import { indexedAfter, indexedInBuild, type RunFigures, runAstro, runPagefind, type Site } from './site.ts';

/**
 * Who indexes our site for search. `site`: the site's own Pagefind integration, timed from the last
 * page written to the end of astro:build:done. `harness`: this benchmark runs Pagefind's Node API
 * over the output. `auto`: the site's integration when the build wrote pagefind/, else the harness.
 */
export type IndexMode = 'auto' | 'site' | 'harness';

/** This project, built from the generated content folder through CONTENT_DIR, into a temporary OUT_DIR. */
export function evidenceDigest(indexMode: IndexMode): Site {
	let content = '';
	return {
		name: 'evidence-digest',
		searchLoadsFilters: false,
		async prepare(corpus, work) {
			content = join(work, 'content');
			writeCorpus(corpus, content);
			const astro = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
			return `evidence-digest on Astro ${astro}`;
		},
		async run(out, options): Promise<RunFigures> {
			const build = await runAstro(ROOT, out, options, { CONTENT_DIR: content });
			const indexedBySite = existsSync(join(out, 'pagefind', 'pagefind.js'));
			if (indexMode === 'site' && !indexedBySite) throw new Error('--index site: the build wrote no pagefind/ folder, so the site has no Pagefind integration yet; use --index auto');
			if (indexMode === 'harness' && indexedBySite) throw new Error('--index harness: the site indexes itself (its build wrote pagefind/); use --index site or auto');
			const cards = shareCardFigures(readLog(options.log), out);
			if (indexedBySite) return { ...indexedInBuild(build), ...cards };
			return { ...indexedAfter({ seconds: build.wallSeconds, peakBytes: build.peakBytes, astro: build }, await runPagefind(out, options)), ...cards };
		},
	};
}
