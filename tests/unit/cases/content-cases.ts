import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The tiny valid content set every broken-content case starts from. */
export const FIXTURE = new URL('../../fixtures/content/', import.meta.url).pathname;

/** The date the case table treats as today, so that "a date in the future" does not depend on the clock. */
export const CASE_TODAY = new Date('2026-11-22T00:00:00Z');

/** One broken-content case: a change to a copy of the fixture, and the exact text it must produce. */
export interface ContentCase {
	name: string;
	/** Path inside the content folder, and how to change its text. */
	file: string;
	edit: (text: string) => string;
	/** Changes the copy in a way text cannot (bytes, links, folders), instead of `edit`. Gets the copy's folder. */
	make?: (dir: string) => void;
	/** Write the edited text to this new file instead, leaving `file` as it was. */
	newFile?: string;
	/** The problem lines, as printed under the file name (one string when there is one line). */
	expected: string | string[];
	level?: 'error' | 'warning';
	/** The file the problem is reported in, when it is not the edited one. */
	reportedIn?: string;
}

/** Copies the fixture, applies the cases' edits, and returns the folder (caller removes it). */
export function brokenCopy(...cases: ContentCase[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'ed-case-'));
	cpSync(FIXTURE, dir, { recursive: true });
	for (const testCase of cases) {
		if (testCase.make) {
			testCase.make(dir);
			continue;
		}
		const text = readFileSync(join(dir, testCase.file), 'utf8');
		writeFileSync(join(dir, testCase.newFile ?? testCase.file), testCase.edit(text));
	}
	return dir;
}

export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true });

const ARTICLE = 'articles/tiny-summary.mdx';
const DOE = 'references/doe-2021.json';
/** Replaces the fixture's DOI for doe-2021 (10.1234/trial.2021) with what an author pasted. */
const doi = (written: string) => (t: string) =>
	t.replace('"10.1234/trial.2021"', JSON.stringify(written));
/** Replaces the fixture claim's effect (cohens-d 0.9 [0.5, 1.3]) with other YAML lines. */
const effect =
	(...lines: string[]) =>
	(t: string) =>
		t.replace('metric: cohens-d\n      value: 0.9\n      ci: [0.5, 1.3]', lines.join('\n      '));
/** Adds a paragraph at the end of the article body; it lands on line 30 of the file. */
const body = (markdown: string) => (t: string) => `${t}\n${markdown}\n`;
/** Adds a correction dated `date` that names the claim `claim` (the fixture has none). */
const correction = (date: string, claim: string) => (t: string) =>
	t.replace(
		'references:',
		`corrections: [{ date: ${date}, text: The figure was wrong., claims: [${claim}] }]\nreferences:`,
	);

/** Replaces the first claim's checkedAgainst entries with other YAML (an empty string removes them). */
const replaceFirstEntries = (yaml: string) => (t: string) =>
	t.replace(/ {6}checkedAgainst: \[\{ kind: abstract.*\n/, yaml);
/** Adds a certainty rating by `appraisal` to an outcome file (the fixture's outcomes have none). */
const certainty = (appraisal: string) => (t: string) =>
	`${t}certainty:\n  - appraisal: ${appraisal}\n    scale: GRADE\n    rating: low\n    body: Two trials against placebo.\n    reasons:\n      - kind: risk-of-bias\n        text: Most participants guessed their arm.\n    url: https://doi.org/10.1234/review.2022\n    read: 2026-11-21\n`;

/** Cases that each produce their problem lines and nothing else at their level. The build fixtures reuse some. */
export const CONTENT_CASES: ContentCase[] = [
	// DOIs
	{
		name: 'a malformed DOI',
		file: DOE,
		edit: doi('10.12/x'),
		expected:
			'DOI: expected a DOI that starts "10.", then a registrant number, "/" and a suffix, found "10.12/x"',
	},
	{
		name: 'a DOI prefix not starting 10.',
		file: DOE,
		edit: doi('11.1234/trial.2021'),
		expected:
			'DOI: expected a DOI that starts "10.", then a registrant number, "/" and a suffix, found "11.1234/trial.2021"',
	},
	{
		name: 'a DOI with trailing punctuation',
		file: DOE,
		edit: doi('10.1234/trial.2021.'),
		expected: 'DOI: expected a DOI without trailing punctuation, found "10.1234/trial.2021."',
	},
	{
		name: 'a DOI pasted with the closing parenthesis after it',
		file: DOE,
		edit: doi('10.1234/trial.2021)'),
		expected: 'DOI: expected a DOI without trailing punctuation, found "10.1234/trial.2021)"',
	},
	{
		name: 'a DOI with a space inside',
		file: DOE,
		edit: doi('10.1234/trial 2021'),
		expected: 'DOI: expected a DOI without spaces, found "10.1234/trial 2021"',
	},
	{
		name: 'a DOI with a zero-width space',
		file: DOE,
		edit: doi('10.1234/tri\u200bal.2021'),
		expected:
			'DOI: expected a DOI without invisible or control characters, found U+200B after "10.1234/tri"; retype the DOI',
	},
	{
		name: 'a DOI with a full-width digit in the prefix',
		file: DOE,
		edit: doi('10.１234/trial.2021'),
		expected:
			'DOI: expected a DOI prefix written with the digits 0-9, found "１" (U+FF11) in "10.１234/trial.2021"',
	},
	{
		name: 'a DOI with a Cyrillic O for a zero',
		file: DOE,
		edit: doi('1\u041e.1234/trial.2021'),
		expected:
			'DOI: expected a DOI prefix written with the digits 0-9, found "\u041e" (U+041E) in "1\u041e.1234/trial.2021"',
	},
	{
		name: 'a DOI written doi:',
		file: DOE,
		edit: doi('doi:10.1234/trial.2021'),
		level: 'warning',
		expected:
			'DOI: expected a bare DOI, found "doi:10.1234/trial.2021"; it was read as "10.1234/trial.2021"',
	},
	{
		name: 'a DOI written as a dx.doi.org address',
		file: DOE,
		edit: doi('https://dx.doi.org/10.1234/TRIAL.2021'),
		level: 'warning',
		expected:
			'DOI: expected a bare DOI, found "https://dx.doi.org/10.1234/TRIAL.2021"; it was read as "10.1234/trial.2021"',
	},
	{
		name: 'a DOI written as an http: address',
		file: DOE,
		edit: doi('http://doi.org/10.1234/trial.2021'),
		level: 'warning',
		expected:
			'DOI: expected a bare DOI, found "http://doi.org/10.1234/trial.2021"; it was read as "10.1234/trial.2021"',
	},
	{
		name: 'a DOI address with a percent-encoded #',
		file: DOE,
		edit: doi('https://doi.org/10.1234/trial%232021'),
		level: 'warning',
		expected:
			'DOI: expected a bare DOI, found "https://doi.org/10.1234/trial%232021"; it was read as "10.1234/trial#2021"',
	},
	{
		name: 'a DOI with spaces around it',
		file: DOE,
		edit: doi(' 10.1234/trial.2021\t'),
		level: 'warning',
		expected:
			'DOI: expected a bare DOI, found " 10.1234/trial.2021\\t"; it was read as "10.1234/trial.2021"',
	},
	{
		name: 'a DOI pasted from a PDF with a ligature',
		file: DOE,
		edit: doi('10.1234/ﬁnal.2021'),
		level: 'warning',
		expected:
			'DOI: expected a DOI in plain characters, found "ﬁ" (U+FB01, a ligature or compatibility form a PDF pastes) in "10.1234/ﬁnal.2021"; it was read as "10.1234/final.2021"',
	},
	{
		name: 'two references whose DOIs are equal under NFKC (full-width digits)',
		file: 'references/roe-2022.json',
		edit: (t) => t.replace('10.1234/review.2022', '10.1234/trial.２０２１'),
		expected:
			'DOI: expected a DOI no other reference has, found "10.1234/trial.2021", which reference "doe-2021" also has (DOIs compare case-insensitively)',
	},
	{
		name: 'two references with the same DOI in different case',
		file: 'references/roe-2022.json',
		edit: (t) => t.replace('10.1234/review.2022', '10.1234/TRIAL.2021'),
		expected:
			'DOI: expected a DOI no other reference has, found "10.1234/trial.2021", which reference "doe-2021" also has (DOIs compare case-insensitively)',
	},

	// Links between files
	{
		name: 'an unknown reference id in a claim',
		file: ARTICLE,
		edit: (t) => t.replace('reference: doe-2021', 'reference: doe-2012'),
		expected:
			'claims.0.reference: expected the id of a file in content/references/, found "doe-2012"; did you mean "doe-2021"?',
	},
	{
		name: 'an unknown outcome id',
		file: ARTICLE,
		edit: (t) => t.replace('outcome: scale-a', 'outcome: scale-b'),
		expected:
			'claims.0.outcome: expected the id of a file in content/outcomes/, found "scale-b"; did you mean "scale-a"?',
	},
	{
		name: 'an unknown trial id',
		file: DOE,
		edit: (t) => t.replace('"trial-one"', '"trial-two"'),
		expected:
			'study.trial: expected the id of a file in content/trials/, found "trial-two"; did you mean "trial-one"?',
	},
	{
		name: 'a claim citing a paper its article does not list',
		file: ARTICLE,
		edit: (t) =>
			t
				.replace('references: [doe-2021, roe-2022, poe-2023]', 'references: [roe-2022, poe-2023]')
				.replace('one trial <Cite id="doe-2021" /> and ', ''),
		expected:
			'claims.0.reference: expected a paper listed in this article\'s references, found "doe-2021"; add it to references',
	},
	{
		name: 'an unknown id in <Cite>',
		file: ARTICLE,
		edit: (t) => t.replace('<Cite id="roe-2022" />', '<Cite id="roe-2012" />'),
		expected:
			'body (line 41): <Cite>: expected the id of a file in content/references/, found "roe-2012"; did you mean "roe-2022"?',
	},
	{
		name: 'a <Cite> of a paper its article does not list',
		file: ARTICLE,
		edit: (t) =>
			t.replace('references: [doe-2021, roe-2022, poe-2023]', 'references: [doe-2021, poe-2023]'),
		expected:
			'body (line 41): <Cite>: expected a paper listed in this article\'s references, found "roe-2022"; add it to references',
	},
	{
		name: 'a <Cite> whose id is an expression',
		file: ARTICLE,
		edit: (t) => t.replace('<Cite id="roe-2022" />', '<Cite id={"roe-2022"} />'),
		expected:
			'body (line 41): expected <Cite id="reference-id" /> with the id in double quotes, found "<Cite id={\\"roe-2022\\"} />"',
	},
	{
		name: 'a reference nobody cites',
		file: ARTICLE,
		edit: (t) => t,
		// The review is cited by the article and appraises the relapse outcome: take it out of both.
		make: (dir) => {
			const edit = (file: string, change: (text: string) => string) =>
				writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
			edit(ARTICLE, (t) =>
				t
					.replace('references: [doe-2021, roe-2022, poe-2023]', 'references: [doe-2021, poe-2023]')
					.replace(' and one review <Cite id="roe-2022" />', ''),
			);
			edit('outcomes/relapse.yaml', (t) => t.replace(/certainty:[\s\S]*$/, ''));
		},
		level: 'warning',
		reportedIn: 'references/roe-2022.json',
		expected:
			"nothing cites this reference; list it in an article's references or an outcome's, or delete the file",
	},
	{
		name: 'a reference listed twice',
		file: ARTICLE,
		edit: (t) =>
			t.replace(
				'references: [doe-2021, roe-2022, poe-2023]',
				'references: [doe-2021, roe-2022, poe-2023, doe-2021]',
			),
		expected: 'references.3: expected each reference listed once, found "doe-2021"',
	},
	{
		name: 'duplicate claim ids',
		file: ARTICLE,
		edit: (t) =>
			t.replace(
				'claims:\n',
				'claims:\n  - id: main-effect\n    statement: Again.\n    check: { status: unverified, wouldSettle: The paper., checked: 2026-11-21 }\n',
			),
		expected:
			'claims.1.id: expected a claim id not used before (claims.0 has it), found "main-effect"',
	},
	{
		name: 'a claim id that a heading also makes',
		file: ARTICLE,
		edit: (t) => t.replace('id: main-effect', 'id: what-the-article-says'),
		expected:
			'claims.0.id: expected a claim id that no heading uses as its anchor, found "what-the-article-says", the anchor of the heading "What the article says" (line 39); rename the claim',
	},
	{
		name: 'a claim id that the page layout uses',
		file: ARTICLE,
		edit: (t) => t.replace('id: main-effect', 'id: main'),
		expected:
			'claims.0.id: expected a claim id the page layout does not use (main, search-trigger, search-dialog, search-dialog-label, search-dialog-input, search-dialog-help, summary-heading, flagged-heading, claims-heading, bibliography-heading, cite-this-heading, corrections-heading, on-this-page, glance-heading, cite-preview-<n>, the footnotes\' user-content-fn-<n>), found "main"',
	},
	{
		name: 'two files that Astro gives one id',
		file: 'outcomes/scale-a.yaml',
		newFile: 'outcomes/Scale-A.yaml',
		edit: (t) => t,
		reportedIn: 'outcomes/Scale-A.yaml',
		expected: [
			'expected a file name of lower-case words joined by hyphens, found "Scale-A"',
			'expected a file name whose id no other file in content/outcomes/ has, found "Scale-A", which Astro reads as "scale-a", the id of scale-a.yaml',
		],
	},
	{
		name: 'an article file name that is a number',
		file: ARTICLE,
		newFile: 'articles/2.mdx',
		// A title of its own: two summaries with one title is another problem.
		edit: (t) => t.replace('title: A tiny summary for tests', 'title: Another tiny summary'),
		reportedIn: 'articles/2.mdx',
		expected:
			'expected a file name with a word in it (/articles/2/ is a page of the list of summaries), found "2"',
	},
	{
		name: 'a reference file name that is a number',
		file: 'references/roe-2022.json',
		newFile: 'references/2.json',
		// A DOI of its own: two references with one DOI is another problem.
		edit: (t) => t.replace('10.1234/review.2022', '10.1234/other.2022'),
		reportedIn: 'references/2.json',
		expected:
			'expected a file name with a word in it (/references/2/ is a page of the list of references), found "2"',
	},

	// Numbers
	{
		name: 'a reversed CI',
		file: ARTICLE,
		edit: (t) => t.replace('ci: [0.5, 1.3]', 'ci: [1.3, 0.5]'),
		expected:
			'claims.0.effect.ci: expected an interval [low, high] with low first, found [1.3, 0.5]',
	},
	{
		name: 'a CI that does not contain the estimate',
		file: ARTICLE,
		edit: (t) => t.replace('ci: [0.5, 1.3]', 'ci: [1.2, 2.0]'),
		expected:
			'claims.0.effect.ci: expected an interval [low, high] that contains the estimate 0.9, found [1.2, 2]',
	},
	{
		name: 'a ratio of zero',
		file: ARTICLE,
		edit: effect('metric: risk-ratio', 'value: 0'),
		expected: 'claims.0.effect.value: expected a ratio above 0, found 0',
	},
	{
		name: 'a ratio CI bound of zero',
		file: ARTICLE,
		edit: effect('metric: odds-ratio', 'value: 0.9', 'ci: [0, 1.3]'),
		expected: 'claims.0.effect.ci: expected ratio bounds above 0, found [0, 1.3]',
	},
	{
		name: 'a percentage out of range',
		file: ARTICLE,
		edit: effect(
			'metric: percent-by-arm',
			'arms: [{ label: A, n: 40, value: 167 }, { label: B, n: 40, value: 32 }]',
		),
		expected: 'claims.0.effect.arms.0.value: expected a percentage from 0 to 100, found 167',
	},
	{
		name: 'a p-value out of range',
		file: ARTICLE,
		edit: (t) => t.replace('p: "<0.001"', 'p: 1.5'),
		expected:
			'claims.0.effect.p: expected a p-value: a number between 0 and 1, or a bound such as "<0.001", found 1.5',
	},
	{
		name: 'a p-value written "0.000"',
		file: ARTICLE,
		edit: (t) => t.replace('p: "<0.001"', 'p: "0.000"'),
		expected:
			'claims.0.effect.p: expected a p-value above 0 (a paper that prints 0.000 means "<0.001"), found "0.000"',
	},
	{
		name: 'a correlation below -1',
		file: ARTICLE,
		edit: effect('metric: correlation', 'value: -1.2'),
		expected: 'claims.0.effect.value: expected a correlation between -1 and 1, found -1.2',
	},
	{
		name: 'an n of zero',
		file: ARTICLE,
		edit: (t) => t.replace('n: 80', 'n: 0'),
		expected:
			'claims.0.effect.n: expected the number analysed as a whole number from 1 to 1,000,000, found 0',
	},
	{
		name: 'a negative n',
		file: ARTICLE,
		edit: (t) => t.replace('n: 80', 'n: -80'),
		expected:
			'claims.0.effect.n: expected the number analysed as a whole number from 1 to 1,000,000, found -80',
	},
	{
		name: 'a fractional n',
		file: ARTICLE,
		edit: (t) => t.replace('n: 80', 'n: 80.5'),
		expected:
			'claims.0.effect.n: expected the number analysed as a whole number from 1 to 1,000,000, found 80.5',
	},
	{
		name: 'arms whose n exceed the total',
		file: ARTICLE,
		edit: effect(
			'metric: percent-by-arm',
			'arms: [{ label: A, n: 42, value: 67 }, { label: B, n: 40, value: 32 }]',
		),
		expected:
			'claims.0.effect.arms: expected arms whose n add up to at most the total 80, found 82',
	},
	{
		name: 'a CI level that is not a probability',
		file: ARTICLE,
		edit: (t) => t.replace('ci: [0.5, 1.3]', 'ci: [0.5, 1.3]\n      level: 95'),
		expected:
			'claims.0.effect.level: expected a confidence level between 0 and 1, e.g. 0.95, found 95',
	},

	// Dates and text
	{
		name: 'a date in the future',
		file: ARTICLE,
		edit: (t) => t.replace('checked: 2026-11-21', 'checked: 2099-11-21'),
		expected:
			'claims.0.check.checked: expected a date no later than today (2026-11-22), found 2099-11-21',
	},
	{
		name: 'a date that does not exist',
		file: ARTICLE,
		edit: (t) => t.replace('published: 2026-11-20', 'published: 2026-02-30'),
		expected: 'published: expected a date written YYYY-MM-DD, found "2026-02-30"',
	},
	{
		name: 'an update before publication',
		file: ARTICLE,
		edit: (t) => t.replace('published: 2026-11-20', 'published: 2026-11-20\nupdated: 2026-11-01'),
		expected: 'updated: expected a date on or after published (2026-11-20), found 2026-11-01',
	},
	{
		name: 'a correction in the future',
		file: ARTICLE,
		edit: correction('2026-12-01', 'relapse-ratio'),
		expected:
			'corrections.0.date: expected a date no later than today (2026-11-22), found 2026-12-01',
	},
	{
		name: 'a correction before publication',
		file: ARTICLE,
		edit: correction('2026-11-19', 'relapse-ratio'),
		expected:
			'corrections.0.date: expected a date on or after published (2026-11-20), found 2026-11-19',
	},
	{
		name: 'a correction naming an unknown claim',
		file: ARTICLE,
		edit: correction('2026-11-21', 'relapse-rate'),
		expected:
			'corrections.0.claims.0: expected the id of a claim in this article (main-effect, relapse-ratio), found "relapse-rate"',
	},
	{
		name: 'an update without a correction that day',
		file: ARTICLE,
		edit: (t) => t.replace('published: 2026-11-20', 'published: 2026-11-20\nupdated: 2026-11-22'),
		level: 'warning',
		expected:
			'updated: expected a correction dated 2026-11-22 saying what changed, found none; add one under corrections',
	},
	{
		name: 'an empty title',
		file: ARTICLE,
		edit: (t) => t.replace('title: A tiny summary for tests', 'title: "  "'),
		expected: 'title: expected a title (1 to 120 characters), found ""',
	},
	{
		name: 'an overlong title',
		file: ARTICLE,
		edit: (t) =>
			t.replace('title: A tiny summary for tests', `title: ${'A long title '.repeat(10)}`),
		expected: 'title: expected a title (1 to 120 characters), found 129 characters',
	},
	{
		name: 'an overlong description',
		file: ARTICLE,
		edit: (t) => t.replace('description: Two claims', `description: ${'x'.repeat(300)} Two claims`),
		expected: 'description: expected a description (1 to 300 characters), found 369 characters',
	},
	{
		name: 'an empty claim statement',
		file: ARTICLE,
		edit: (t) =>
			t.replace('statement: The post says the therapy cut symptom scores.', 'statement: ""'),
		expected:
			'claims.0.statement: expected a statement of what the source claims (1 to 400 characters), found ""',
	},
	{
		name: 'a misspelt field',
		file: ARTICLE,
		edit: (t) => t.replace('description:', 'desciption:'),
		expected: [
			'description: expected a description (1 to 300 characters), found nothing',
			'desciption: expected only the fields title, description, source, published, updated, references, claims, corrections, found "desciption"; did you mean "description"?',
		],
	},

	// MDX and HTML in the body
	{
		name: 'a <script> element',
		file: ARTICLE,
		edit: body('<script>alert(1)</script>'),
		expected:
			'body (line 43): expected no <script> element (pages run no scripts), found "<script>"',
	},
	{
		name: 'an <iframe>',
		file: ARTICLE,
		edit: body('<iframe src="https://example.org/"></iframe>'),
		expected:
			'body (line 43): expected no embedded page or object (<iframe>, <object>, <embed>), found "<iframe src=\\"https://example.org/\\">"',
	},
	{
		name: 'other raw HTML',
		file: ARTICLE,
		edit: body('<div class="note">Hello</div>'),
		expected:
			'body (line 43): expected Markdown and <Cite id="reference-id" /> only, not HTML or other components, found "<div class=\\"note\\">"',
	},
	{
		name: 'an event-handler attribute',
		file: ARTICLE,
		edit: (t) =>
			t.replace('<Cite id="roe-2022" />', '<Cite id="roe-2022" onMouseOver="alert(1)" />'),
		expected:
			'body (line 41): expected no event-handler attribute (pages run no scripts), found onMouseOver on "<Cite id=\\"roe-2022\\" onMouseOver=\\"alert(1)\\" />"',
	},
	{
		name: 'a javascript: link',
		file: ARTICLE,
		edit: body('[more](javascript:alert(1))'),
		expected:
			'body (line 43): expected a link to an https:// address, an email (mailto:) or a page of this site, found a javascript: link written "[more](javascript:alert(1))"',
	},
	{
		name: 'a javascript: link hidden with a character reference',
		file: ARTICLE,
		edit: body('[more](&#106;avascript:alert(1))'),
		expected:
			'body (line 43): expected a link to an https:// address, an email (mailto:) or a page of this site, found a javascript: link written "[more](&#106;avascript:alert(1))"',
	},
	{
		name: 'a javascript: link hidden with an encoded tab',
		file: ARTICLE,
		edit: body('[more](java&Tab;script:alert(1))'),
		expected:
			'body (line 43): expected a link to an https:// address, an email (mailto:) or a page of this site, found a javascript: link written "[more](java&Tab;script:alert(1))"',
	},
	{
		name: 'a javascript: link behind an encoded newline',
		file: ARTICLE,
		edit: body('[more](&NewLine;javascript:alert(1))'),
		expected:
			'body (line 43): expected a link to an https:// address, an email (mailto:) or a page of this site, found a javascript: link written "[more](&NewLine;javascript:alert(1))"',
	},
	{
		name: 'a javascript: link split by a raw tab',
		file: ARTICLE,
		edit: body('[more](<java\tscript:alert(1)>)'),
		expected:
			'body (line 43): expected a link to an https:// address, an email (mailto:) or a page of this site, found a javascript: link written "[more](<java\\tscript:alert(1)>)"',
	},
	{
		name: 'a javascript: link behind a control character',
		file: ARTICLE,
		edit: body('[more](<\u0001javascript:alert(1)>)'),
		expected: [
			'body (line 43): expected text without control or direction characters, found U+0001 after "[more](<"; retype that part',
			'body (line 43): expected a link to an https:// address, an email (mailto:) or a page of this site, found a javascript: link written "[more](<\\u0001javascript:alert(1)>)"',
		],
	},
	{
		name: 'a data:text/html link',
		file: ARTICLE,
		edit: body('[more](data:text/html;base64,PHNjcmlwdD4=)'),
		expected:
			'body (line 43): expected a link to an https:// address, an email (mailto:) or a page of this site, found a data: link written "[more](data:text/html;base64,PHNjcmlwdD4=)"',
	},
	{
		name: 'a vbscript: link in a link definition',
		file: ARTICLE,
		edit: body('[more]: VBScript:msgbox(1)'),
		expected:
			'body (line 43): expected a link to an https:// address, an email (mailto:) or a page of this site, found a vbscript: link written "[more]: VBScript:msgbox(1)"',
	},
	{
		name: 'a javascript: href in raw HTML',
		file: ARTICLE,
		edit: body('<a href="&#x6A;avascript:alert(1)">more</a>'),
		expected: [
			'body (line 43): expected a link to an https:// address, an email (mailto:) or a page of this site, found a javascript: link in href="javascript:alert(1)" on <a>',
			'body (line 43): expected Markdown and <Cite id="reference-id" /> only, not HTML or other components, found "<a href=\\"&#x6A;avascript:alert(1)\\">"',
		],
	},
	{
		name: 'an http: link',
		file: ARTICLE,
		edit: body('[more](http://example.org/)'),
		expected:
			'body (line 43): expected an https:// address, found an http: link written "[more](http://example.org/)"',
	},
	{
		name: 'a bare www. address, which becomes an http: link',
		file: ARTICLE,
		edit: body('See www.example.org for more.'),
		expected:
			'body (line 43): expected an https:// address, found an http: link written "www.example.org"',
	},
	{
		name: 'an image from another site',
		file: ARTICLE,
		edit: body('![A chart](https://example.org/chart.png)'),
		expected:
			'body (line 43): expected an image stored on this site (a path starting /), found "![A chart](https://example.org/chart.png)"',
	},
	{
		name: 'an import line',
		file: ARTICLE,
		edit: body("import Chart from '../../src/components/Chart.astro';"),
		expected:
			'body (line 43): expected no import or export lines (<Cite> needs no import), found "import Chart from \'../../src/components/Chart.astro\';"',
	},
	{
		name: 'an expression',
		file: ARTICLE,
		edit: body('Sessions: {3 * 8} hours.'),
		expected:
			'body (line 43): expected text, found the expression "{3 * 8}"; write \\{ for a brace in text',
	},
	{
		name: 'code between two comments in braces',
		file: ARTICLE,
		edit: body('Note {/* a */ process.exit(1) /* b */}.'),
		expected:
			'body (line 43): expected text, found the expression "{/* a */ process.exit(1) /* b */}"; write \\{ for a brace in text',
	},
	{
		name: 'a top-level heading in the body',
		file: ARTICLE,
		edit: body('# Another title'),
		expected:
			'body (line 43): expected headings from ## down (the page title is the only # heading), found "# Another title"',
	},
	{
		name: 'an MDX syntax error',
		file: ARTICLE,
		edit: body('See <https://example.org/>.'),
		expected:
			'body (line 43): expected valid MDX, found a syntax error: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)',
	},

	// Size
	{
		name: 'an article above the size budget',
		file: ARTICLE,
		edit: body('Words. '.repeat(7500)),
		level: 'warning',
		expected:
			'expected an article within the 50 kB size budget, found 53.8 kB; consider splitting it',
	},
	{
		name: 'an article far above the size budget',
		file: ARTICLE,
		edit: body('Words. '.repeat(15000)),
		expected:
			'expected an article under 100 kB (the budget is 50 kB), found 106.3 kB; split it into two summaries',
	},

	// Papers' own results, timeline events and outcome definitions
	{
		name: "an unknown outcome in a paper's results",
		file: 'references/poe-2023.json',
		edit: (t) => t.replace('"outcome": "relapse"', '"outcome": "relapses"'),
		expected:
			'results.0.outcome: expected the id of a file in content/outcomes/, found "relapses"; did you mean "relapse"?',
	},
	{
		name: "a source's figure among a paper's results",
		file: 'references/poe-2023.json',
		edit: (t) => t.replace('"ci": [0.05, 9] }', '"ci": [0.05, 9], "basis": "source" }'),
		expected:
			'results.0.effect.basis: expected a figure the paper itself reports (leave basis out), found "source"',
	},
	{
		name: 'an unknown reference in a timeline event',
		file: 'events/poe-correction.yaml',
		edit: (t) => t.replace('[poe-2023]', '[poe-2032]'),
		expected:
			'references.0: expected the id of a file in content/references/, found "poe-2032"; did you mean "poe-2023"?',
	},
	{
		name: 'an impossible event date',
		file: 'events/poe-correction.yaml',
		edit: (t) => t.replace('2024-03-01', '2024-02-30'),
		expected:
			'date: expected a date written YYYY-MM-DD, or YYYY-MM or YYYY when only those are known, found "2024-02-30"',
	},
	{
		name: 'a status outcome without a definition',
		file: 'outcomes/relapse.yaml',
		edit: (t) => t.replace(/definitions:[\s\S]*$/, ''),
		expected:
			'definitions: expected at least one definition for a status outcome (what counts as meeting it), found []',
	},

	{
		name: "an outcome note's reference that does not exist",
		file: 'outcomes/scale-a.yaml',
		edit: (t) => `${t}note: A review is under way.\nreferences: [roe-2222]\n`,
		expected:
			'references.0: expected the id of a file in content/references/, found "roe-2222"; did you mean "roe-2022"?',
	},
	{
		name: 'an outcome that lists references without a note',
		file: 'outcomes/scale-a.yaml',
		edit: (t) => `${t}references: [roe-2022]\n`,
		expected: 'note: expected a note that mentions the references listed under it, found nothing',
	},
	{
		name: "an outcome note's reference listed twice",
		file: 'outcomes/scale-a.yaml',
		edit: (t) => `${t}note: A review is under way.\nreferences: [roe-2022, roe-2022]\n`,
		expected: 'references.1: expected each reference listed once, found "roe-2022"',
	},

	// What a check was read against, and its verdict
	{
		name: 'a check that still gives the free-text foundIn',
		file: ARTICLE,
		edit: (t) =>
			t.replace(
				'      checkedAgainst: [{ kind: abstract',
				'      foundIn: abstract\n      checkedAgainst: [{ kind: abstract',
			),
		expected:
			'claims.0.check.foundIn: expected only the fields status, primary, checkedAgainst, wouldSettle, checked, note, found "foundIn"',
	},
	{
		name: 'a verdict that lists no record',
		file: ARTICLE,
		edit: replaceFirstEntries(''),
		expected:
			'claims.0.check.checkedAgainst: expected the records the check was read against (kind full-text, registry-results, regulator, abstract, sponsor-page, secondary), since the status is consistent, found nothing',
	},
	{
		name: 'a verdict that rests only on secondary reports',
		file: ARTICLE,
		edit: (t) => t.replace('kind: abstract,', 'kind: secondary,'),
		expected:
			'claims.0.check.status: expected unverified for a check that rests only on secondary reports (no checkedAgainst entry of kind full-text, registry-results, regulator or abstract), found "consistent"',
	},
	{
		name: "a finding's verdict that rests only on the sponsor's page",
		file: ARTICLE,
		edit: (t) => t.replace('kind: abstract,', 'kind: sponsor-page,'),
		expected:
			'claims.0.check.status: expected unverified for a check that rests only on secondary reports (no checkedAgainst entry of kind full-text, registry-results, regulator or abstract), found "consistent"; a sponsor-page counts only for claims of kind background, and this claim is finding',
	},
	{
		name: 'an unsupported verdict that rests only on secondary reports',
		file: ARTICLE,
		edit: (t) =>
			t
				.replace('kind: abstract,', 'kind: secondary,')
				.replace('status: consistent', 'status: unsupported'),
		expected:
			'claims.0.check.status: expected unverified for a check that rests only on secondary reports (no checkedAgainst entry of kind full-text, registry-results, regulator or abstract), found "unsupported"',
	},
	{
		name: 'an unverified check that does not say what would settle it',
		file: ARTICLE,
		edit: (t) => t.replace('status: consistent', 'status: unverified'),
		expected:
			'claims.0.check.wouldSettle: expected which record would settle the claim, since the status is unverified, found nothing',
	},
	{
		name: 'a settled check that says what would settle it',
		file: ARTICLE,
		edit: (t) =>
			t.replace(
				'      checked: 2026-11-21\n',
				'      wouldSettle: The full text.\n      checked: 2026-11-21\n',
			),
		expected:
			'claims.0.check.wouldSettle: expected nothing for a settled check (status consistent), found "The full text."',
	},
	{
		name: 'a record named neither by reference nor by title',
		file: ARTICLE,
		edit: (t) => t.replace('kind: abstract, reference: doe-2021,', 'kind: abstract,'),
		expected:
			'claims.0.check.checkedAgainst.0.reference: expected a reference (an id in content/references/) or a title naming the record, found nothing',
	},
	{
		name: 'a record of a kind there is no such thing as',
		file: ARTICLE,
		edit: (t) => t.replace('kind: abstract,', 'kind: press-release,'),
		expected:
			'claims.0.check.checkedAgainst.0.kind: expected one of full-text, registry-results, regulator, abstract, sponsor-page, secondary, found "press-release"',
	},
	{
		name: 'a record read at an http address',
		file: ARTICLE,
		edit: (t) =>
			t.replace(
				'url: https://doi.org/10.1234/trial.2021',
				'url: http://doi.org/10.1234/trial.2021',
			),
		expected:
			'claims.0.check.checkedAgainst.0.url: expected an https:// address, found "http://doi.org/10.1234/trial.2021"',
	},
	{
		name: 'a record read in the future',
		file: ARTICLE,
		edit: (t) => t.replace('trial.2021, read: 2026-11-21', 'trial.2021, read: 2099-11-21'),
		expected:
			'claims.0.check.checkedAgainst.0.read: expected a date no later than today (2026-11-22), found 2099-11-21',
	},
	{
		name: 'a record whose reference file does not exist',
		file: ARTICLE,
		edit: (t) => t.replace('abstract, reference: doe-2021', 'abstract, reference: doe-2012'),
		expected:
			'claims.0.check.checkedAgainst.0.reference: expected the id of a file in content/references/, found "doe-2012"; did you mean "doe-2021"?',
	},
	{
		name: "a record that is not in the article's references",
		file: ARTICLE,
		edit: (t) =>
			t
				.replace('abstract, reference: doe-2021', 'abstract, reference: roe-2022')
				.replace('<Cite id="roe-2022" />', 'a review')
				.replace('references: [doe-2021, roe-2022, poe-2023]', 'references: [doe-2021, poe-2023]'),
		expected: [
			`claims.0.check.checkedAgainst.0.reference: expected a paper listed in this article's references, found "roe-2022"; add it to references`,
		],
	},
	{
		name: 'a flag there is no such thing as',
		file: ARTICLE,
		edit: (t) =>
			t.replace(
				'    reference: doe-2021\n    outcome',
				'    flags: [misleading]\n    reference: doe-2021\n    outcome',
			),
		expected: 'claims.0.flags.0: expected one of omits-context, out-of-date, found "misleading"',
	},
	{
		name: 'a flag without a note saying why',
		file: ARTICLE,
		edit: (t) =>
			t.replace(
				'    reference: doe-2021\n    outcome',
				'    flags: [omits-context]\n    reference: doe-2021\n    outcome',
			),
		expected:
			'claims.0.check.note: expected a note saying why the claim is flagged omits-context, found nothing',
	},
	{
		name: 'a flag given twice',
		file: ARTICLE,
		edit: (t) =>
			t
				.replace(
					'    reference: doe-2021\n    outcome',
					'    flags: [out-of-date, out-of-date]\n    reference: doe-2021\n    outcome',
				)
				.replace(
					'      checked: 2026-11-21\n',
					'      checked: 2026-11-21\n      note: The post predates the decision.\n',
				),
		expected: 'claims.0.flags.1: expected each flag once, found "out-of-date"',
	},

	// Certainty of evidence on an outcome
	{
		name: 'a certainty rating whose appraisal does not exist',
		file: 'outcomes/scale-a.yaml',
		edit: certainty('roe-2222'),
		expected:
			'certainty.0.appraisal: expected the id of a file in content/references/, found "roe-2222"; did you mean "roe-2022"?',
	},
	{
		name: 'a certainty rating whose appraisal lists only its first authors',
		file: 'references/roe-2022.json',
		// The fixture's relapse outcome is appraised by roe-2022.
		edit: (t) => t.replace('{', '{\n  "authorsComplete": false,'),
		reportedIn: 'outcomes/relapse.yaml',
		expected:
			'certainty.0.appraisal: expected a complete reference (its authors in full), found "roe-2022", which has authorsComplete: false; complete its authors',
	},
	{
		name: 'a certainty reason of a kind there is no such thing as',
		file: 'outcomes/scale-a.yaml',
		edit: (t) => certainty('roe-2022')(t).replace('kind: risk-of-bias', 'kind: unblinding'),
		expected:
			'certainty.0.reasons.0.kind: expected one of risk-of-bias, inconsistency, indirectness, imprecision, publication-bias, short-follow-up, harms-collection, other, found "unblinding"',
	},
	{
		name: 'a certainty rating read in the future',
		file: 'outcomes/scale-a.yaml',
		edit: (t) => certainty('roe-2022')(t).replace('read: 2026-11-21', 'read: 2099-11-21'),
		expected:
			'certainty.0.read: expected a date no later than today (2026-11-22), found 2099-11-21',
	},
	{
		name: 'a certainty rating without its scale',
		file: 'outcomes/scale-a.yaml',
		edit: (t) => certainty('roe-2022')(t).replace('    scale: GRADE\n', ''),
		expected:
			"certainty.0.scale: expected the appraiser's scale, e.g. GRADE (1 to 80 characters), found nothing",
	},

	// Files that cannot be read
	{
		name: 'broken YAML',
		file: 'trials/trial-one.yaml',
		edit: (t) => t.replace('phase: 3', 'phase: [3'),
		expected:
			'expected valid YAML, found a syntax error: missed comma between flow collection entries (5:1)',
	},
];

/** Inputs that look suspicious but are valid: each must pass with no problem and store this DOI. */
export const ACCEPTED_DOIS: { name: string; written: string; stored: string }[] = [
	{
		name: 'parentheses that are part of the DOI',
		written: '10.1016/S0140-6736(20)30183-5',
		stored: '10.1016/s0140-6736(20)30183-5',
	},
	{
		name: 'a DOI that ends with its own parenthesis',
		written: '10.1000/abc(1)',
		stored: '10.1000/abc(1)',
	},
	{
		name: 'SICI angle brackets and semicolons',
		written: '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0',
		stored: '10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0',
	},
	{
		name: '#, ?, % and quotes, which the link percent-encodes',
		written: '10.1000/a#b?c%d"e',
		stored: '10.1000/a#b?c%d"e',
	},
];

/** The edit that gives doe-2021 one of the accepted DOIs. */
export const withDoi = (written: string): ContentCase => ({
	name: written,
	file: DOE,
	edit: doi(written),
	expected: [],
});
