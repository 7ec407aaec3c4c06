import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentCase } from './content-cases.ts';

// Inputs a careless editor or an attacker would try, one pinned case per class: parsing
// limits, invisible characters, files that are not files, strict objects, ranges, cross-file rules.

const ARTICLE = 'articles/tiny-summary.mdx';
const DOE = 'references/doe-2021.json';
const TRIAL = 'trials/trial-one.yaml';
/** Replaces the fixture's reference title "A trial of a therapy" with other JSON text. */
const refTitle = (json: string) => (t: string) => t.replace('"A trial of a therapy"', json);
/** Replaces the fixture claim's effect (cohens-d 0.9 [0.5, 1.3]) with other YAML lines. */
const effect =
	(...lines: string[]) =>
	(t: string) =>
		t.replace('metric: cohens-d\n      value: 0.9\n      ci: [0.5, 1.3]', lines.join('\n      '));
/** Writes bytes over a file of the copy. */
const bytes = (file: string, edit: (old: Buffer) => Buffer) => (dir: string) =>
	writeFileSync(join(dir, file), edit(readFileSync(join(dir, file))));
const none = (t: string) => t;

/** A YAML "billion laughs": nine levels of ten aliases each, 540 bytes that expand to 10^9 strings. */
export const BILLION_LAUGHS = [
	'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
	...'bcdefghi'.split('').map((name, i) => {
		const prev = 'abcdefghi'[i];
		return `${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`;
	}),
].join('\n');

/** Cases that each produce their problem lines and nothing else at their level. */
export const HARDENING_CASES: ContentCase[] = [
	// Parsing limits
	{
		name: 'a YAML billion laughs',
		file: TRIAL,
		edit: (t) => `${t}${BILLION_LAUGHS}\n`,
		expected:
			'expected YAML without anchors and aliases (&name, *name), found the anchor "&a" (line 12); write the value out where it is used',
	},
	{
		name: 'a YAML alias in article frontmatter',
		file: ARTICLE,
		edit: (t) => t.replace('outlet: Test blog', 'outlet: &blog Test blog\n  author: *blog'),
		expected:
			'expected YAML without anchors and aliases (&name, *name), found the anchor "&blog" (line 4); write the value out where it is used',
	},
	{
		name: 'a YAML merge key',
		file: TRIAL,
		edit: (t) => `${t}<<: { phase: 2 }\n`,
		expected:
			'<<: expected only the fields name, title, registration, phase, population, sponsor, randomized, arms, note, found "<<"',
	},
	{
		name: 'a JSON key written twice',
		file: DOE,
		edit: (t) =>
			t.replace(
				'"type": "article-journal",',
				'"type": "article-journal",\n  "title": "An earlier title",',
			),
		expected:
			'expected each field once in an object, found "title" twice (JSON would keep only the last)',
	},
	{
		name: 'a JSON key written twice inside an object',
		file: DOE,
		edit: (t) => t.replace('"n": 80, "trial"', '"n": 80, "n": 800, "trial"'),
		expected:
			'expected each field once in an object, found "study.n" twice (JSON would keep only the last)',
	},
	{
		name: 'a JSON key written twice with an escape',
		file: DOE,
		edit: (t) =>
			t.replace(
				'"type": "article-journal",',
				'"type": "article-journal",\n  "typ\\u0065": "book",',
			),
		expected:
			'expected each field once in an object, found "type" twice (JSON would keep only the last)',
	},
	{
		name: 'a byte-order mark in JSON',
		file: DOE,
		edit: none,
		make: bytes(DOE, (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])),
		expected:
			'expected a file that starts with its content, found a byte-order mark (U+FEFF); save the file as UTF-8 without BOM',
	},
	{
		name: 'a byte-order mark in YAML',
		file: TRIAL,
		edit: none,
		make: bytes(TRIAL, (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])),
		expected:
			'expected a file that starts with its content, found a byte-order mark (U+FEFF); save the file as UTF-8 without BOM',
	},
	{
		name: 'a byte-order mark in MDX',
		file: ARTICLE,
		edit: none,
		make: bytes(ARTICLE, (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])),
		expected:
			'expected a file that starts with its content, found a byte-order mark (U+FEFF); save the file as UTF-8 without BOM',
	},
	{
		name: 'invalid UTF-8',
		file: TRIAL,
		edit: none,
		make: bytes(TRIAL, (b) =>
			Buffer.from(b.toString('latin1').replace('Adults', 'Adults \xff'), 'latin1'),
		),
		expected:
			'expected text in UTF-8, found the byte 0xFF at byte offset 100 (line 5); save the file as UTF-8',
	},
	{
		name: 'an overlong UTF-8 encoding',
		file: DOE,
		edit: none,
		make: bytes(DOE, (b) =>
			Buffer.concat([b.subarray(0, 20), Buffer.from([0xc0, 0xaf]), b.subarray(20)]),
		),
		expected:
			'expected text in UTF-8, found the byte 0xC0 at byte offset 20 (line 2); save the file as UTF-8',
	},
	{
		name: 'nesting deeper than any content needs',
		file: DOE,
		edit: (t) => t.replace('"A trial of a therapy"', `${'['.repeat(5000)}${']'.repeat(5000)}`),
		expected:
			'expected fields nested at most 20 levels deep, found deeper nesting at title.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0',
	},
	{
		name: 'a file over 1 MB',
		file: DOE,
		edit: (t) => t.replace('"A trial of a therapy"', JSON.stringify('x'.repeat(1_100_000))),
		expected: 'expected a file under 1 MB, found 1.1 MB',
	},
	{
		name: 'a 300 kB title, echoed at most 200 characters',
		file: DOE,
		edit: refTitle(JSON.stringify(`${'A'.repeat(300_000)}`)),
		expected:
			'title: expected the title as published (1 to 300 characters), found 300000 characters',
	},

	{
		name: 'a 300 kB DOI, echoed at most 200 characters',
		file: DOE,
		edit: (t) =>
			t.replace('"10.1234/trial.2021"', JSON.stringify(`10.1234/${'x'.repeat(300_000)} y`)),
		expected:
			'DOI: expected a DOI without spaces, found "10.1234/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (300010 characters)',
	},

	// Invisible characters and line breaks in text
	{
		name: 'a NUL in a title',
		file: DOE,
		edit: refTitle('"A trial\\u0000 of a therapy"'),
		expected:
			'title: expected the title as published without control or direction characters, found U+0000 after "A trial"; retype that part',
	},
	{
		name: 'a right-to-left override in a claim statement',
		file: ARTICLE,
		edit: (t) => t.replace('cut symptom scores', 'cut \u202Esymptom scores'),
		expected:
			'claims.0.statement: expected a statement of what the source claims without control or direction characters, found U+202E after "ays the therapy cut "; retype that part',
	},
	{
		name: 'an escape character in an outcome name',
		file: 'outcomes/scale-a.yaml',
		edit: (t) => t.replace('name: Scale A', 'name: "Scale\\e[31m A"'),
		expected:
			'name: expected the full name without control or direction characters, found U+001B after "Scale"; retype that part',
	},
	{
		name: 'a newline that would split the RIS export',
		file: DOE,
		edit: refTitle('"A trial\\nER  - \\nTY  - JOUR\\nUR  - javascript:alert(1)"'),
		expected:
			'title: expected the title as published on one line without tabs, found a line break after "A trial"',
	},
	{
		name: 'a newline in an author name',
		file: DOE,
		edit: (t) => t.replace('"family": "Doe"', '"family": "Doe\\nTY  - GEN"'),
		expected:
			'author.0.family: expected a family name on one line without tabs, found a line break after "Doe"',
	},
	{
		name: 'a newline in a volume',
		file: DOE,
		edit: (t) =>
			t.replace(
				'"container-title": "Journal of Tests",',
				'"container-title": "Journal of Tests",\n  "volume": "3\\nER  - ",',
			),
		expected:
			'volume: expected a volume such as "78" or 78 on one line without tabs, found a line break after "3"',
	},
	{
		name: 'a newline in an address',
		file: DOE,
		edit: (t) =>
			t.replace(
				'"container-title": "Journal of Tests",',
				'"container-title": "Journal of Tests",\n  "URL": "https://example.org/a\\nTY",',
			),
		expected:
			'URL: expected an https:// address without spaces, line breaks or invisible characters, found "https://example.org/a\\nTY"',
	},
	{
		name: 'a tab in an arm label',
		file: TRIAL,
		edit: (t) => t.replace('label: Therapy', 'label: "Ther\\tapy"'),
		expected:
			'arms.0.label: expected the arm\'s name on one line without tabs, found a tab after "Ther"',
	},

	// Files that are not files
	{
		name: 'a dangling symlink',
		file: 'outcomes/gone.yaml',
		edit: none,
		make: (dir) => symlinkSync('../nowhere.yaml', join(dir, 'outcomes/gone.yaml')),
		expected: 'expected a file, found a symbolic link to "../nowhere.yaml", which does not exist',
	},
	{
		name: 'a folder named like a content file',
		file: 'trials/folder.yaml',
		edit: none,
		make: (dir) => mkdirSync(join(dir, 'trials/folder.yaml')),
		expected: 'expected a file, found a folder',
	},
	{
		name: 'a collection folder that is a file',
		file: 'events',
		edit: none,
		make: (dir) => {
			rmSync(join(dir, 'events'), { recursive: true });
			writeFileSync(join(dir, 'events'), '');
		},
		reportedIn: 'events',
		expected: 'expected a folder of .yaml files, found a file',
	},
	{
		name: 'no articles',
		file: 'articles',
		edit: none,
		make: (dir) => rmSync(join(dir, ARTICLE)),
		reportedIn: 'articles',
		expected: 'expected at least one .mdx file, found none',
	},

	// Strict objects and ranges
	{
		name: 'a misspelt field inside an effect',
		file: ARTICLE,
		edit: (t) => t.replace('timepoint: 18 weeks', 'timpoint: 18 weeks'),
		expected:
			'claims.0.effect.timpoint: expected only the fields metric, value, ci, level, p, n, arms, armsAnalysed, timepoint, comparison, basis, found "timpoint"; did you mean "timepoint"?',
	},
	{
		name: 'a misspelt field inside an arm',
		file: ARTICLE,
		edit: effect(
			'metric: percent-by-arm',
			'arms: [{ label: A, n: 40, value: 67 }, { label: B, n: 40, valeu: 32 }]',
		),
		expected: [
			"claims.0.effect.arms.1.value: expected the arm's figure as a number, found nothing",
			'claims.0.effect.arms.1.valeu: expected only the fields label, n, value, sd, found "valeu"; did you mean "value"?',
		],
	},
	{
		name: "a Cohen's d of 1e300",
		file: ARTICLE,
		edit: effect('metric: cohens-d', 'value: 1e300'),
		expected:
			'claims.0.effect.value: expected an effect size from -10 to 10 for cohens-d, found 1e+300',
	},
	{
		name: 'an infinite estimate',
		file: ARTICLE,
		edit: effect('metric: cohens-d', 'value: .inf'),
		expected: 'claims.0.effect.value: expected the estimate as a number, found Infinity',
	},
	{
		name: 'a correlation CI outside [-1, 1]',
		file: ARTICLE,
		edit: effect('metric: correlation', 'value: 0.5', 'ci: [0.2, 1.4]'),
		expected:
			'claims.0.effect.ci: expected bounds of a correlation from -1 to 1 for correlation, found [0.2, 1.4]',
	},
	{
		name: 'a ratio of a million',
		file: ARTICLE,
		edit: effect('metric: odds-ratio', 'value: 1000000'),
		expected:
			'claims.0.effect.value: expected a ratio from 0 to 1000 for odds-ratio, found 1000000',
	},
	{
		name: 'a reversed CI with no estimate',
		file: ARTICLE,
		edit: effect(
			'metric: percent-by-arm',
			'ci: [30, 10]',
			'arms: [{ label: A, n: 40, value: 67 }, { label: B, n: 40, value: 32 }]',
		),
		expected: 'claims.0.effect.ci: expected an interval [low, high] with low first, found [30, 10]',
	},
	{
		name: 'an n of 1e20',
		file: ARTICLE,
		edit: (t) => t.replace('n: 80', 'n: 100000000000000000000'),
		expected:
			'claims.0.effect.n: expected the number analysed as a whole number from 1 to 1,000,000, found 100000000000000000000',
	},
	{
		name: 'a study n of 1e20',
		file: DOE,
		edit: (t) => t.replace('"n": 80, "trial"', '"n": 1e20, "trial"'),
		expected:
			'study.n: expected the number of participants as a whole number from 1 to 1,000,000, found 100000000000000000000',
	},
	{
		name: 'a CSL date that does not exist',
		file: DOE,
		edit: (t) => t.replace('[[2021]]', '[[2021, 2, 30]]'),
		expected:
			'issued.date-parts: expected a date that exists, in date-parts written [[year, month, day]], month and day optional, found [[2021, 2, 30]]',
	},
	{
		name: 'a CSL date in the future',
		file: DOE,
		edit: (t) => t.replace('[[2021]]', '[[2099, 1, 1]]'),
		expected:
			'issued.date-parts: expected a date no later than today (2026-11-22), found 2099-01-01',
	},
	// Consistency within and across files
	{
		name: "an effect n above the paper's participants",
		file: ARTICLE,
		edit: (t) => t.replace('n: 80', 'n: 90'),
		expected:
			"claims.0.effect.n: expected at most the paper's 80 participants (study.n of doe-2021), found 90",
	},
	{
		name: "arms above the paper's participants",
		file: ARTICLE,
		edit: (t) =>
			effect(
				'metric: percent-by-arm',
				'arms: [{ label: A, n: 50, value: 67 }, { label: B, n: 40, value: 32 }]',
			)(t).replace('      n: 80\n', ''),
		expected:
			"claims.0.effect.arms: expected arms whose n add up to at most the paper's 80 participants (study.n of doe-2021), found 90",
	},
	{
		name: 'a ratio on a scale outcome',
		file: ARTICLE,
		edit: effect('metric: risk-ratio', 'value: 0.9', 'ci: [0.5, 1.3]'),
		expected:
			'claims.0.effect.metric: expected a metric for a scale outcome (cohens-d, hedges-g, smd, mean-difference, mean-change, correlation, percent-by-arm), found "risk-ratio" for outcome "scale-a"',
	},
	{
		name: 'two summaries with one title',
		file: ARTICLE,
		newFile: 'articles/tiny-summary-copy.mdx',
		edit: none,
		reportedIn: ARTICLE,
		expected:
			'title: expected a title no other summary has, found "A tiny summary for tests", the title of articles/tiny-summary-copy.mdx',
	},
	{
		name: 'a correction dated before the paper',
		file: 'references/poe-2023.json',
		edit: (t) => t.replace('"date": "2024-03-01"', '"date": "2022-12-31"'),
		expected:
			"status.date: expected a date on or after the paper's publication (2023), found 2022-12-31",
	},
	{
		name: "a notice DOI that is the paper's own",
		file: 'references/poe-2023.json',
		edit: (t) =>
			t.replace(
				'"date": "2024-03-01",',
				'"date": "2024-03-01", "notice": "10.1234/secondary.2023",',
			),
		expected:
			'status.notice: expected the DOI of the notice itself, not of the paper, found "10.1234/secondary.2023"',
	},
	{
		name: 'an event listing a reference twice',
		file: 'events/poe-correction.yaml',
		edit: (t) => t.replace('[poe-2023]', '[poe-2023, poe-2023]'),
		expected: 'references.1: expected each reference listed once, found "poe-2023"',
	},
	{
		name: 'an event in the future',
		file: 'events/poe-correction.yaml',
		edit: (t) => t.replace('2024-03-01', '2099-03'),
		expected: 'date: expected a date no later than today (2026-11-22), found 2099-03-01',
	},
	{
		name: "a consistent check resting on the source's figure",
		file: ARTICLE,
		edit: (t) => t.replace('timepoint: 18 weeks', 'timepoint: 18 weeks\n      basis: source'),
		expected:
			'claims.0.check.status: expected discrepant, unsupported or unverified for a figure only the source gives (effect.basis: source), found "consistent"',
	},
	{
		name: 'a claim id too long for a file name',
		file: ARTICLE,
		edit: (t) => t.replace('id: main-effect', `id: ${'a-'.repeat(45)}b`),
		expected: 'claims.0.id: expected a claim id of at most 80 characters, found 91 characters',
	},
	// Bodies that would overflow the stack: refused past the nesting limit, before any walk of the tree
	{
		name: 'a body of 2,500 nested quotations',
		file: ARTICLE,
		edit: (t) => `${t}\n${'> '.repeat(2500)}deep\n`,
		expected:
			'body (line 43): expected lists, quotations, emphasis and elements nested at most 32 levels deep, found 2500 levels; flatten the structure',
	},
	{
		name: 'a body of 3,000 nested list items',
		file: ARTICLE,
		edit: (t) => `${t}\n${'- '.repeat(3000)}deep\n`,
		expected:
			'body (line 43): expected lists, quotations, emphasis and elements nested at most 32 levels deep, found 3000 levels; flatten the structure',
	},
	{
		name: 'a body of 1,500 nested emphases',
		file: ARTICLE,
		edit: (t) => `${t}\n${'*'.repeat(3000)}deep${'*'.repeat(3000)}\n`,
		expected:
			'body (line 43): expected lists, quotations, emphasis and elements nested at most 32 levels deep, found 1500 levels; flatten the structure',
	},
	{
		name: 'a body of 3,000 nested elements',
		file: ARTICLE,
		edit: (t) => `${t}\n${'<Cite>'.repeat(3000)}${'</Cite>'.repeat(3000)}\n`,
		expected:
			'body (line 43): expected lists, quotations, emphasis and elements nested at most 32 levels deep, found 3000 levels; flatten the structure',
	},
	// Invisible characters in a body, refused as in the frontmatter
	...(
		[
			['NUL', '\u0000', 'U+0000'],
			['BEL', '\u0007', 'U+0007'],
			['a right-to-left override', '\u202e', 'U+202E'],
			['a zero-width space', '\u200b', 'U+200B'],
		] as const
	).map(([what, char, codePoint]) => ({
		name: `${what} in a body`,
		file: ARTICLE,
		edit: (t: string) => `${t}\nThe trial${char} enrolled people.\n`,
		expected: `body (line 43): expected text without control or direction characters, found ${codePoint} after "The trial"; retype that part`,
	})),
	// Ids the page makes: footnotes and headings
	{
		name: "a claim id a footnote's anchor takes",
		file: ARTICLE,
		edit: (t) => t.replace('id: main-effect', 'id: user-content-fn-1'),
		expected:
			'claims.0.id: expected a claim id the page layout does not use (main, search-trigger, search-dialog, search-dialog-label, search-dialog-input, search-dialog-help, summary-heading, flagged-heading, claims-heading, bibliography-heading, cite-this-heading, corrections-heading, on-this-page, glance-heading, cite-preview-<n>, the footnotes\' user-content-fn-<n>), found "user-content-fn-1"',
	},
	{
		name: 'a heading whose anchor the layout uses',
		file: ARTICLE,
		edit: (t) => `${t}\n## Main\n`,
		expected:
			'body (line 43): expected a heading whose anchor the page does not use already, found "Main", whose anchor "main" the page layout or a footnote uses; reword the heading',
	},
	{
		name: "a heading whose anchor the footnotes' label takes",
		file: ARTICLE,
		edit: (t) => `${t}\n## Footnote label\n\nA note.[^1]\n\n[^1]: Here.\n`,
		expected:
			'body (line 43): expected a heading whose anchor the page does not use already, found "Footnote label", whose anchor "footnote-label" the page layout or a footnote uses; reword the heading',
	},
	// Frontmatter fences
	{
		name: 'frontmatter with no closing fence',
		file: ARTICLE,
		edit: (t) => t.replace(/\n---\n/, '\n\n'),
		expected:
			'expected a line "---" that closes the frontmatter, found an opening "---" line and no closing one',
	},
	// Dates before anything this digest can record
	{
		name: 'a checked date of 0000-01-01',
		file: ARTICLE,
		edit: (t) => t.replace('checked: 2026-11-21', 'checked: 0000-01-01'),
		expected:
			"claims.0.check.checked: expected a date from 2000 on (a summary's own dates (published, updated, checked, corrections) are this digest's), found 0000-01-01; check the year",
	},
	{
		name: 'an event dated 1066',
		file: 'events/poe-correction.yaml',
		edit: (t) => t.replace('2024-03-01', '1066'),
		expected:
			'date: expected a date from 1900 on (MDMA was first made in 1912, so no article or event about it is older), found 1066-01-01; check the year',
	},
	{
		name: 'a paper issued in 1700',
		file: DOE,
		edit: (t) => t.replace('[[2021]]', '[[1700]]'),
		expected:
			'issued.date-parts: expected a date from 1800 on (no paper this digest cites is older), found 1700-01-01; check the year',
	},
	// Look-alike ids: invisible and confusable characters shown escaped beside the valid id
	{
		name: 'a reference id with a zero-width space',
		file: ARTICLE,
		edit: (t) => t.replace('reference: doe-2021', 'reference: doe\u200b-2021'),
		expected: [
			'claims.0.reference: expected the id of a file in content/references/ (lower-case words joined by hyphens), found "doe\\u200b-2021"',
			'claims.0.reference: expected the id of a file in content/references/, found "doe\\u200b-2021"; did you mean "doe-2021"?',
		],
	},
	{
		name: 'a reference id with a Cyrillic o',
		file: ARTICLE,
		edit: (t) => t.replace('reference: doe-2021', 'reference: d\u043ee-2021'),
		expected: [
			'claims.0.reference: expected the id of a file in content/references/ (lower-case words joined by hyphens), found "d\\u043ee-2021"',
			'claims.0.reference: expected the id of a file in content/references/, found "d\\u043ee-2021"; did you mean "doe-2021"?',
		],
	},
	{
		name: 'a cited id with a full-width letter',
		file: ARTICLE,
		edit: (t) => t.replace('<Cite id="doe-2021" />', '<Cite id="\uff44oe-2021" />'),
		expected:
			'body (line 41): <Cite>: expected the id of a file in content/references/, found "\\uff44oe-2021"; did you mean "doe-2021"?',
	},
];
