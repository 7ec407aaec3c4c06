import { describe, expect, it } from 'vitest';
import { doiUrl } from '../../../../src/lib/format/doi.ts';

describe('doiUrl', () => {
	it.each([
		['10.1038/s41591-021-01336-3', 'https://doi.org/10.1038/s41591-021-01336-3'],
		['10.1000/a#b', 'https://doi.org/10.1000/a%23b'],
		['10.1000/a?b', 'https://doi.org/10.1000/a%3Fb'],
		['10.1000/50%off', 'https://doi.org/10.1000/50%25off'],
		['10.1000/"q"', 'https://doi.org/10.1000/%22q%22'],
		['10.1000/a b', 'https://doi.org/10.1000/a%20b'],
		[
			'10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0',
			'https://doi.org/10.1002/(sici)1097-4571(199806)49:8%3C693::aid-asi4%3E3.0.co;2-0',
		],
		['10.1000/caf\u00e9', 'https://doi.org/10.1000/caf%C3%A9'],
	])('links %s as %s', (doi, url) => {
		expect(doiUrl(doi)).toBe(url);
	});
});
