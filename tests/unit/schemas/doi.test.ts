import { describe, expect, it } from 'vitest';
import { DoiSchema } from '../../../src/schemas/doi.ts';
import { issuesOf } from '../cases/issues.ts';

describe('DoiSchema', () => {
	it.each([
		['10.1038/s41591-021-01336-3', '10.1038/s41591-021-01336-3'],
		['doi:10.1038/S41591-021-01336-3', '10.1038/s41591-021-01336-3'],
		['https://doi.org/10.1002/npr2.12485', '10.1002/npr2.12485'],
		['http://dx.doi.org/10.1002/npr2.12485', '10.1002/npr2.12485'],
		['  10.1080/20008066.2025.2485513 ', '10.1080/20008066.2025.2485513'],
		[
			'10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0',
			'10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0',
		],
		// Pasted from a PDF: ligatures and full-width digits in the suffix are written out (NFKC).
		['10.1016/j.ﬁnal.2021.01.002', '10.1016/j.final.2021.01.002'],
		['10.1016/j.psych.２０２１', '10.1016/j.psych.2021'],
	])('stores %s as %s', (input, output) => {
		expect(DoiSchema.parse(input)).toBe(output);
	});

	it.each([
		[
			'a prefix not starting 10.',
			'11.1038/abc',
			'expected a DOI that starts "10.", then a registrant number, "/" and a suffix, found "11.1038/abc"',
		],
		[
			'no suffix',
			'10.1038',
			'expected a DOI that starts "10.", then a registrant number, "/" and a suffix, found "10.1038"',
		],
		[
			'trailing punctuation',
			'10.1038/s41591-021-01336-3.',
			'expected a DOI without trailing punctuation, found "10.1038/s41591-021-01336-3."',
		],
		['a number', 10.1038, 'expected a DOI such as "10.1038/s41591-021-01336-3", found 10.1038'],
	])('rejects %s', (_name, input, message) => {
		expect(issuesOf(DoiSchema, input)).toEqual([message]);
	});
});
