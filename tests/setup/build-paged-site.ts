import { rmSync } from 'node:fs';
import { REFERENCES_PER_PAGE, SOURCES_PER_PAGE } from '../../src/lib/site/paging.ts';
import { generateCorpus, writeCorpus } from '../bench/generate/corpus.ts';
import { buildFrom, buildOncePerRun } from './build-site.ts';
import { PAGED_CONTENT, PAGED_DIST } from './paths.ts';

/** Summaries in the synthetic corpus: one page of /checks/ and a few more, so every list has two pages or more. */
export const PAGED_SUMMARIES = SOURCES_PER_PAGE + 10;
/** Papers they cite: one page of /references/ and a few more (the generator's default is one per five summaries). */
export const PAGED_REFERENCES = REFERENCES_PER_PAGE + 10;

/**
 * Builds the benchmark's synthetic corpus at PAGED_SUMMARIES into tests/.tmp/paged-dist once per test
 * run: the real content fits on one page of every list, so only this build shows the pages and their
 * navigation.
 */
export default function buildPagedSite(): Promise<void> {
	return buildOncePerRun(PAGED_DIST, () => {
		rmSync(PAGED_CONTENT, { recursive: true, force: true });
		writeCorpus(
			generateCorpus({ articles: PAGED_SUMMARIES, references: PAGED_REFERENCES, seed: 1 }),
			PAGED_CONTENT,
		);
		return buildFrom(PAGED_CONTENT, PAGED_DIST);
	});
}
