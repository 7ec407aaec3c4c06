import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../setup/paths.ts';
import { COLLECTIONS } from '../../../src/lib/check/collections.ts';
import { RENDER_INTO } from '../../../src/integrations/render-step.ts';
import { writeCorpus } from '../generate/corpus.ts';
import { readLog, shareCardFigures } from '../share-cards.ts';
import { measure } from '../measure.ts';
import {
	indexedAfter,
	type RunFigures,
	type RunOptions,
	runAstro,
	runPagefind,
	type Site,
} from './site.ts';

/** Runs the site's own index step over a built folder, timed and measured as a process of its own. */
async function runIndexStep(
	site: string,
	options: RunOptions,
): Promise<{ seconds: number; peakBytes: number }> {
	const result = await measure(
		process.execPath,
		[join(ROOT, 'src', 'build', 'search-index.ts'), site],
		{ cwd: ROOT, log: `${options.log}.index`, onTick: options.onTick },
	);
	if (result.code !== 0)
		throw new Error(`The index step failed on ${site}; its output is in ${result.log}`);
	return { seconds: result.seconds, peakBytes: result.peakBytes };
}

/**
 * Who indexes our site for search. `site` (and `auto`): the site's own index step
 * (src/build/search-index.ts), run after Astro as its own process, as `npm run build` does.
 * `harness`: this benchmark's plain Pagefind run over the output (tests/bench/pagefind-index.ts).
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
			const astro = (
				JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')) as {
					version: string;
				}
			).version;
			return `evidence-digest on Astro ${astro}`;
		},
		async run(out, options): Promise<RunFigures> {
			// The benchmark runs the build script's steps itself, to time each: Astro as the render step
			// (the one way `astro build` runs here, integrations/render-step.ts), then the index step.
			// Only the swap into place is left out: two renames and the list of files written.
			const build = await runAstro(ROOT, out, options, {
				CONTENT_DIR: content,
				[RENDER_INTO]: out,
			});
			if (existsSync(join(out, 'pagefind')))
				throw new Error(
					'The Astro build wrote a pagefind/ folder: the index belongs to the step after it (src/build/build.ts)',
				);
			const index =
				indexMode === 'harness'
					? await runPagefind(out, options)
					: await runIndexStep(out, options);
			return {
				...indexedAfter(
					{ seconds: build.wallSeconds, peakBytes: build.peakBytes, astro: build },
					index,
				),
				...shareCardFigures(readLog(options.log), out),
			};
		},
		dev: () => ({
			root: ROOT,
			env: { CONTENT_DIR: content },
			articleFile: (id) => join(content, 'articles', `${id}${COLLECTIONS.articles}`),
		}),
	};
}
