import { describe, expect, it } from 'vitest';
import { startCitationWorker } from '../../../../src/lib/citations/background.ts';
import { formatCitations } from '../../../../src/lib/citations/formatted.ts';
import { checkContent } from '../../../../src/lib/check/check-content.ts';
import { FIXTURE } from '../../cases/content-cases.ts';

const SITE = new URL('https://evidence-digest.example');

describe('startCitationWorker', () => {
	it('formats on a worker thread exactly what the pages would format themselves', async () => {
		const { references, articles } = checkContent(FIXTURE).content;
		const fromWorker = await startCitationWorker(references, articles, SITE);
		expect(fromWorker).toEqual(formatCitations(references, articles, SITE));
		expect(fromWorker.bibliography.size).toBe(references.length);
		expect([...fromWorker.summaries.keys()]).toEqual(articles.map((a) => a.id));
		// A worker loads citation-js and citeproc afresh: seconds on a busy machine.
	}, 60_000);

	it('rejects with the reason when formatting fails, so the page awaiting it fails the build', async () => {
		const broken = [{ id: 'x', data: { title: 'T', published: '2024-01-01' as unknown as Date } }];
		await expect(startCitationWorker([], broken, SITE)).rejects.toThrow(
			'Formatting the citations failed: published.getUTCFullYear is not a function',
		);
	}, 60_000);
});
