import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { generateCorpus, writeCorpus } from './generate/corpus.ts';

const folders: string[] = [];
function written(articles: number, seed: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'ed-bench-corpus-'));
	folders.push(dir);
	writeCorpus(generateCorpus({ articles, seed }), dir);
	return dir;
}
const snapshot = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.sort()
		.map((path) => [path, path.includes('.') ? readFileSync(join(dir, path), 'utf8') : '']);
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the benchmark corpus', () => {
	const dir = written(30, 7);

	it('passes every schema and cross-file rule, with no warnings', () => {
		const { content, warnings } = checkContent(dir);
		expect(warnings).toEqual([]);
		expect(content.articles).toHaveLength(30);
		expect(content.references.length).toBeGreaterThanOrEqual(12);
	});

	it('uses what the real summaries use: effects, DOIs, trials, outcomes and in-text citations', () => {
		const { content } = checkContent(dir);
		const claims = content.articles.flatMap((a) => a.data.claims);
		expect(claims.some((c) => c.effect && c.reference && c.outcome)).toBe(true);
		expect(new Set(claims.map((c) => c.check.status))).toEqual(
			new Set(['consistent', 'discrepant', 'unverified']),
		);
		expect(
			content.references.filter((r) => r.data.DOI).every((r) => r.data.DOI?.startsWith('10.5555/')),
		).toBe(true);
		expect(content.references.some((r) => r.data.study.trial)).toBe(true);
		expect(
			content.articles.every(
				(a) => /<Cite id="[a-z0-9-]+" \/>/.test(a.body ?? '') && /^## /m.test(a.body ?? ''),
			),
		).toBe(true);
	});

	it('writes summaries of about 1,000 words of prose', () => {
		const words = generateCorpus({ articles: 30, seed: 7 }).words / 30;
		expect(words).toBeGreaterThan(900);
		expect(words).toBeLessThan(1300);
	});

	it('is the same for the same seed and differs for another', () => {
		expect(snapshot(written(5, 7))).toEqual(snapshot(written(5, 7)));
		expect(snapshot(written(5, 8))).not.toEqual(snapshot(written(5, 7)));
	});
});
