import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/check/check-content.ts';
import { ContentError, type Problem } from '../../../../src/lib/check/problems.ts';
import { CASE_TODAY, brokenCopy, removeCopy } from '../../cases/content-cases.ts';
import { BILLION_LAUGHS } from '../../cases/hardening-cases.ts';

// A corpus of hostile files, each written over one file of the fixture: the checker must answer
// every one with problems (never an exception), bounded messages and bounded memory. Time is bounded
// by the test timeout, generous for a loaded machine; the real bound is that work does not explode.

/** A seeded generator (mulberry32), so a failing input can be reproduced. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const randomBytes = (n: number, seed: number) => {
	const next = random(seed);
	return Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
};

const LONG = 'x'.repeat(400_000);
const REFERENCE = 'references/doe-2021.json';
const TRIAL = 'trials/trial-one.yaml';
const ARTICLE = 'articles/tiny-summary.mdx';
const frontmatter = (yaml: string) => `---\n${yaml}\n---\nBody.\n`;

const HOSTILE: [name: string, file: string, content: string | Buffer][] = [
	['a billion laughs in a trial', TRIAL, BILLION_LAUGHS],
	['a billion laughs in frontmatter', ARTICLE, frontmatter(BILLION_LAUGHS)],
	['aliases used as keys and merge keys', TRIAL, 'a: &a { x: 1 }\nb: { <<: *a, *a : 2 }\n'],
	['YAML nested 10,000 levels', TRIAL, `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
	['JSON nested 200,000 levels', REFERENCE, `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
	[
		'JSON objects nested 50,000 levels',
		REFERENCE,
		`${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
	],
	[
		'numbers beyond double range',
		REFERENCE,
		'{"type":"article-journal","title":"T","study":{"design":"rct","n":1e999},"issued":{"date-parts":[[1e308,-1e308,5e-324]]}}',
	],
	[
		'huge numbers in an effect',
		ARTICLE,
		frontmatter(
			'title: T\ndescription: D\nsource: { outlet: O }\npublished: 2026-01-01\nreferences: []\nclaims: [{ id: a, statement: S, effect: { metric: cohens-d, value: 1e308, ci: [-1e308, 1e308], n: 1e300, p: 1e-320, arms: [{ label: A, value: .nan, sd: -.inf }] }, check: { status: unverified, checked: 2026-01-01 } }]',
		),
	],
	[
		'a 400 kB string in every text field',
		TRIAL,
		`name: ${LONG}\ntitle: ${LONG}\nregistration: ${LONG}\npopulation: ${LONG}\n`,
	],
	[
		'100,000 unknown keys',
		REFERENCE,
		JSON.stringify(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key-${i}`, i]))),
	],
	[
		'50,000 references listed twice',
		ARTICLE,
		frontmatter(
			`title: T\ndescription: D\nsource: { outlet: O }\npublished: 2026-01-01\nreferences: [${Array(50_000).fill('doe-2021').join(', ')}]\nclaims: []`,
		),
	],
	[
		'20,000 claims with unknown references',
		ARTICLE,
		frontmatter(
			`title: T\ndescription: D\nsource: { outlet: O }\npublished: 2026-01-01\nreferences: []\nclaims:\n${Array.from({ length: 20_000 }, (_, i) => `  - { id: c${i}, statement: S, reference: nope-${i}, check: { status: unverified, checked: 2026-01-01 } }`).join('\n')}`,
		),
	],
	[
		'__proto__ and constructor keys',
		REFERENCE,
		'{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"type":"book"}',
	],
	['random bytes as JSON', REFERENCE, randomBytes(50_000, 1)],
	['random bytes as YAML', TRIAL, randomBytes(50_000, 2)],
	[
		'random bytes as MDX',
		ARTICLE,
		Buffer.concat([Buffer.from('---\ntitle: '), randomBytes(50_000, 3), Buffer.from('\n---\n')]),
	],
	['NUL bytes throughout', TRIAL, 'name: a\u0000b\ntitle: \u0000\n'],
	[
		'an unterminated frontmatter and a body of braces',
		ARTICLE,
		`---\ntitle: T\n${'{'.repeat(100_000)}`,
	],
	[
		'a body of 20,000 nested emphasis and links',
		ARTICLE,
		frontmatter('title: T') + '*['.repeat(20_000) + ']('.repeat(20_000),
	],
];

describe('the checker over hostile files', () => {
	let dir = '';
	afterEach(() => dir && removeCopy(dir));

	it.each(HOSTILE)(
		'answers %s with bounded problems, never an exception',
		(_name, file, content) => {
			dir = brokenCopy({
				name: _name,
				file,
				edit: (t) => t,
				expected: [],
				make: (d) => writeFileSync(join(d, file), content),
			});
			const before = process.memoryUsage().rss;
			let problems: readonly Problem[] = [];
			let printed = '';
			try {
				checkContent(dir, { today: CASE_TODAY });
			} catch (error) {
				if (!(error instanceof ContentError)) throw error;
				problems = error.problems;
				printed = error.message;
			}
			// What the terminal shows stays readable: at most 50 lines a file, each bounded.
			expect(printed.length).toBeLessThan(100_000);
			expect(problems.filter((p) => p.level === 'error').length).toBeGreaterThan(0);
			// Each problem names a file, and no message echoes more than a few hundred characters of the input.
			for (const problem of problems) {
				expect(problem.file).toMatch(/\S/);
				expect(problem.message.length).toBeLessThan(800);
			}
			// Loose: a billion laughs grew by gigabytes; a few hundred MB allows for the garbage collector's timing.
			expect(process.memoryUsage().rss - before).toBeLessThan(400_000_000);
		},
		60_000,
	);
});
