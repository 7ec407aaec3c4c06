import { describe, expect, it } from 'vitest';
import {
	comparePartialDates,
	formatPartialDate,
	isoPartialDate,
} from '../../../../src/lib/format/date.ts';

describe('partial dates', () => {
	it.each([
		[{ year: 2017 }, '2017', '2017'],
		[{ year: 2024, month: 6 }, 'June 2024', '2024-06'],
		[{ year: 2024, month: 8, day: 9 }, '9 August 2024', '2024-08-09'],
	])('formats %j as "%s" and %s', (date, text, iso) => {
		expect(formatPartialDate(date)).toBe(text);
		expect(isoPartialDate(date)).toBe(iso);
	});

	it('orders a year alone before dates within it', () => {
		const dates = [
			{ year: 2024, month: 8, day: 10 },
			{ year: 2017 },
			{ year: 2024 },
			{ year: 2024, month: 6, day: 4 },
		];
		expect(dates.sort(comparePartialDates).map(isoPartialDate)).toEqual([
			'2017',
			'2024',
			'2024-06-04',
			'2024-08-10',
		]);
	});

	it('formats a month or a day exactly as toLocaleDateString would, with one formatter per shape', () => {
		for (let month = 1; month <= 12; month++) {
			for (const day of [undefined, 1, 28]) {
				const date = new Date(Date.UTC(2024, month - 1, day ?? 1));
				const options = {
					...(day !== undefined && { day: 'numeric' as const }),
					month: 'long' as const,
					year: 'numeric' as const,
					timeZone: 'UTC',
				};
				expect(formatPartialDate({ year: 2024, month, day })).toBe(
					date.toLocaleDateString('en-GB', options),
				);
			}
		}
	});
});
