import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, isoPartialDate } from '../../../../src/lib/format/number.ts';

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
		const dates = [{ year: 2024, month: 8, day: 10 }, { year: 2017 }, { year: 2024 }, { year: 2024, month: 6, day: 4 }];
		expect(dates.sort(comparePartialDates).map(isoPartialDate)).toEqual(['2017', '2024', '2024-06-04', '2024-08-10']);
	});
});
