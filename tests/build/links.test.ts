import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkProblem, linkTarget } from '../../src/lib/check/link-target.ts';
import { doiUrl } from '../../src/lib/format/doi.ts';
import { ROOT } from '../setup/paths.ts';
import { built, contentIds, page, sitemapPaths } from './site.ts';

// Every page, and every attribute a browser follows or loads (the parser has decoded character references).
const pages = [...sitemapPaths(), '/404.html'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster'];
const anchors = new Map(
	pages.map((path) => [
		path,
		new Set(
			page(path)
				.querySelectorAll('[id]')
				.map((el) => el.id),
		),
	]),
);
const links = pages.flatMap((path) =>
	page(path)
		.querySelectorAll('a[href]')
		.map((a) => ({ path, href: a.getAttribute('href')! })),
);
const addresses = pages.flatMap((path) =>
	page(path)
		.querySelectorAll('*')
		.flatMap((el) =>
			URL_ATTRIBUTES.filter((name) => el.hasAttribute(name)).map((name) => ({
				path,
				tag: el.rawTagName,
				href: el.getAttribute(name)!,
			})),
		),
);

// The DOIs the site may link to: those of papers in content/references and of their notices.
const knownDois = new Set(
	contentIds('references').flatMap((id) => {
		const data = JSON.parse(readFileSync(join(ROOT, 'content/references', `${id}.json`), 'utf8'));
		return [data.DOI, data.status?.notice]
			.filter(Boolean)
			.map((doi: string) => doiUrl(doi.toLowerCase()));
	}),
);

describe('links across the built site', () => {
	it('resolves every internal link, #anchor and loaded file', () => {
		const broken = addresses.filter(({ path, href }) => {
			const url = new URL(href, `https://site.test${path}`);
			if (url.host !== 'site.test') return false;
			if (!built(url.pathname)) return true;
			return (
				url.hash !== '' && !anchors.get(url.pathname)?.has(decodeURIComponent(url.hash.slice(1)))
			);
		});
		expect(addresses.length).toBeGreaterThan(500);
		expect(broken).toEqual([]);
	});

	it('links claims to their anchors from reference, trial and outcome pages', () => {
		const claimLinks = links.filter(({ href }) => /^\/articles\/[^/]+\/#/.test(href));
		expect(claimLinks.length).toBeGreaterThan(20);
	});

	it('uses no http:, javascript:, data: or other unsafe address in any attribute, however it is written', () => {
		expect(addresses.filter(({ href }) => linkProblem(href))).toEqual([]);
	});

	it('sends no referrer to other sites (one policy per page, not a rel on every link) and opens no link in a new window', () => {
		const external = links.filter(({ href }) => linkTarget(href).kind === 'https');
		expect(external.length).toBeGreaterThan(0);
		expect(
			pages.filter(
				(path) =>
					page(path).querySelector('meta[name="referrer"]')?.getAttribute('content') !==
					'no-referrer',
			),
		).toEqual([]);
		// Without target, a linked page gets no handle on ours (rel="noopener" would add nothing).
		expect(pages.filter((path) => page(path).querySelector('a[target], form[target]'))).toEqual([]);
	});

	it('links every DOI as the doi.org address of a paper in content/references', () => {
		const doiLinks = links.filter(({ href }) => href.includes('doi.org'));
		expect(doiLinks.length).toBeGreaterThan(10);
		expect(doiLinks.filter(({ href }) => !knownDois.has(href))).toEqual([]);
	});
});
