import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articleFrontmatter, contentIds, fileFor, page, sitemapPaths } from './site.ts';

const SITE = 'https://evidence-digest.example/';
const xml = readFileSync(fileFor('/feed.xml'), 'utf8');
const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(
	xml,
);
const channel = feed.rss?.channel;
const items: Record<string, unknown>[] = channel?.item ?? [];

describe('/feed.xml', () => {
	it('is well-formed XML, RSS 2.0, with the channel elements the spec requires', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(feed.rss['@_version']).toBe('2.0');
		expect([typeof channel.title, typeof channel.description, channel.link]).toEqual([
			'string',
			'string',
			SITE,
		]);
		expect(channel['atom:link']['@_href']).toBe(`${SITE}feed.xml`);
	});

	it('lists every summary once, at its absolute address, with a title, a guid and an RFC 822 date', () => {
		const links = items.map((item) => String(item.link)).filter((link) => !link.includes('#'));
		expect(links.sort()).toEqual(
			contentIds('articles')
				.map((id) => `${SITE}articles/${id}/`)
				.sort(),
		);
		for (const item of items) {
			expect(String(item.title).length, String(item.link)).toBeGreaterThan(0);
			expect((item.guid as Record<string, string>)['#text']).toBe(item.link);
			expect(new Date(String(item.pubDate)).toUTCString()).toBe(item.pubDate);
		}
	});

	it('puts the newest first', () => {
		const times = items.map((item) => new Date(String(item.pubDate)).getTime());
		expect(times).toEqual([...times].sort((a, b) => b - a));
	});

	it("gives each summary item the summary's title", () => {
		for (const id of contentIds('articles')) {
			expect(items.find((item) => item.link === `${SITE}articles/${id}/`)?.title).toBe(
				articleFrontmatter(id).title,
			);
		}
	});

	it('is announced on every page and linked from the footer', () => {
		for (const path of [...sitemapPaths(), '/404.html']) {
			const html = page(path);
			expect(
				html
					.querySelector('link[rel="alternate"][type="application/rss+xml"]')
					?.getAttribute('href'),
				path,
			).toBe(`${SITE}feed.xml`);
			expect(html.querySelector('footer a[href="/feed.xml"]'), path).not.toBeNull();
		}
	});
});
