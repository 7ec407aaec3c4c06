import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryHref } from '../../../../src/lib/format/glossary.ts';

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
