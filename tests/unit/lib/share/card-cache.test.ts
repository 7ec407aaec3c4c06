import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CardCache, cardKey } from '../../../../src/lib/share/card-cache.ts';
import { type CardJob, describeCardReport, drawCards } from '../../../../src/lib/share/cards.ts';

const folders: string[] = [];
const folder = () => {
	const made = mkdtempSync(join(tmpdir(), 'ed-card-cache-'));
	folders.push(made);
	return made;
};
afterEach(() => {
	for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

const counts = { consistent: 2, discrepant: 1, unsupported: 0, unverified: 0 };
const jobs: CardJob[] = [
	{ file: 'default.png', title: 'The site’s own card' },
	{ file: 'a.png', title: 'First summary', counts },
	{ file: 'b.png', title: 'Second summary', counts },
];

describe('cardKey', () => {
	it('changes with the SVG and the background', () => {
		expect(cardKey('<svg/>', '#fff')).toBe(cardKey('<svg/>', '#fff'));
		expect(cardKey('<svg/>', '#fff')).not.toBe(cardKey('<svg />', '#fff'));
		expect(cardKey('<svg/>', '#fff')).not.toBe(cardKey('<svg/>', '#000'));
	});
});

describe('CardCache', () => {
	it('copies what it keeps, and prunes what a build did not use and leftovers', () => {
		const cacheFolder = folder();
		const out = folder();
		const first = new CardCache(cacheFolder);
		first.keep('k1', Buffer.from('one'));
		first.keep('k2', Buffer.from('two'));
		writeFileSync(join(cacheFolder, '.k3.1.tmp'), 'half');
		expect(first.prune()).toBe(1);
		const second = new CardCache(cacheFolder);
		expect(second.copyTo('k2', join(out, 'x.png'))).toBe(true);
		expect(readFileSync(join(out, 'x.png'), 'utf8')).toBe('two');
		expect(second.copyTo('k9', join(out, 'y.png'))).toBe(false);
		expect(second.prune()).toBe(1);
		expect(readdirSync(cacheFolder)).toEqual(['k2.png']);
	});
});

describe('drawCards with a cache', () => {
	it('draws each card once, reuses it on the next build, and redraws a changed title', async () => {
		const cacheFolder = folder();
		const draw = async (list: CardJob[]) => {
			const out = folder();
			const report = await drawCards(list, out, cacheFolder);
			const files = Object.fromEntries(
				list.map((job) => [job.file, readFileSync(join(out, job.file))]),
			);
			return { report, files };
		};

		const cold = await draw(jobs);
		expect(cold.report).toMatchObject({ count: 3, drawn: 3, reused: 0 });
		expect(readdirSync(cacheFolder)).toHaveLength(3);

		const warm = await draw(jobs);
		expect(warm.report).toMatchObject({ count: 3, drawn: 0, reused: 3 });
		expect(warm.report.bytes).toBe(cold.report.bytes);
		for (const job of jobs) expect(warm.files[job.file].equals(cold.files[job.file])).toBe(true);
		expect(describeCardReport(warm.report, 0)).toContain('0 drawn and 3 reused from the cache');

		const retitled = jobs.map((job) =>
			job.file === 'b.png' ? { ...job, title: 'Second summary, corrected' } : job,
		);
		const changed = await draw(retitled);
		expect(changed.report).toMatchObject({ count: 3, drawn: 1, reused: 2 });
		expect(changed.files['b.png'].equals(cold.files['b.png'])).toBe(false);
		// The card of the old title is no longer used, so it is pruned.
		expect(readdirSync(cacheFolder)).toHaveLength(3);
	});

	it('draws every card without a cache folder', async () => {
		const report = await drawCards(jobs.slice(0, 1), folder());
		expect(report).toMatchObject({ count: 1, drawn: 1, reused: 0 });
	});
});
