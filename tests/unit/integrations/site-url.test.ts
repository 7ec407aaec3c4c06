import { describe, expect, it } from 'vitest';
import { EXAMPLE_SITE, siteUrl } from '../../../src/integrations/site-url.ts';

describe('siteUrl', () => {
	it.each([
		[undefined, EXAMPLE_SITE],
		['https://digest.example.org', 'https://digest.example.org'],
		['https://digest.example.org/', 'https://digest.example.org'],
		['https://digest.example.org:8443/', 'https://digest.example.org:8443'],
		['http://localhost:4321/', 'http://localhost:4321'],
	])('accepts %s as %s', (value, site) => {
		expect(siteUrl(value)).toBe(site);
	});

	it.each([
		[
			'',
			'SITE_URL: expected an https:// address such as https://digest.example.org, found an empty value; unset it to build with https://evidence-digest.example',
		],
		[
			'  ',
			'SITE_URL: expected an https:// address such as https://digest.example.org, found an empty value; unset it to build with https://evidence-digest.example',
		],
		[
			'digest.example.org',
			'SITE_URL: expected an https:// address such as https://digest.example.org, found "digest.example.org", which is not an address',
		],
		[
			'http://digest.example.org',
			`SITE_URL: expected an https:// address such as https://digest.example.org (http:// only for localhost), found "http://digest.example.org"; readers' browsers warn on http:// and citations would keep it`,
		],
		[
			'ftp://digest.example.org',
			`SITE_URL: expected an https:// address such as https://digest.example.org (http:// only for localhost), found "ftp://digest.example.org"; readers' browsers warn on http:// and citations would keep it`,
		],
		[
			'https://host.example/project/',
			`SITE_URL: expected the address of a host of its own, such as https://digest.example.org, found "https://host.example/project/", with the path "/project/"; pages link from the host's root (/articles/…), so serve the site from its own host or subdomain`,
		],
		[
			'https://host.example/project',
			`SITE_URL: expected the address of a host of its own, such as https://digest.example.org, found "https://host.example/project", with the path "/project"; pages link from the host's root (/articles/…), so serve the site from its own host or subdomain`,
		],
		[
			'https://host.example/?ref=1',
			'SITE_URL: expected an https:// address such as https://digest.example.org with nothing after the host, found "https://host.example/?ref=1", with a query',
		],
		[
			'https://me:secret@host.example/',
			'SITE_URL: expected an https:// address such as https://digest.example.org with nothing after the host, found an address with a user name or password',
		],
	])('refuses %j, naming SITE_URL and what it expects', (value, message) => {
		expect(() => siteUrl(value)).toThrow(message);
	});
});
