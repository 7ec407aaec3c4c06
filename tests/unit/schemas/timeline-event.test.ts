import { describe, expect, it } from 'vitest';
import { PartialDateSchema } from '../../../src/schemas/date.ts';
import { TimelineEventSchema } from '../../../src/schemas/timeline-event.ts';
import { issuesOf } from '../cases/issues.ts';

describe('PartialDateSchema', () => {
	it.each<[unknown, object]>([
		['2024-08-09', { year: 2024, month: 8, day: 9 }],
		['2024-06', { year: 2024, month: 6 }],
		['2017', { year: 2017 }],
		[2017, { year: 2017 }],
		[new Date('2024-06-04T00:00:00Z'), { year: 2024, month: 6, day: 4 }],
		['2024-02-29', { year: 2024, month: 2, day: 29 }],
	])('reads %j as %j', (input, output) => {
		expect(PartialDateSchema.parse(input)).toEqual(output);
	});

	it.each([['2023-02-29'], ['2024-13'], ['24-06-04'], ['June 2024'], [17], [undefined]])(
		'rejects %j',
		(input) => {
			expect(issuesOf(PartialDateSchema, input)).toEqual([
				expect.stringMatching(
					/^expected a date written YYYY-MM-DD, or YYYY-MM or YYYY when only those are known, found /,
				),
			]);
		},
	);
});

describe('TimelineEventSchema', () => {
	const event = {
		date: '2024-08-09',
		kind: 'regulatory',
		title: 'The FDA declined to approve.',
		references: ['fda-2024-crl'],
	};

	it('parses the date to its known parts', () => {
		expect(TimelineEventSchema.parse(event)).toEqual({
			...event,
			date: { year: 2024, month: 8, day: 9 },
		});
	});

	it('reports every problem in one pass, each with its field', () => {
		expect(
			issuesOf(TimelineEventSchema, {
				date: '9 August 2024',
				kind: 'ruling',
				title: '',
				references: [],
				when: 'x',
			}),
		).toMatchInlineSnapshot(`
			[
			  "date: expected a date written YYYY-MM-DD, or YYYY-MM or YYYY when only those are known, found "9 August 2024"",
			  "kind: expected one of regulatory, publication, found "ruling"",
			  "title: expected what happened, in one sentence (1 to 300 characters), found """,
			  "references: expected at least one reference id that documents the event, found []",
			  "when: expected only the fields date, kind, title, references, note, found "when"",
			]
		`);
	});

	it('rejects a reference id that is not kebab-case', () => {
		expect(issuesOf(TimelineEventSchema, { ...event, references: ['FDA 2024'] })).toEqual([
			'references.0: expected the id of a file in content/references/ (lower-case words joined by hyphens), found "FDA 2024"',
		]);
	});
});
