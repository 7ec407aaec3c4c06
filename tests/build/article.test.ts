import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticlePageId } from '../../src/lib/check/body-rules.ts';
import { articleFrontmatter as frontmatter, contentData, contentIds, page } from './site.ts';

describe.each(contentIds('articles'))('article %s', (id) => {
	const html = page(`/articles/${id}/`);
	const data = frontmatter(id);

	it('leads every claim with a heading that is its anchor, its verdict in the same line', () => {
		const cards = html.querySelectorAll('.claims > li');
		expect(cards.map((card) => card.querySelector('.claim-head > h3')?.id)).toEqual(
			data.claims.map((claim) => claim.id),
		);
		// A claim resting on a regulator's record, or a regulatory claim citing nothing, is checked against "the record".
		const isRecord = ({ kind, reference }: { kind?: string; reference?: string }) =>
			reference
				? ['regulatory', 'notice'].includes(
						contentData<{ study: { design: string } }>('references', reference).study.design,
					)
				: kind === 'regulatory';
		for (const [i, card] of cards.entries()) {
			expect(card.querySelector('.claim-head > .status')?.text, data.claims[i].id).toMatch(
				isRecord(data.claims[i]) ? / the record$/ : / the paper$/,
			);
		}
	});

	it('keeps the details of every claim in the page, in a disclosure', () => {
		for (const card of html.querySelectorAll('.claims > li'))
			expect(card.querySelector('details.claim-more')?.text).toMatch(/Checked \d+ \w+ \d{4}\./);
	});

	it('gives every element id to a claim, a heading of the body, or the one list of ids the layout uses', () => {
		// The content check refuses claim ids the layout uses (lib/check/body-rules.ts); an id added to the
		// layout and not to that list would let a claim take it, so this fails first.
		const own = new Set(
			[
				...html.querySelectorAll('.claim-head > h3'),
				...html.querySelectorAll('.prose h2, .prose h3, .prose h4, .prose h5, .prose h6'),
			].map((el) => el.id),
		);
		const layout = html
			.querySelectorAll('[id]')
			.map((el) => el.id)
			.filter((elementId) => !own.has(elementId));
		expect(layout.filter((elementId) => !isArticlePageId(elementId))).toEqual([]);
		expect(layout).toContain('main');
	});

	it('lists every reference in the bibliography and marks it for no search index', () => {
		const bibliography = html.querySelector('.bibliography')!;
		expect(bibliography.getAttribute('data-pagefind-ignore')).toBe('');
		expect(bibliography.querySelectorAll('li')).toHaveLength(data.references.length);
	});

	it('has JSON-LD describing the summary and no Highwire tags, which would make it a journal article', () => {
		expect(html.querySelectorAll('meta[name^="citation_"]')).toHaveLength(0);
		const jsonLd = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
		expect(jsonLd['@graph'][0]).toMatchObject({ '@type': 'Article', headline: data.title });
	});

	it('offers a citation of the summary in APA, BibTeX and RIS', () => {
		const cite = html.querySelector('.cite-this')!;
		// citeproc typesets straight apostrophes as curly ones.
		expect(cite.querySelector('p')?.text.replaceAll('\u2019', "'")).toContain(data.title);
		const [bibtex, ris] = cite.querySelectorAll('pre').map((pre) => pre.text);
		expect(bibtex).toMatch(new RegExp(`^@online\\{evidence-digest-${id},`));
		expect(ris).toMatch(/^TY {2}- ELEC$/m);
	});
});

describe('downloads', () => {
	it('exports one BibTeX, RIS and CSL-JSON record per reference', async () => {
		const { TEST_DIST } = await import('../setup/paths.ts');
		const read = (name: string) => readFileSync(join(TEST_DIST, 'references', name), 'utf8');
		const count = contentIds('references').length;
		expect(read('all.bib').match(/^@\w+\{/gm)).toHaveLength(count);
		expect(read('all.ris').match(/^TY {2}- /gm)).toHaveLength(count);
		expect(JSON.parse(read('all.json'))).toHaveLength(count);
	});
});
