import { describe, expect, it } from 'vitest';
import { linkProblem, linkTarget } from '../../../../src/lib/check/link-target.ts';

describe('linkTarget', () => {
	it.each([
		['/references/mitchell-2021/', { kind: 'site', path: '/references/mitchell-2021/', hash: '' }],
		['#caps-5', { kind: 'site', path: '/', hash: '#caps-5' }],
		['../trials/mapp1/#arms', { kind: 'site', path: '/trials/mapp1/', hash: '#arms' }],
		['https://doi.org/10.1038/s41591-021-01336-3', { kind: 'https' }],
		['mailto:editors@example.org', { kind: 'mailto' }],
		['HTTP://example.org/', { kind: 'http' }],
		['//example.org/x', { kind: 'protocol-relative' }],
		['\\\\example.org/x', { kind: 'protocol-relative' }],
		['https://[::1', { kind: 'unparsable' }],
		[' \u0001JavaScript:alert(1)', { kind: 'scheme', scheme: 'javascript:' }],
		['java\tscr\nipt:alert(1)', { kind: 'scheme', scheme: 'javascript:' }],
		['data:text/html,<script>alert(1)</script>', { kind: 'scheme', scheme: 'data:' }],
		['vbscript:msgbox(1)', { kind: 'scheme', scheme: 'vbscript:' }],
	])('reads %j as a browser does', (href, target) => {
		expect(linkTarget(href)).toEqual(target);
	});
});

describe('linkProblem', () => {
	it('allows pages of the site, https and email', () => {
		expect(['/about/', 'https://example.org/', 'mailto:a@example.org'].map(linkProblem)).toEqual([
			undefined,
			undefined,
			undefined,
		]);
	});

	it('names what was expected and what the link is', () => {
		expect(linkProblem('http://example.org/')).toEqual({
			expected: 'an https:// address',
			found: 'an http: link',
		});
		expect(linkProblem('javascript:void(0)')).toEqual({
			expected: 'a link to an https:// address, an email (mailto:) or a page of this site',
			found: 'a javascript: link',
		});
	});
});
