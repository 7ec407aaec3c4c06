import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { OUTPUT_MARKER } from '../../src/build/output-folder.ts';
import { CORRECTED_DIST } from '../setup/paths.ts';

// The real content has no claim on a retracted paper and no ratios to chart; the fixture has both:
// a claim on a corrected paper (poe-2023) and two risk ratios for one outcome, one with a CI too wide to draw.
// Its one build (tests/setup/build-corrected-site.ts) also adds corrections and a pasted DOI, which
// none of these pages' checked parts show.
describe('a build of the fixture content', () => {
	const page = (path: string) =>
		parse(readFileSync(join(CORRECTED_DIST, path, 'index.html'), 'utf8'));

	it('builds, search index included, into a folder the next build may replace', () => {
		expect(existsSync(join(CORRECTED_DIST, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(existsSync(join(CORRECTED_DIST, OUTPUT_MARKER))).toBe(true);
	});

	it('puts the correction banner on the claim that rests on the corrected paper, and only there', () => {
		const html = page('articles/tiny-summary');
		const banner = html.querySelector('[data-claim-id="relapse-ratio"] .status-banner')!;
		expect(banner.querySelector('a')?.getAttribute('href')).toBe('/references/poe-2023/');
		expect(banner.text).toContain('Corrected on 1 March 2024.');
		expect(html.querySelector('[data-claim-id="main-effect"] .status-banner')).toBeNull();
		expect(
			html.querySelectorAll('header .flagged li a').map((a) => a.getAttribute('href')),
		).toEqual(['/references/poe-2023/']);
	});

	it('flags the claim in claim lists on other pages', () => {
		const item = page('outcomes/relapse').querySelector('.claim-list li')!;
		expect(item.querySelector('.flag')?.text).toBe(
			'The paper it rests on: Corrected on 1 March 2024.',
		);
	});

	it('draws the risk ratios on a log scale around 1, with the wide interval cut at both edges', () => {
		const svg = page('outcomes/relapse').querySelector('#chart-relapse-risk-ratio svg')!;
		expect(svg.querySelector('.axis-title')?.text).toBe('Risk ratio (log scale)');
		const ticks = svg.querySelectorAll('.tick');
		expect(ticks.map((t) => t.querySelector('text')!.text)).toEqual(['0.2', '0.5', '1', '2']);
		const one = ticks
			.find((t) => t.querySelector('text')!.text === '1')!
			.querySelector('line')!
			.getAttribute('x1');
		expect(svg.querySelector('line.null')?.getAttribute('x1')).toBe(one);
		expect(svg.querySelectorAll('.row')[0].querySelectorAll('.arrow')).toHaveLength(0);
		expect(svg.querySelectorAll('.row')[1].querySelectorAll('.arrow')).toHaveLength(2);
	});

	it("notes on each claim that the other rests on the same trial's participants", () => {
		const html = page('articles/tiny-summary');
		expect(html.querySelector('[data-claim-id="main-effect"] .lineage')?.text).toMatch(
			/Poe, 2023 also reports\s+TRIAL1 \(one of the two papers matches the trial by description only\)/,
		);
		expect(
			html.querySelector(
				'[data-claim-id="relapse-ratio"] .lineage a[href="/articles/tiny-summary/#main-effect"]',
			),
		).not.toBeNull();
	});

	it("reports the relapse outcome's published certainty rating on its page, with reasons, the appraisal in full and where it was read", () => {
		const section = page('outcomes/relapse').querySelector('section.certainty')!;
		expect(section.querySelector('h2')?.id).toBe('certainty');
		expect(section.closest('[data-pagefind-ignore]')).toBeNull();
		const entry = section.querySelector('.certainty-entry')!;
		expect(entry.querySelector('h3')?.text.replace(/\s+/g, ' ').trim()).toBe(
			'Roe & Poe, 2022: low (GRADE)',
		);
		const facts = Object.fromEntries(
			entry
				.querySelectorAll('dt')
				.map((dt) => [dt.text.trim(), dt.nextElementSibling!.text.replace(/\s+/g, ' ').trim()]),
		);
		expect(facts['Body of evidence']).toBe(
			'Two trials of the therapy against placebo, relapse within a year.',
		);
		expect(
			entry.querySelectorAll('dd ul li').map((li) => li.text.replace(/\s+/g, ' ').trim()),
		).toEqual([
			'Risk of bias: Most participants could tell which arm they were in.',
			'Short follow-up: Neither trial followed participants past a year.',
		]);
		expect(facts.Appraisal).toContain('A review of therapies');
		expect(
			entry.querySelector('dd .reference a[href="https://doi.org/10.1234/review.2022"]'),
		).not.toBeNull();
		expect(facts['Where found']).toBe('Table 3, read 21 November 2026');
		expect(page('outcomes/scale-a').querySelector('section.certainty')).toBeNull();
	});

	it("links a pooled analysis's claim to its outcome's certainty ratings, and no other claim", () => {
		const html = page('articles/tiny-summary');
		const line = html.querySelector('[data-claim-id="relapse-ratio"] .certainty-line')!;
		expect(line.text.replace(/\s+/g, ' ').trim()).toBe(
			'Certainty of the evidence on Relapse: low (GRADE, Roe & Poe, 2022), as published appraisals rate it. Their reasons',
		);
		expect(line.querySelector('a')?.getAttribute('href')).toBe('/outcomes/relapse/#certainty');
		expect(html.querySelector('[data-claim-id="main-effect"] .certainty-line')).toBeNull();
	});

	it('says on the card what the check was read against, linked where it was read', () => {
		const line = page('articles/tiny-summary').querySelector(
			'[data-claim-id="main-effect"] .checked-against',
		)!;
		expect(line.text.replace(/\s+/g, ' ').trim()).toBe(
			'Checked against the abstract of the TRIAL1 paper on 21 November 2026.',
		);
		expect(line.querySelector('a')?.getAttribute('href')).toBe(
			'https://doi.org/10.1234/trial.2021',
		);
	});

	it('shows the fixture timeline, oldest first', () => {
		expect(
			page('')
				.querySelectorAll('.timeline time')
				.map((t) => t.getAttribute('datetime')),
		).toEqual(['2019', '2024-03-01']);
	});
});
