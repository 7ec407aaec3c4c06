import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../unit/cases/content-cases.ts';
import { ASTRO_BIN, ROOT } from '../setup/paths.ts';
import { contentIds, page, sitemapPaths } from './site.ts';

const ANCHOR = 'correction_2026-11-21';

describe('corrections on the real site', () => {
	it('ends every summary with "Updates and corrections" and builds /corrections/', () => {
		for (const id of contentIds('articles')) expect(page(`/articles/${id}/`).querySelector('#corrections-heading')?.text, id).toBe('Updates and corrections');
		expect(page('/corrections/').querySelector('h1')?.text).toBe('Updates and corrections');
		expect(sitemapPaths()).toContain('/corrections/');
	});
});

// The real content has no correction yet: the fixture, with one added, shows every place it appears.
describe('a build of the fixture content with a correction', () => {
	const content = mkdtempSync(join(tmpdir(), 'ed-corrections-'));
	const outDir = mkdtempSync(join(tmpdir(), 'ed-corrections-dist-'));
	cpSync(FIXTURE, content, { recursive: true });
	const file = join(content, 'articles/tiny-summary.mdx');
	const text = readFileSync(file, 'utf8').replace('references:', 'updated: 2026-11-21\ncorrections:\n  - date: 2026-11-21\n    text: The relapse claim was marked consistent; its interval includes 1.\n    claims: [relapse-ratio]\nreferences:');
	writeFileSync(file, text);
	const result = spawnSync(process.execPath, [ASTRO_BIN, 'build'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir }, encoding: 'utf8' });
	const built = (path: string) => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
	afterAll(() => [content, outDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

	it('builds', () => {
		expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
	});

	it('shows the correction at the end of the summary, linking to the claim it changed, and the claim links back', () => {
		const html = built('articles/tiny-summary');
		const entry = html.getElementById(ANCHOR)!;
		expect(entry.text).toContain('The relapse claim was marked consistent');
		expect(entry.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-21');
		expect(entry.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['#relapse-ratio']);
		expect(html.querySelector('#relapse-ratio a[href^="#correction_"]')?.getAttribute('href')).toBe(`#${ANCHOR}`);
		expect(html.querySelector('#main-effect a[href^="#correction_"]')).toBeNull();
	});

	it('lists it on /corrections/ and in the feed, linked to the correction', () => {
		expect(built('corrections').querySelector('.corrections-log a')?.getAttribute('href')).toBe(`/articles/tiny-summary/#${ANCHOR}`);
		const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(readFileSync(join(outDir, 'feed.xml'), 'utf8'));
		const item = feed.rss.channel.item[0];
		expect([item.title, item.link]).toEqual(['Corrected: A tiny summary for tests', `https://evidence-digest.example/articles/tiny-summary/#${ANCHOR}`]);
	});
});
