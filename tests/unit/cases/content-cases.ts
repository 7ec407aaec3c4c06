import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The tiny valid content set every broken-content case starts from. */
export const FIXTURE = new URL('../../fixtures/content/', import.meta.url).pathname;

/** One broken-content case: a change to a copy of the fixture, and the exact text it must produce. */
export interface ContentCase {
	name: string;
	/** Path inside the content folder, and how to change its text. */
	file: string;
	edit: (text: string) => string;
	/** The problem line, as printed under the file name. */
	expected: string;
	level?: 'error' | 'warning';
	/** The file the problem is reported in, when it is not the edited one. */
	reportedIn?: string;
}

/** Copies the fixture, applies the case's edit, and returns the folder (caller removes it). */
export function brokenCopy(testCase: ContentCase): string {
	const dir = mkdtempSync(join(tmpdir(), 'ed-case-'));
	cpSync(FIXTURE, dir, { recursive: true });
	const path = join(dir, testCase.file);
	writeFileSync(path, testCase.edit(readFileSync(path, 'utf8')));
	return dir;
}

export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Cases that each produce one content problem. The build fixtures reuse some of them. */
export const CONTENT_CASES: ContentCase[] = [
	{ name: 'a malformed DOI', file: 'references/doe-2021.json', edit: (t) => t.replace('10.1234/trial.2021', '10.12/x'), expected: 'DOI: expected a DOI that starts "10.", then a registrant number, "/" and a suffix, found "10.12/x"' },
	{ name: 'an unknown reference id in a claim', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('reference: doe-2021', 'reference: doe-2012'), expected: 'claims.0.reference: expected the id of a file in content/references/, found "doe-2012"; did you mean "doe-2021"?' },
	{ name: 'an unknown outcome id', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('outcome: scale-a', 'outcome: scale-b'), expected: 'claims.0.outcome: expected the id of a file in content/outcomes/, found "scale-b"; did you mean "scale-a"?' },
	{ name: 'an unknown trial id', file: 'references/doe-2021.json', edit: (t) => t.replace('"trial-one"', '"trial-two"'), expected: 'study.trial: expected the id of a file in content/trials/, found "trial-two"; did you mean "trial-one"?' },
	{ name: 'a claim citing a paper its article does not list', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('references: [doe-2021, roe-2022, poe-2023]', 'references: [roe-2022, poe-2023]').replace('one trial <Cite id="doe-2021" /> and ', ''), expected: 'claims.0.reference: expected a paper listed in this article\'s references, found "doe-2021"; add it to references' },
	{ name: 'an unknown id in <Cite>', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('<Cite id="roe-2022" />', '<Cite id="roe-2012" />'), expected: 'body: <Cite>: expected the id of a file in content/references/, found "roe-2012"; did you mean "roe-2022"?' },
	{ name: 'a <Cite> of a paper its article does not list', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('references: [doe-2021, roe-2022, poe-2023]', 'references: [doe-2021, poe-2023]').replace(' and one review <Cite id="roe-2022" />', ' and <Cite id="roe-2022" />'), expected: 'body: <Cite>: expected a paper listed in this article\'s references, found "roe-2022"; add it to references' },
	{ name: 'a CI that does not contain the estimate', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('ci: [0.5, 1.3]', 'ci: [1.2, 2.0]'), expected: 'claims.0.effect.ci: expected an interval [low, high] that contains the estimate 0.9, found [1.2, 2]' },
	{ name: 'a ratio of zero', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('metric: cohens-d\n      value: 0.9\n      ci: [0.5, 1.3]', 'metric: risk-ratio\n      value: 0'), expected: 'claims.0.effect.value: expected a ratio above 0, found 0' },
	{ name: 'a p-value out of range', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('p: "<0.001"', 'p: 1.5'), expected: 'claims.0.effect.p: expected a p-value: a number between 0 and 1, or a bound such as "<0.001", found 1.5' },
	{ name: 'a percentage out of range', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('metric: cohens-d\n      value: 0.9\n      ci: [0.5, 1.3]', 'metric: percent-by-arm\n      arms: [{ label: A, n: 40, value: 167 }, { label: B, n: 40, value: 32 }]'), expected: 'claims.0.effect.arms.0.value: expected a percentage from 0 to 100, found 167' },
	{ name: 'duplicate claim ids', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('claims:\n', 'claims:\n  - id: main-effect\n    statement: Again.\n    check: { status: unverified, checked: 2026-11-21 }\n'), expected: 'claims.1.id: expected a claim id not used before (claims.0 has it), found "main-effect"' },
	{ name: 'two references with the same DOI in different case', file: 'references/roe-2022.json', edit: (t) => t.replace('10.1234/review.2022', '10.1234/TRIAL.2021'), expected: 'DOI: expected a DOI no other reference has, found "10.1234/trial.2021", which reference "doe-2021" also has (DOIs compare case-insensitively)' },
	{ name: 'a reference nobody cites', file: 'articles/tiny-summary.mdx', edit: (t) => t.replace('references: [doe-2021, roe-2022, poe-2023]', 'references: [doe-2021, poe-2023]').replace(' and one review <Cite id="roe-2022" />', ''), expected: 'no article lists this reference; list it in an article\'s references or delete the file', level: 'warning', reportedIn: 'references/roe-2022.json' },
	{ name: 'an unknown outcome in a paper\'s results', file: 'references/poe-2023.json', edit: (t) => t.replace('"outcome": "relapse"', '"outcome": "relapses"'), expected: 'results.0.outcome: expected the id of a file in content/outcomes/, found "relapses"; did you mean "relapse"?' },
	{ name: 'a source\'s figure among a paper\'s results', file: 'references/poe-2023.json', edit: (t) => t.replace('"ci": [0.05, 9] }', '"ci": [0.05, 9], "basis": "source" }'), expected: 'results.0.effect.basis: expected a figure the paper itself reports (leave basis out), found "source"' },
	{ name: 'an unknown reference in a timeline event', file: 'events/poe-correction.yaml', edit: (t) => t.replace('[poe-2023]', '[poe-2032]'), expected: 'references.0: expected the id of a file in content/references/, found "poe-2032"; did you mean "poe-2023"?' },
	{ name: 'an impossible event date', file: 'events/poe-correction.yaml', edit: (t) => t.replace('2024-03-01', '2024-02-30'), expected: 'date: expected a date written YYYY-MM-DD, or YYYY-MM or YYYY when only those are known, found "2024-02-30"' },
	{ name: 'a status outcome without a definition', file: 'outcomes/relapse.yaml', edit: (t) => t.replace(/definitions:[\s\S]*$/, ''), expected: 'definitions: expected at least one definition for a status outcome (what counts as meeting it), found []' },
	{ name: 'broken YAML', file: 'trials/trial-one.yaml', edit: (t) => t.replace('phase: 3', 'phase: [3'), expected: 'expected valid YAML, found a syntax error: missed comma between flow collection entries (5:1)' },
];
