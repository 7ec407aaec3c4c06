import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content/check.ts';
import { ContentError, type Problem } from '../../../../src/lib/content/problems.ts';
import { CONTENT_CASES, FIXTURE, brokenCopy, removeCopy } from '../../cases/content-cases.ts';

function problemsIn(dir: string): Problem[] {
	try {
		return checkContent(dir).warnings;
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
		const { content, warnings } = checkContent(FIXTURE);
		expect(warnings).toEqual([]);
		expect(content.articles.map((a) => a.id)).toEqual(['tiny-summary']);
		expect(content.references.map((r) => r.data.DOI)).toEqual(['10.1234/trial.2021', '10.1234/secondary.2023', '10.1234/review.2022']);
		expect(content.events.map((e) => e.id)).toEqual(['poe-correction', 'trial-registered']);
	});

	it.each(CONTENT_CASES.map((c) => [c.name, c] as const))('reports %s with file, field and expected text', (_name, testCase) => {
		dir = brokenCopy(testCase);
		// Each case breaks one thing; a knock-on warning (a reference no longer listed) may come with it.
		const problems = problemsIn(dir).filter((p) => p.level === (testCase.level ?? 'error'));
		expect(problems.map(line)).toEqual([testCase.expected]);
		expect(problems[0].file.endsWith(testCase.reportedIn ?? testCase.file)).toBe(true);
		expect(problems[0].level).toBe(testCase.level ?? 'error');
	});
});
