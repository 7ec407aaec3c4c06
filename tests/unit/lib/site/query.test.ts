import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	BUILD_CONTEXT_KEY,
	type BuildContextSlot,
	checkAllContent,
	recheckContentFile,
} from '../../../../src/lib/build-context.ts';
import { ContentError } from '../../../../src/lib/check/problems.ts';
import {
	getBibliography,
	getCitationLabels,
	getSiteIndex,
	getSummaryCitation,
} from '../../../../src/lib/site/query.ts';
import { CASE_TODAY, brokenCopy, removeCopy } from '../../cases/content-cases.ts';

const SITE = new URL('https://evidence-digest.example/');

describe('site queries over the build context', () => {
	let dir = '';
	afterEach(() => {
		delete (globalThis as BuildContextSlot)[BUILD_CONTEXT_KEY];
		if (dir) removeCopy(dir);
	});

	it('gives every page the same index until a collection changes, then one with the change', async () => {
		dir = brokenCopy();
		checkAllContent(dir, CASE_TODAY);
		const index = await getSiteIndex();
		expect(await getSiteIndex()).toBe(index);
		const bibliography = await getBibliography();
		const file = join(dir, 'articles/tiny-summary.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Edited title'));
		expect(recheckContentFile(file)).toBe('articles');
		const edited = await getSiteIndex();
		expect(edited).not.toBe(index);
		expect(edited.articles[0].data.title).toBe('Edited title');
		// An edit to a summary formats no reference again.
		expect(await getBibliography()).toBe(bibliography);
		const citation = await getSummaryCitation(SITE, 'tiny-summary');
		expect(citation.apa).toContain('Edited title');
		expect(citation.bibtex).toContain('Edited title');
	});

	it('throws the ContentError of an edit into the page that asks, and stops once it is fixed', async () => {
		dir = brokenCopy();
		checkAllContent(dir, CASE_TODAY);
		const file = join(dir, 'articles/tiny-summary.mdx');
		const original = readFileSync(file, 'utf8');
		writeFileSync(file, original.replace('references: [doe-2021,', 'references: [doe-2012,'));
		recheckContentFile(file);
		const thrown = await getSiteIndex().catch((error: unknown) => error);
		expect(thrown).toBeInstanceOf(ContentError);
		expect((thrown as ContentError).message).toContain(
			'references.0: expected the id of a file in content/references/, found "doe-2012"; did you mean "doe-2021"?',
		);
		await expect(getCitationLabels()).rejects.toBeInstanceOf(ContentError);
		writeFileSync(file, original);
		recheckContentFile(file);
		expect((await getSiteIndex()).articles.map((a) => a.id)).toEqual(['tiny-summary']);
	});
});
