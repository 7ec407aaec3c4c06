import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIST } from '../setup/paths.ts';
import { decodeClaims } from '../../src/lib/search/claim-filters.ts';
import { INDEX_EXCLUDE } from '../../src/lib/search/names.ts';
import { articleFrontmatter, contentIds, page, sitemapPaths } from './site.ts';
import { CHECK_LABELS } from '../../src/lib/format/check-status.ts';
import { ClaimSchema, type CheckStatus } from '../../src/schemas/claim.ts';
import { depthLabel } from '../../src/lib/format/checked-against.ts';

const indexed = (path: string) => page(path).querySelector('[data-pagefind-body]') !== null;

describe('the search index', () => {
	it('is written into the build by the build itself', () => {
		for (const file of [
			'pagefind/pagefind.js',
			'pagefind/pagefind-entry.json',
			'pagefind/pagefind-highlight.js',
		])
			expect(existsSync(join(TEST_DIST, file)), file).toBe(true);
	});

	it('stays small: the index files are under 1 MB together', () => {
		const size = (dir: string): number =>
			readdirSync(dir).reduce((sum, name) => {
				const path = join(dir, name);
				return (
					sum +
					(statSync(path).isDirectory()
						? size(path)
						: name.endsWith('.pf_fragment') ||
							  name.endsWith('.pf_index') ||
							  name.endsWith('.pf_meta') ||
							  name.endsWith('.pf_filter')
							? statSync(path).size
							: 0)
				);
			}, 0);
		expect(size(join(TEST_DIST, 'pagefind'))).toBeLessThan(1_000_000);
	});

	it('indexes the main content of articles, references, trials, outcomes, the glossary and the about page only', () => {
		for (const collection of ['articles', 'references', 'trials', 'outcomes'])
			for (const id of contentIds(collection))
				expect(indexed(`/${collection}/${id}/`), `${collection}/${id}`).toBe(true);
		for (const path of ['/about/', '/glossary/']) expect(indexed(path), path).toBe(true);
		for (const path of ['/', '/references/', '/trials/', '/outcomes/', '/search/'])
			expect(indexed(path), path).toBe(false);
	});

	it.each(sitemapPaths().filter(indexed))(
		'keeps navigation, footer and bibliography out of the index on %s',
		(path) => {
			const html = page(path);
			expect(html.querySelector('header')?.getAttribute('data-pagefind-ignore')).toBe('');
			expect(html.querySelector('footer')?.getAttribute('data-pagefind-ignore')).toBe('');
			for (const bibliography of html.querySelectorAll('.bibliography'))
				expect(bibliography.getAttribute('data-pagefind-ignore')).toBe('');
			expect(html.querySelector('[data-pagefind-body]')?.tagName).toBe('MAIN');
		},
	);

	it('indexes each claim once, as a section of its summary: claim lists and chart tables on other pages are left out', () => {
		const lists = ['/references/mitchell-2021/', '/trials/mapp1/', '/outcomes/caps-5/'].flatMap(
			(path) => page(path).querySelectorAll('.claim-list, .forest'),
		);
		expect(lists.length).toBeGreaterThan(3);
		for (const list of lists)
			expect(list.closest('[data-pagefind-ignore]'), list.classNames).not.toBeNull();
		const summary = page('/articles/healing-trauma-explained/');
		expect(summary.querySelector('#claims-heading')?.closest('[data-pagefind-ignore]')).toBeNull();
		const heading = summary.querySelector('#phase-3-diagnosis');
		expect(heading?.tagName).toBe('H3');
		expect(heading?.closest('[data-pagefind-ignore]')).toBeNull();
		expect(
			heading?.closest('.claim')?.querySelector('.estimate')?.closest('[data-pagefind-ignore]'),
		).toBeNull();
		expect(heading?.closest('.claim')?.querySelector('.estimate')).not.toBeUndefined();
	});

	it.each(INDEX_EXCLUDE)(
		'leaves out of the index a part of the claim cards that exists: %s',
		(selector) => {
			const summaries = contentIds('articles').map((id) => page(`/articles/${id}/`));
			expect(summaries.some((html) => html.querySelector(selector) !== null)).toBe(true);
			for (const html of summaries)
				expect(html.querySelector(`${selector} .statement, ${selector} .estimate`)).toBeNull();
		},
	);

	it('gives a summary page the filter values of all its claims, and which claim has which', () => {
		const summary = page('/articles/meta-analysis-explainer/');
		const values = (name: string) =>
			summary
				.querySelectorAll(`[data-pagefind-filter^="${name}:"]`)
				.map((e) => e.getAttribute('data-pagefind-filter')!.slice(name.length + 1));
		expect(values('status').sort()).toEqual(
			[
				...new Set(
					articleFrontmatter('meta-analysis-explainer').claims.map(
						(c) => CHECK_LABELS[c.check.status as CheckStatus],
					),
				),
			].sort(),
		);
		expect(values('outcome')).toContain('CAPS-5');
		const panel = summary.querySelector('[data-pagefind-meta="claims[data-claims]"]')!;
		const ids = [...decodeClaims(panel.getAttribute('data-claims')!).keys()];
		expect(ids).toEqual(
			summary.querySelectorAll('.claims > li').map((li) => li.getAttribute('data-claim-id')),
		);
	});

	it('indexes what each check rests on, and gives summaries a filter by its depth', () => {
		const summary = page('/articles/healing-trauma-explained/');
		const lines = summary.querySelectorAll('.claim > p.checked-against');
		expect(lines).toHaveLength(articleFrontmatter('healing-trauma-explained').claims.length);
		for (const line of lines) {
			expect(line.closest('[data-pagefind-ignore]')).toBeNull();
			for (const selector of INDEX_EXCLUDE)
				expect(summary.querySelectorAll(selector).includes(line), selector).toBe(false);
		}
		const depths = articleFrontmatter('healing-trauma-explained').claims.map((claim) =>
			depthLabel(ClaimSchema.parse(claim)),
		);
		expect(
			summary
				.querySelectorAll('[data-pagefind-filter^="depth:"]')
				.map((e) => e.getAttribute('data-pagefind-filter'))
				.sort(),
		).toEqual([...new Set(depths)].map((label) => `depth:${label}`).sort());
		expect(new Set(depths).size).toBeGreaterThan(2);
	});

	it('tags each indexed page with its kind for the type filter', () => {
		expect(
			page('/articles/healing-trauma-explained/')
				.querySelector('[data-pagefind-filter^="type:"]')
				?.getAttribute('data-pagefind-filter'),
		).toBe('type:Summary');
		expect(
			page('/references/mitchell-2021/')
				.querySelector('[data-pagefind-filter^="design:"]')
				?.getAttribute('data-pagefind-filter'),
		).toBe('design:Randomized controlled trial');
	});
});
