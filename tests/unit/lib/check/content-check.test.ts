import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	checkFolder,
	problemsOf,
	recheckFile,
	type ContentCheck,
} from '../../../../src/lib/check/content-check.ts';
import { CASE_TODAY, FIXTURE, brokenCopy, removeCopy } from '../../cases/content-cases.ts';

const ARTICLE = 'articles/tiny-summary.mdx';
const REFERENCE = 'references/doe-2021.json';

/**
 * What a check found, comparable between a patched check and a fresh one. Body trees are left out:
 * the body rules annotate a tree's headings with their anchors, which an unchanged body whose kept
 * report is reused does not get again (the renderer anchors them itself).
 */
const summary = (check: ContentCheck) => ({
	content: Object.values(check.content).map((entries) =>
		entries.map(({ tree: _tree, ...entry }: { tree?: unknown }) => entry),
	),
	problems: problemsOf(check)
		.map((p) => `${p.file} ${p.field}: ${p.message}`)
		.sort(),
});

describe('recheckFile', () => {
	let dir = '';
	afterEach(() => dir && removeCopy(dir));
	const edit = (file: string, change: (text: string) => string) =>
		writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

	it('reads the changed file alone and keeps every other entry and body report as it was', () => {
		dir = brokenCopy();
		const check = checkFolder(dir, { today: CASE_TODAY });
		const others = Object.values(check.raw)
			.flat()
			.filter((entry) => !entry.file.endsWith(REFERENCE));
		const bodyReport = check.bodyReports.get(check.raw.articles[0].file)!.report;
		edit(REFERENCE, (text) => text.replace('"title": "', '"title": "Edited: '));
		expect(recheckFile(check, join(dir, REFERENCE))).toBe('references');
		const after = Object.values(check.raw)
			.flat()
			.filter((entry) => !entry.file.endsWith(REFERENCE));
		// The very objects of the first read: no other file was read or parsed again.
		expect(after).toHaveLength(others.length);
		after.forEach((entry, i) => expect(entry).toBe(others[i]));
		// The article's body was not checked again either: its report is the one kept.
		expect(check.bodyReports.get(check.raw.articles[0].file)!.report).toBe(bodyReport);
		const edited = check.content.references.find((r) => r.file.endsWith(REFERENCE))!;
		expect(edited.data.title).toMatch(/^Edited: /);
		expect(summary(check)).toEqual(summary(checkFolder(dir, { today: CASE_TODAY })));
	});

	it('names the line of a body problem in a kept report, after the loader let the tree go', () => {
		dir = brokenCopy();
		edit(ARTICLE, (text) => `${text}\nSee <Cite id="doe-2012" />.\n`);
		const check = checkFolder(dir, { today: CASE_TODAY });
		const lines = () =>
			problemsOf(check)
				.filter((p) => p.message.startsWith('<Cite>'))
				.map((p) => p.field);
		const before = lines();
		expect(before).toHaveLength(1);
		expect(before[0]).toMatch(/^body \(line \d+\)$/);
		for (const entry of check.raw.articles) entry.tree = undefined;
		edit(REFERENCE, (text) => text.replace('"title": "', '"title": "Edited: '));
		recheckFile(check, join(dir, REFERENCE));
		expect(lines()).toEqual(before);
	});

	it('reports an edit that breaks a link across files, and clears it when the file is fixed', () => {
		dir = brokenCopy();
		const check = checkFolder(dir, { today: CASE_TODAY });
		const original = readFileSync(join(dir, ARTICLE), 'utf8');
		expect(problemsOf(check).filter((p) => p.level === 'error')).toEqual([]);
		edit(ARTICLE, (text) => text.replace('references: [doe-2021,', 'references: [doe-2012,'));
		recheckFile(check, join(dir, ARTICLE));
		const errors = problemsOf(check).filter((p) => p.level === 'error');
		expect(errors.map((p) => `${p.field}: ${p.message}`)).toContain(
			'references.0: expected the id of a file in content/references/, found "doe-2012"; did you mean "doe-2021"?',
		);
		expect(summary(check)).toEqual(summary(checkFolder(dir, { today: CASE_TODAY })));
		writeFileSync(join(dir, ARTICLE), original);
		recheckFile(check, join(dir, ARTICLE));
		expect(problemsOf(check).filter((p) => p.level === 'error')).toEqual([]);
	});

	it('follows a file that stops parsing, one deleted, and one added', () => {
		dir = brokenCopy();
		const check = checkFolder(dir, { today: CASE_TODAY });
		edit('trials/trial-one.yaml', (text) => `${text}\n  : : bad`);
		recheckFile(check, join(dir, 'trials/trial-one.yaml'));
		expect(check.content.trials).toEqual([]);
		expect(summary(check)).toEqual(summary(checkFolder(dir, { today: CASE_TODAY })));
		rmSync(join(dir, 'events/trial-registered.yaml'));
		recheckFile(check, join(dir, 'events/trial-registered.yaml'));
		expect(check.content.events.map((e) => e.id)).toEqual(['poe-correction']);
		writeFileSync(
			join(dir, 'events/a-first.yaml'),
			readFileSync(join(FIXTURE, 'events/trial-registered.yaml')),
		);
		recheckFile(check, join(dir, 'events/a-first.yaml'));
		expect(check.content.events.map((e) => e.id)).toEqual(['a-first', 'poe-correction']);
		expect(summary(check)).toEqual(summary(checkFolder(dir, { today: CASE_TODAY })));
	});

	it('changes nothing for a path outside the collections', () => {
		dir = brokenCopy();
		const check = checkFolder(dir, { today: CASE_TODAY });
		const before = summary(check);
		writeFileSync(join(dir, 'articles/notes.txt'), 'x');
		expect(recheckFile(check, join(dir, 'articles/notes.txt'))).toBeUndefined();
		expect(recheckFile(check, join(dir, 'elsewhere/x.mdx'))).toBeUndefined();
		expect(summary(check)).toEqual(before);
	});
});
