import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { correctionHeadline } from '../../src/lib/site/feed.ts';
import { FIXTURE_CORRECTIONS } from '../setup/build-corrected-site.ts';
import { CORRECTED_DIST } from '../setup/paths.ts';
import { contentIds, page, readableDate, sitemapPaths, words } from './site.ts';

const byDate = (direction: 1 | -1) =>
	[...FIXTURE_CORRECTIONS].sort((a, b) => direction * a.date.localeCompare(b.date));
const ARTICLE = '/articles/tiny-summary/';

describe('corrections on the real site', () => {
	it('ends every summary with "Updates and corrections" and builds /corrections/', () => {
		for (const id of contentIds('articles'))
			expect(page(`/articles/${id}/`).querySelector('#corrections-heading')?.text, id).toBe(
				'Updates and corrections',
			);
		expect(page('/corrections/').querySelector('h1')?.text).toBe('Updates and corrections');
		expect(sitemapPaths()).toContain('/corrections/');
	});
});

// The real content has no correction yet: the fixture, with three added (tests/setup/build-corrected-site.ts).
describe('a build of the fixture content with corrections', () => {
	const built = (path: string) =>
		parse(readFileSync(join(CORRECTED_DIST, path, 'index.html'), 'utf8'));

	it('shows them at the end of the summary, oldest first, dated, each linking to the claims it changed', () => {
		const entries = built(ARTICLE).querySelectorAll('.corrections li.correction');
		expect(
			entries.map((entry) => ({
				id: entry.id,
				line: words(entry.querySelector('p')),
				datetime: entry.querySelector('time')?.getAttribute('datetime'),
				links: entry.querySelectorAll('a').map((a) => a.getAttribute('href')),
			})),
		).toEqual(
			byDate(1).map(({ anchor, date, text, claims }) => ({
				id: anchor,
				line: `${readableDate(date)}: ${text}`,
				datetime: date,
				links: claims.map((id) => `#${id}`),
			})),
		);
	});

	it('links each claim to the corrections that changed it, oldest first', () => {
		const html = built(ARTICLE);
		const links = (claim: string) =>
			html
				.querySelectorAll(`[data-claim-id="${claim}"] a[href^="#correction_"]`)
				.map((a) => [a.getAttribute('href'), words(a)]);
		expect(links('relapse-ratio')).toEqual(
			byDate(1)
				.filter(({ claims }) => claims.includes('relapse-ratio'))
				.map(({ anchor, date }) => [`#${anchor}`, `${readableDate(date)}, see what changed`]),
		);
		expect(links('main-effect')).toEqual([]);
	});

	it('lists them on /corrections/ newest first, dated, each linked to the correction', () => {
		const entries = built('corrections').querySelectorAll('.corrections-log > li');
		expect(
			entries.map((entry) => [
				words(entry.querySelector('p')),
				entry.querySelector('a')?.getAttribute('href'),
				words(entry.querySelectorAll('p')[1]),
			]),
		).toEqual(
			byDate(-1).map(({ anchor, date, text }) => [
				`${readableDate(date)}, A tiny summary for tests`,
				`${ARTICLE}#${anchor}`,
				text,
			]),
		);
	});

	it('sends each to the feed, newest first, linked to the correction', () => {
		const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(
			readFileSync(join(CORRECTED_DIST, 'feed.xml'), 'utf8'),
		);
		const items: { title: string; link: string; pubDate: string }[] = feed.rss.channel.item;
		// Each correction's item is titled with what it changed, so same-day corrections differ in a reader.
		expect(
			items
				.filter((item) => item.title.startsWith('Correction: '))
				.map((item) => [item.title, item.link]),
		).toEqual(
			byDate(-1).map(({ anchor, text }) => [
				`Correction: ${correctionHeadline(text)} (in A tiny summary for tests)`,
				`https://evidence-digest.example${ARTICLE}#${anchor}`,
			]),
		);
		const times = items.map((item) => new Date(item.pubDate).getTime());
		expect(times).toEqual([...times].sort((a, b) => b - a));
	});
});
