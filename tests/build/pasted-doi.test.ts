import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { PASTED_DOI } from '../setup/build-corrected-site.ts';
import { CORRECTED_DIST } from '../setup/paths.ts';
import { words } from './site.ts';

const read = (path: string) => readFileSync(join(CORRECTED_DIST, path), 'utf8');
const { reference, stored } = PASTED_DOI;

// The fixture build has one DOI pasted from a PDF (tests/setup/build-corrected-site.ts): readers and
// reference managers must get it in plain characters, or the link and the record lead nowhere.
describe('a DOI pasted from a PDF with a ligature and full-width digits', () => {
	it('is linked, described and exported written out', () => {
		const html = parse(read(`references/${reference}/index.html`));
		const link = html.querySelector('a.doi');
		expect([link?.getAttribute('href'), words(link)]).toEqual([
			`https://doi.org/${stored}`,
			`https://doi.org/${stored}`,
		]);
		expect(html.querySelector('meta[name="citation_doi"]')?.getAttribute('content')).toBe(stored);
		expect(read('references/all.ris').split('\n')).toContain(`DO  - ${stored}`);
		expect(read('references/all.bib')).toContain(`\tdoi = {${stored}},\n`);
		const csl: { id: string; DOI?: string }[] = JSON.parse(read('references/all.json'));
		expect(csl.find((item) => item.id === reference)?.DOI).toBe(stored);
	});

	it('leaves the pasted characters in no page or download', () => {
		const files = readdirSync(CORRECTED_DIST, { recursive: true, encoding: 'utf8' }).filter(
			(file) => /\.(html|xml|json|ris|bib|csv)$/.test(file),
		);
		expect(files.length).toBeGreaterThan(10);
		expect(files.filter((file) => /[\ufb00-\ufb06\uff10-\uff19]/u.test(read(file)))).toEqual([]);
	});
});
