import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { citationLabel } from '../../../src/lib/citations/index.ts';
import { ReferenceSchema } from '../../../src/schemas/reference.ts';
import type { Corpus } from '../generate/corpus.ts';

/** Turns an MDX body into plain Markdown, each <Cite> into the link it renders as. */
export function toMarkdown(corpus: Corpus): (body: string) => string {
	const labels = new Map(
		corpus.references.map((r) => [r.id, citationLabel(ReferenceSchema.parse(r.data))]),
	);
	return (body) =>
		body.replace(
			/<Cite id="([^"]+)" \/>/g,
			(_, id: string) => `[(${labels.get(id)})](/references/${id}/)`,
		);
}

/** The bytes of a body's text as a reader reads it: Markdown markup and link targets left out. */
export function proseBytes(markdown: string): number {
	const text = markdown
		.replace(/\]\([^)]*\)/g, '')
		.replace(/^#+ |^- |[*[]/gm, '')
		.replaceAll('*', '');
	return Buffer.byteLength(text);
}

/**
 * Writes the corpus's summaries for a peer site: the same frontmatter and prose, each <Cite> (our MDX
 * component) turned into the Markdown link it renders as, "[(Mitchell et al., 2021)](/references/…/)".
 */
export function writePeerArticles(corpus: Corpus, folder: string, extension: '.md' | '.mdx'): void {
	const markdown = toMarkdown(corpus);
	mkdirSync(folder, { recursive: true });
	for (const article of corpus.articles) {
		const body = markdown(article.body);
		writeFileSync(
			join(folder, `${article.id}${extension}`),
			`---\n${yaml.dump(article.data, { lineWidth: 100, noRefs: true })}---\n\n${body}`,
		);
	}
}
