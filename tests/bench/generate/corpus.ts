import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { COLLECTIONS, type CollectionName } from '../../../src/lib/check/collections.ts';
import type { ReferenceInput } from '../../../src/schemas/reference.ts';
import { article, type GeneratedArticle } from './articles.ts';
import { type Generated, outcomes, references, trials } from './entities.ts';
import { isMadeUp, ProseWriter, word } from './prose.ts';
import { Random, Zipf } from './random.ts';

/** A synthetic content folder's worth of summaries, papers, trials and outcomes, in memory. */
export interface Corpus {
	seed: number;
	articles: GeneratedArticle[];
	references: Generated<ReferenceInput>[];
	trials: Generated<unknown>[];
	outcomes: Generated<unknown>[];
	/** Words of prose across all bodies. */
	words: number;
	/** Search queries that match the corpus: common words, a phrase, a rare word, a prefix. */
	queries: string[];
}

/**
 * Generates N summaries as the real ones are made: a pool of papers that grows with N (one per five
 * summaries; some cited far more than others), trials and outcomes they link to. Same seed, same N,
 * same corpus.
 */
export function generateCorpus({
	articles: count,
	seed,
	references: referenceCount,
}: {
	articles: number;
	seed: number;
	/** Papers in the pool (default one per five summaries, at least 12). */ references?: number;
}): Corpus {
	const writer = new ProseWriter(new Random(seed));
	const outcomeList = outcomes(writer, Math.max(12, Math.ceil(count / 250)));
	const trialList = trials(writer, Math.max(2, Math.ceil(count / 100)));
	const referenceList = references(
		writer,
		referenceCount ?? Math.max(12, Math.ceil(count / 5)),
		trialList.map((t) => t.id),
	);
	const popularity = new Zipf(referenceList.length, 0.8);
	const listed = Array.from({ length: count }, () => new Set<number>());
	// Every paper is listed by some summary (else the checker warns), then each summary adds popular ones.
	referenceList.forEach((_, k) => listed[k % count].add(k));
	const outcomeKinds = outcomeList.map((o) => ({ id: o.id, kind: o.data.kind }));
	const articleList = listed.map((set, i) => {
		for (let want = writer.random.int(3, 9); set.size < want;)
			set.add(popularity.draw(writer.random));
		return article(
			writer,
			i,
			[...set].map((k) => ({ id: referenceList[k].id, n: referenceList[k].data.study.n })),
			outcomeKinds,
		);
	});
	const words = articleList.reduce(
		(sum, a) => sum + a.body.replace(/<Cite[^>]*>/g, '').split(/\s+/).length,
		0,
	);
	// The longest made-up word of the last summary: found in few pages, as a name or a term would be.
	const rare =
		articleList
			.at(-1)!
			.body.split(/[^a-z]+/)
			.filter(isMadeUp)
			.sort((a, b) => b.length - a.length)[0] ?? word(5_000);
	return {
		seed,
		articles: articleList,
		references: referenceList,
		trials: trialList,
		outcomes: outcomeList,
		words,
		queries: ['therapy', 'placebo remission', 'veterans sleep', rare, 'compa'],
	};
}

/** Writes the corpus as a content folder: articles/*.mdx, references/*.json, trials/*.yaml, outcomes/*.yaml. */
export function writeCorpus(corpus: Corpus, dir: string): void {
	// Each file where the checker and the site look for it: a collection's folder, its extension.
	const write = (collection: CollectionName, id: string, text: string) => {
		mkdirSync(join(dir, collection), { recursive: true });
		writeFileSync(join(dir, collection, `${id}${COLLECTIONS[collection]}`), text);
	};
	const dump = (data: unknown) => yaml.dump(data, { lineWidth: 100, noRefs: true });
	for (const a of corpus.articles) write('articles', a.id, `---\n${dump(a.data)}---\n\n${a.body}`);
	for (const r of corpus.references)
		write('references', r.id, `${JSON.stringify(r.data, null, 2)}\n`);
	for (const t of corpus.trials) write('trials', t.id, dump(t.data));
	for (const o of corpus.outcomes) write('outcomes', o.id, dump(o.data));
}
