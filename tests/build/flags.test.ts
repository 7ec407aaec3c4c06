import { describe, expect, it } from 'vitest';
import { articleFrontmatter, contentData, contentIds, page, readableDate, words } from './site.ts';

type Status = { type: string; date: string; confirmed?: boolean };
const statusOf = (id: string) => contentData<{ status?: Status }>('references', id).status;
const flagged = contentIds('references').filter((id) => statusOf(id));

describe('status flags', () => {
	it('finds the retracted papers in content/references', () => {
		expect(flagged.sort()).toEqual(['feduccia-2021', 'jerome-2020', 'mithoefer-2019']);
	});

	it.each(flagged)('shows a banner with the date on the page of %s', (id) => {
		const banner = page(`/references/${id}/`).querySelector('.status-banner')!;
		expect(banner.text).toContain(
			`${statusOf(id)!.confirmed === false ? 'Reported retracted' : 'Retracted'} on 10 August 2024.`,
		);
		expect(banner.querySelector('time')?.getAttribute('datetime')).toBe(statusOf(id)!.date);
	});

	it.each(contentIds('articles'))(
		'flags on %s every listed paper that was retracted, and no other',
		(slug) => {
			const listed = articleFrontmatter(slug).references.filter((id) => statusOf(id));
			const banner = page(`/articles/${slug}/`).querySelector('header .flagged');
			const named = banner?.querySelectorAll('li a').map((a) => a.getAttribute('href')) ?? [];
			expect(named).toEqual(listed.map((id) => `/references/${id}/`));
		},
	);
});

describe('the regulatory timeline', () => {
	const events = contentIds('events').map((id) => ({
		id,
		...contentData<{ date: string | number; title: string }>('events', id),
	}));
	const inOrder = [...events].sort((a, b) => String(a.date).localeCompare(String(b.date)));

	it.each(['/', '/about/'])('lists every event in content/events on %s, oldest first', (path) => {
		const items = page(path).querySelectorAll('.timeline li');
		expect(items.map((li) => li.id)).toEqual(inOrder.map((e) => `event-${e.id}`));
		expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(
			inOrder.map((e) => String(e.date)),
		);
		// What a reader sees: the date in words, then the event, then its records in brackets.
		const lines = inOrder.map((e) => `${readableDate(e.date)}: ${e.title} (`);
		expect(items.map((li, i) => words(li)?.slice(0, lines[i].length))).toEqual(lines);
	});

	it('dates the five events the record confirms', () => {
		expect(inOrder.map((e) => String(e.date))).toEqual([
			'2017-08-16',
			'2023-07-01',
			'2024-06-04',
			'2024-08',
			'2024-08-10',
		]);
	});
});

describe('citation previews', () => {
	it.each(contentIds('articles'))(
		'gives every in-text citation on %s a plain link and a preview of its reference',
		(slug) => {
			const html = page(`/articles/${slug}/`);
			const cites = html.querySelectorAll('.prose a.cite');
			expect(cites.length).toBeGreaterThan(0);
			const ids = cites.map((a) => a.getAttribute('aria-describedby'));
			expect(new Set(ids).size).toBe(cites.length);
			for (const cite of cites) {
				const id = cite.getAttribute('href')!.match(/^\/references\/([a-z0-9-]+)\/$/)![1];
				const preview = html.getElementById(cite.getAttribute('aria-describedby')!)!;
				expect(cite.getAttribute('interestfor')).toBe(preview.id);
				expect(preview.getAttribute('popover')).toBe('hint');
				// The label's year, with APA's a, b for same-author same-year works, is the reference list's.
				expect(preview.text).toContain(
					`(${cite.text.match(/(\d{4}[a-z]?|n\.d\.(?:-[a-z])?)\)$/)![1]}`,
				);
				expect(preview.text.includes('etracted on 10 August 2024'), id).toBe(!!statusOf(id));
			}
		},
	);
});

describe('definitions and shared participants beside claims', () => {
	it('defines the bar a yes-or-no outcome uses, on each claim that uses one', () => {
		const note = page('/articles/healing-trauma-explained/').querySelector(
			'[data-claim-id="phase-3-diagnosis"] dfn',
		);
		expect(note?.text).toBe('No longer meeting diagnostic criteria');
		const ratio = page('/articles/meta-analysis-explainer/');
		expect(ratio.querySelector('[data-claim-id="response-ratio"] dfn')?.text).toBe('Response');
		expect(ratio.querySelector('[data-claim-id="remission-ratio"] dfn')?.text).toBe('Remission');
	});

	it('notes that the 2025 self-compassion analysis and the 2021 MAPP1 paper share participants', () => {
		const html = page('/articles/trialfind-self-compassion/');
		const note = html.querySelector('[data-claim-id="mediation"] .lineage')!;
		expect(note.text).toMatch(/Mitchell et al\., 2021 also reports\s+MAPP1/);
		expect(
			note.querySelectorAll('a[href^="/articles/"]').map((a) => a.getAttribute('href')),
		).toEqual([
			'/articles/trialfind-self-compassion/#current-treatments',
			'/articles/trialfind-self-compassion/#phase-3-symptom-reduction',
			'/articles/trialfind-self-compassion/#lasting-effects',
			'/articles/trialfind-self-compassion/#number-recruited',
		]);
		expect(
			html.querySelector('[data-claim-id="phase-3-symptom-reduction"] .lineage')?.text,
		).toMatch(/Agin-Liebes et al\., 2025 also reports/);
		expect(html.querySelector('[data-claim-id="empathogen"] .lineage')).toBeNull();
	});

	it('groups the papers on one trial on its page', () => {
		const papers = page('/trials/mapp1/')
			.querySelectorAll('section.paper')
			.map((section) => section.querySelector('a[href^="/references/"]')?.getAttribute('href'));
		expect(papers).toEqual([
			'/references/mitchell-2021/',
			'/references/nicholas-2022/',
			'/references/van-der-kolk-2024/',
			'/references/agin-liebes-2025/',
		]);
	});
});
