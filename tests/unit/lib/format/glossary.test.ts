import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { GLOSSARY, glossaryHref, searchNamesOf } from '../../../../src/lib/format/glossary.ts';

describe('the glossary', () => {
	it.each([
		['Response', '/glossary/#response'],
		['remission', '/glossary/#remission'],
		['No longer meeting diagnostic criteria', '/glossary/#no-longer-meeting-criteria'],
		['Total severity score', undefined],
	])('links the outcome term "%s" to %s', (term, href) => {
		expect(glossaryHref(term)).toBe(href);
	});

	it('gives every term an id of its own, and names MDMA by its street names', () => {
		expect(new Set(GLOSSARY.map((t) => t.id)).size).toBe(GLOSSARY.length);
		expect(GLOSSARY.find((t) => t.id === 'mdma')?.aka).toMatch(/ecstasy.*molly/);
	});
});

describe('the glossary’s other names in search', () => {
	it.each([
		['adverse-events', ['side effects', 'harms']],
		['caps-5-remission', ['Remission', 'remitted']],
		['scs', ['Self-compassion', 'self-kindness', 'self compassion']],
		['caps-5', ['CAPS-5']],
	])('finds the outcome %s by %j', (outcome, names) => {
		expect(searchNamesOf(outcome)).toEqual(expect.arrayContaining(names));
	});

	it('names each outcome a term points to as it exists in content/outcomes/', () => {
		const outcomes = new Set(readdirSync('content/outcomes').map((f) => f.replace(/\.yaml$/, '')));
		for (const id of GLOSSARY.flatMap((t) => t.outcomes ?? [])) expect(outcomes).toContain(id);
		expect(searchNamesOf('sds')).toEqual([]);
	});
});
