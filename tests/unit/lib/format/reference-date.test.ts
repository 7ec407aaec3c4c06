import { describe, expect, it } from 'vitest';
import { referenceDateParts, referenceYear } from '../../../../src/lib/format/reference-date.ts';

describe('reference dates', () => {
	it('reads the CSL date parts and the year, and nothing from an undated reference', () => {
		expect(referenceDateParts({ issued: { 'date-parts': [[2021, 5, 10]] } })).toEqual([
			2021, 5, 10,
		]);
		expect(referenceYear({ issued: { 'date-parts': [[2021, 5]] } })).toBe(2021);
		expect(referenceYear({})).toBeUndefined();
		expect(referenceYear({ issued: {} })).toBeUndefined();
	});
});
