import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/check/check-content.ts';
import { displayPath } from '../../../../src/lib/check/collections.ts';
import { ContentError, type Problem } from '../../../../src/lib/check/problems.ts';
import { doiUrl } from '../../../../src/lib/format/doi.ts';
import {
	ACCEPTED_DOIS,
	CASE_TODAY,
	CONTENT_CASES,
	FIXTURE,
	brokenCopy,
	removeCopy,
	withDoi,
} from '../../cases/content-cases.ts';
import { HARDENING_CASES } from '../../cases/hardening-cases.ts';

const ALL_CASES = [...CONTENT_CASES, ...HARDENING_CASES];

function problemsIn(dir: string): Problem[] {
	try {
		return checkContent(dir, { today: CASE_TODAY }).warnings;
	} catch (error) {
		if (error instanceof ContentError) return [...error.problems];
		throw error;
	}
}

const line = (p: Problem) => `${p.field ? `${p.field}: ` : ''}${p.message}`;

describe('checkContent', () => {
	let dir = '';
	afterEach(() => dir && removeCopy(dir));

	it('accepts the valid fixture with no problems', () => {
		const { content, warnings } = checkContent(FIXTURE, { today: CASE_TODAY });
		expect(warnings).toEqual([]);
		expect(content.articles.map((a) => a.id)).toEqual(['tiny-summary']);
		expect(content.references.map((r) => r.data.DOI)).toEqual([
			'10.1234/trial.2021',
			'10.1234/secondary.2023',
			'10.1234/review.2022',
		]);
		expect(content.events.map((e) => e.id)).toEqual(['poe-correction', 'trial-registered']);
	});

	it("counts a reference that only an outcome's note cites as cited", () => {
		// As "a reference nobody cites", but the note of scale-a now names the review.
		const orphan = CONTENT_CASES.find((c) => c.name === 'a reference nobody cites')!;
		dir = brokenCopy(orphan, {
			name: 'the note names it',
			file: 'outcomes/scale-a.yaml',
			edit: (t) => `${t}note: A review is under way.\nreferences: [roe-2022]\n`,
			expected: [],
		});
		expect(problemsIn(dir)).toEqual([]);
	});

	it('keeps a catalogue of at least 30 bad inputs', () => {
		expect(CONTENT_CASES.length).toBeGreaterThanOrEqual(30);
		expect(HARDENING_CASES.length).toBeGreaterThanOrEqual(30);
		expect(new Set(ALL_CASES.map((c) => c.name)).size).toBe(ALL_CASES.length);
	});

	it.each(ALL_CASES.map((c) => [c.name, c] as const))(
		'reports %s with file, field and expected text',
		(_name, testCase) => {
			dir = brokenCopy(testCase);
			const level = testCase.level ?? 'error';
			const all = problemsIn(dir);
			// Each case breaks one thing; a knock-on warning (a reference no longer listed) may come with an error.
			const problems = all.filter((p) => p.level === level);
			expect(problems.map(line)).toEqual([testCase.expected].flat());
			const file = displayPath(join(dir, testCase.reportedIn ?? testCase.newFile ?? testCase.file));
			for (const problem of problems) expect(problem.file).toBe(file);
			// A warning means the input was usable: nothing else may be wrong.
			if (level === 'warning') expect(all.filter((p) => p.level === 'error')).toEqual([]);
		},
	);

	it('accepts frontmatter fences followed by spaces or tabs, which an editor does not show', () => {
		dir = brokenCopy({
			name: 'fences with trailing spaces',
			file: 'articles/tiny-summary.mdx',
			edit: (t) => t.replace(/^---\n/, '--- \n').replace(/\n---\n/, '\n---\t \n'),
			expected: [],
		});
		const { content, warnings } = checkContent(dir, { today: CASE_TODAY });
		expect(warnings).toEqual([]);
		expect(content.articles[0].data.title).toBe('A tiny summary for tests');
	});

	it('accepts text in any script, with accents, dashes and emoji, and keeps it as written', () => {
		const title = 'Müller – ψ “quoted” 😀 عربي';
		dir = brokenCopy({
			name: title,
			file: 'references/doe-2021.json',
			edit: (t) => t.replace('"A trial of a therapy"', JSON.stringify(title)),
			expected: [],
		});
		const { content, warnings } = checkContent(dir, { today: CASE_TODAY });
		expect(warnings).toEqual([]);
		expect(content.references[0].data.title).toBe(title);
	});

	it.each(ACCEPTED_DOIS.map((c) => [c.name, c] as const))(
		'accepts a DOI with %s and links it percent-encoded',
		(_name, { written, stored }) => {
			dir = brokenCopy(withDoi(written));
			const { content, warnings } = checkContent(dir, { today: CASE_TODAY });
			expect(warnings).toEqual([]);
			expect(content.references[0].data.DOI).toBe(stored);
			expect(doiUrl(stored)).toMatch(/^https:\/\/doi\.org\/10\.\d+\/[^\s#?"<>]+$/);
		},
	);
});
