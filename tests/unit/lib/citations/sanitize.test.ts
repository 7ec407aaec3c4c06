import { describe, expect, it } from 'vitest';
import { sanitizeCitationHtml } from '../../../../src/lib/citations/sanitize.ts';

describe('sanitizeCitationHtml', () => {
	it.each([
		['<div class="csl-entry">A <i>B</i></div>', 'A <i>B</i>'],
		['<i onclick="x()">B</i>', '<i>B</i>'],
		['<img src=x onerror=alert(1)>Title', 'Title'],
		['<script>alert(1)</script>', 'alert(1)'],
		['&#60;img src=x&#62;', '&#60;img src=x&#62;'],
	])('turns %s into %s', (input, output) => {
		expect(sanitizeCitationHtml(input)).toBe(output);
	});
});
