import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { type HTMLElement, parse } from 'node-html-parser';
import { CHECK_STATUSES, type CheckStatus } from '../../src/schemas/claim.ts';
import { ROOT, TEST_DIST } from '../setup/paths.ts';

/** Ids of one content collection, from its file names. */
export function contentIds(collection: string): string[] {
	return readdirSync(join(ROOT, 'content', collection)).map((name) =>
		name.replace(/\.[a-z]+$/, ''),
	);
}

/** The built HTML file for a site path such as /articles/x/. */
export function fileFor(path: string): string {
	return join(TEST_DIST, path.endsWith('/') ? `${path}index.html` : path);
}

/** A built page, parsed. */
export function page(path: string): HTMLElement {
	// <pre> is parsed as markup, not raw text, so its <code> can be queried.
	return parse(readFileSync(fileFor(path), 'utf8'), {
		blockTextElements: { script: true, style: true },
	});
}

/** Whether a site path was built. */
export const built = (path: string) => existsSync(fileFor(path));

const locs = (xml: string) =>
	[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);

/** Every page the sitemap lists, as a site path: the sitemap index names the sitemaps that list them. */
export function sitemapPaths(dist = TEST_DIST): string[] {
	const sitemaps = locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
	return sitemaps.flatMap((path) => locs(readFileSync(join(dist, path), 'utf8')));
}

/** The frontmatter of a content article, as authors wrote it (YAML dates kept as strings). */
export interface ArticleFrontmatter {
	title: string;
	/** YYYY-MM-DD, as written. */
	published: string;
	updated?: string;
	references: string[];
	claims: {
		id: string;
		statement: string;
		kind?: string;
		reference?: string;
		outcome?: string;
		flags?: string[];
		effect?: {
			metric: string;
			p?: string | number;
			arms?: { label: string }[];
			armsAnalysed?: string;
		};
		check: {
			status: string;
			primary?: string;
			checkedAgainst?: { kind: string; url: string; part?: string; title?: string }[];
			wouldSettle?: string;
			checked: string;
		};
	}[];
}

/** How many of `claims` have each check status, for every status the schema knows. */
export function countByStatus(claims: readonly { check: { status: string } }[]) {
	return Object.fromEntries(
		CHECK_STATUSES.map((status) => [
			status,
			claims.filter((claim) => claim.check.status === status).length,
		]),
	) as Record<CheckStatus, number>;
}

const MONTHS =
	'January February March April May June July August September October November December';

/**
 * A date as content writes it (`YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when only those are known) the
 * way pages show it: "1 March 2024", "March 2024", "2024". Worked out here from the digits, not with
 * the site's formatter, so a formatter a day off fails the tests using it.
 */
export function readableDate(date: string | number): string {
	const [year, month, day] = String(date).split('-').map(Number);
	return [day, month && MONTHS.split(' ')[month - 1], year].filter(Boolean).join(' ');
}

/** An element's text as a reader sees it: white space between words collapsed to one space. */
export const words = (element: HTMLElement | null | undefined) =>
	element?.text.replace(/\s+/g, ' ').trim();

/** Reads an article's frontmatter straight from content/, so checks compare the site with its source. */
export function articleFrontmatter(id: string): ArticleFrontmatter {
	const text = readFileSync(join(ROOT, 'content/articles', `${id}.mdx`), 'utf8');
	return yaml.load(text.split(/^---$/m)[1], { schema: yaml.CORE_SCHEMA }) as ArticleFrontmatter;
}

/** A content file of a JSON or YAML collection, parsed. */
export function contentData<T = Record<string, unknown>>(collection: string, id: string): T {
	const [file] = readdirSync(join(ROOT, 'content', collection)).filter(
		(name) => name.replace(/\.[a-z]+$/, '') === id,
	);
	const text = readFileSync(join(ROOT, 'content', collection, file), 'utf8');
	return (
		file.endsWith('.json') ? JSON.parse(text) : yaml.load(text, { schema: yaml.CORE_SCHEMA })
	) as T;
}
