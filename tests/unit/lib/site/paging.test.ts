import { describe, expect, it } from 'vitest';
import {
	checksHref,
	newestFirst,
	pageCount,
	pageHref,
	pageHrefOf,
	pageHrefs,
	pageNumbers,
	pageTitle,
	rangeLabel,
	SOURCES_PER_PAGE,
} from '../../../../src/lib/site/paging.ts';
import { fixtureIndex } from '../../cases/fixture-index.ts';

describe('page addresses', () => {
	it('counts the pages a list takes, one for an empty list', () => {
		expect([0, 1, 500, 501, 70_123].map((total) => pageCount(total, 500))).toEqual([
			1, 1, 1, 2, 141,
		]);
	});

	it("names the first page by the list's address and the rest by number, as paginate() does for [...page]", () => {
		expect(pageHrefs('/findings/', 1_001, 500)).toEqual([
			'/findings/',
			'/findings/2/',
			'/findings/3/',
		]);
		expect(pageHref('/checks/', 1)).toBe('/checks/');
	});

	it('finds the page that shows an item', () => {
		expect([0, 99, 100, 250].map((position) => pageHrefOf('/checks/', position, 100))).toEqual([
			'/checks/',
			'/checks/',
			'/checks/2/',
			'/checks/3/',
		]);
	});

	it('links a summary to its section on /checks/', () => {
		const index = fixtureIndex();
		expect(checksHref(index, 'tiny-summary')).toBe('/checks/#tiny-summary');
		const many = {
			...index,
			articles: Array.from({ length: SOURCES_PER_PAGE + 1 }, (_, i) => ({
				...index.articles[0],
				id: `summary-${i}`,
			})),
		};
		expect(checksHref(many, `summary-${SOURCES_PER_PAGE}`)).toBe(
			`/checks/2/#summary-${SOURCES_PER_PAGE}`,
		);
	});
});

describe('pageNumbers', () => {
	it.each([
		[1, 1, [1]],
		[1, 3, [1, 2, 3]],
		[1, 10, [1, 2, 3, undefined, 10]],
		[5, 10, [1, 2, 3, 4, 5, 6, 7, undefined, 10]],
		[6, 141, [1, undefined, 4, 5, 6, 7, 8, undefined, 141]],
		[141, 141, [1, undefined, 139, 140, 141]],
	])('lists page %i of %i as %j', (current, last, expected) => {
		expect(pageNumbers(current, last)).toEqual(expected);
	});
});

describe('what a page says about itself', () => {
	it('says which items it shows, with thousands separators', () => {
		expect(rangeLabel('Claims', { start: 500, end: 999, total: 70_123 })).toBe(
			'Claims 501–1,000 of 70,123',
		);
	});

	it('names the page in the title only when there are several', () => {
		expect(pageTitle('Findings', { currentPage: 1, lastPage: 1 })).toBe('Findings');
		expect(pageTitle('Findings', { currentPage: 2, lastPage: 141 })).toBe(
			'Findings, page 2 of 141',
		);
	});
});

describe('newestFirst', () => {
	it('puts the newest summary first and keeps the order of those published on one day', () => {
		const on = (id: string, day: string) =>
			({ id, data: { published: new Date(day) } }) as Parameters<typeof newestFirst>[0][number];
		const list = [
			on('a', '2024-01-01'),
			on('b', '2025-06-01'),
			on('c', '2024-01-01'),
			on('d', '2025-06-01'),
		];
		expect(newestFirst(list).map((a) => a.id)).toEqual(['b', 'd', 'a', 'c']);
		expect(list.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
	});
});
