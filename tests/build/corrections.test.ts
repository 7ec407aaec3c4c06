import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CORRECTION } from '../setup/build-corrected-site.ts';
import { CORRECTED_DIST } from '../setup/paths.ts';
import { contentIds, page, sitemapPaths } from './site.ts';

const ANCHOR = FIXTURE_CORRECTION.anchor;

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

// The real content has no correction yet: the fixture, with one added (tests/setup/build-corrected-site.ts).
describe('a build of the fixture content with a correction', () => {
	const built = (path: string) =>
		parse(readFileSync(join(CORRECTED_DIST, path, 'index.html'), 'utf8'));

	it('shows the correction at the end of the summary, linking to the claim it changed, and the claim links back', () => {
		const html = built('articles/tiny-summary');
		const entry = html.getElementById(ANCHOR)!;
		expect(entry.text).toContain('The relapse claim was marked consistent');
		expect(entry.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-21');
		expect(entry.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
			'#relapse-ratio',
		]);
		expect(
			html
				.querySelector('[data-claim-id="relapse-ratio"] a[href^="#correction_"]')
				?.getAttribute('href'),
		).toBe(`#${ANCHOR}`);
		expect(html.querySelector('[data-claim-id="main-effect"] a[href^="#correction_"]')).toBeNull();
	});

	it('lists it on /corrections/ and in the feed, linked to the correction', () => {
		expect(built('corrections').querySelector('.corrections-log a')?.getAttribute('href')).toBe(
			`/articles/tiny-summary/#${ANCHOR}`,
		);
		const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(
			readFileSync(join(CORRECTED_DIST, 'feed.xml'), 'utf8'),
		);
		const item = feed.rss.channel.item[0];
		expect([item.title, item.link]).toEqual([
			'Corrected: A tiny summary for tests',
			`https://evidence-digest.example/articles/tiny-summary/#${ANCHOR}`,
		]);
	});
});
