import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFrontmatter as frontmatter, contentIds, page } from './site.ts';

describe.each(contentIds('articles'))('article %s', (id) => {
	const html = page(`/articles/${id}/`);
	const data = frontmatter(id);

	it('shows every claim in the claims panel under its own anchor', () => {
		const cards = html.querySelectorAll('.claims > li');
		expect(cards.map((card) => card.querySelector('h3.statement')?.id)).toEqual(data.claims.map((claim) => claim.id));
		for (const card of cards) expect(card.querySelector('.status')?.text).toMatch(/paper/);
	});

	it('lists every reference in the bibliography and marks it for no search index', () => {
		const bibliography = html.querySelector('.bibliography')!;
		expect(bibliography.getAttribute('data-pagefind-ignore')).toBe('');
		expect(bibliography.querySelectorAll('li')).toHaveLength(data.references.length);
	});

	it('has Highwire tags and JSON-LD describing the summary', () => {
		expect(html.querySelector('meta[name="citation_title"]')?.getAttribute('content')).toBe(data.title);
		expect(html.querySelectorAll('meta[name="citation_reference"]')).toHaveLength(data.references.length);
		const jsonLd = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
		expect(jsonLd).toMatchObject({ '@type': 'Article', headline: data.title });
	});

	it('offers a citation of the summary in APA and BibTeX', () => {
		const cite = html.querySelector('.cite-this')!;
		// citeproc typesets straight apostrophes as curly ones.
		expect(cite.querySelector('p')?.text.replaceAll('\u2019', "'")).toContain(data.title);
		expect(cite.querySelector('pre')?.text).toMatch(new RegExp(`^@misc\\{evidence-digest-${id},`));
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
