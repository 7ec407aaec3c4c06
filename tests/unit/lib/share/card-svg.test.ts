import { describe, expect, it } from 'vitest';
import { CARD_STATUSES, cardSvg, wrapTitle } from '../../../../src/lib/share/card-svg.ts';
import { CHECK_STATUSES } from '../../../../src/schemas/claim.ts';
import { renderPng } from '../../../../src/lib/share/render.ts';

describe('wrapTitle', () => {
	it('breaks at spaces within the line length', () => {
		expect(wrapTitle('one two three four', 9)).toEqual(['one two', 'three', 'four']);
	});

	it('cuts past the last line with an ellipsis, at a word', () => {
		expect(wrapTitle('aa bb cc dd ee ff', 5, 2)).toEqual(['aa bb', 'cc…']);
	});
});

describe('cardSvg', () => {
	it('escapes the title and draws one bar per status that has claims', () => {
		const svg = cardSvg({
			title: 'Cuts & <b>gains</b>',
			counts: { consistent: 3, discrepant: 0, unsupported: 0, unverified: 1 },
		});
		expect(svg).toContain('Cuts &amp; &lt;b&gt;gains&lt;/b&gt;');
		expect(svg).toContain('4 claims checked against the papers');
		expect(svg.match(/<rect x="\d+" y="470"/g)).toHaveLength(2);
	});

	it("keeps the statuses in the schema's order, and names each in the scorecard's words", () => {
		expect(CARD_STATUSES).toEqual([...CHECK_STATUSES]);
		const svg = cardSvg({
			title: 'T',
			counts: { consistent: 2, discrepant: 1, unsupported: 3, unverified: 4 },
		});
		expect([...svg.matchAll(/y="546"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1])).toEqual([
			'2 consistent',
			'1 discrepant',
			'3 not shown',
			'4 not verified',
		]);
		expect(svg.match(/<rect x="\d+" y="470"/g)).toHaveLength(4);
	});

	it('renders to a 1200×630 PNG under 100 KB with the bundled fonts', () => {
		const png = renderPng(
			cardSvg({
				title: 'A summary title that runs over two lines of the card',
				counts: { consistent: 1, discrepant: 1, unsupported: 0, unverified: 1 },
			}),
		);
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(png.length).toBeLessThan(100 * 1024);
	});
});
