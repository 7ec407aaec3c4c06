import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_POLICY, readPolicy } from '../build/csp-policy.ts';
import { sitemapPaths } from '../build/site.ts';
import { connectChromium, serveBuild } from './harness.ts';

const EVERY_PAGE = [...sitemapPaths(), '/404.html'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;
let page: Page;
/** Chromium's console errors about the policy since the last navigation. */
let logged: string[] = [];

beforeAll(async () => {
	[browser, server] = await Promise.all([connectChromium(), serveBuild()]);
	page = await browser.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
			logged.push(message.text());
	});
	// Runs before the page's own content on every navigation, and is itself exempt from the policy.
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.defineProperty(window, '__cspViolations', { value: seen });
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
		);
	});
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens a path in the recording tab. */
async function open(path: string): Promise<void> {
	logged = [];
	await page.goto(`${server.url}${path}`);
}

/**
 * Every CSP violation since the page was opened, as DOM events ("directive blocked-uri") and as console
 * errors, once the two agree: Chromium logs a violation at once and fires its event from a task later.
 */
async function violations(): Promise<{ events: string[]; logged: string[] }> {
	let events: string[] = [];
	// If they never agree, the caller's comparison shows both lists, which says more than the count.
	await expect
		.poll(async () => (events = await violationEvents()).length - logged.length)
		.toBe(0)
		.catch(() => undefined);
	return { events, logged };
}

/** The violation events the page has fired so far. */
const violationEvents = () =>
	page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** The page's policy, read at once: a locator would wait 30 s for a meta tag that is missing. */
const policyOf = (page: Page) =>
	page.evaluate(
		() =>
			document
				.querySelector('meta[http-equiv="content-security-policy"]')
				?.getAttribute('content') ?? null,
	);

describe('the Content-Security-Policy', () => {
	it.each(EVERY_PAGE)('is set on %s and nothing on the page violates it', async (path) => {
		await open(path);
		const policy = await policyOf(page);
		expect(policy, `no policy on ${path}`).not.toBeNull();
		expect(readPolicy(policy!)).toEqual(EXPECTED_POLICY);
		expect(await violations()).toEqual({ events: [], logged: [] });
	});

	it('lets search work under it: results on /search/, in the dialog, and the highlight, with no violation', async () => {
		await open('/search/?q=remission');
		await page.locator('.search-layout .result').first().waitFor();
		await page.goto(`${server.url}/about/`);
		await page.keyboard.press('/');
		await page.keyboard.type('67%');
		await page.locator('#search-dialog .result').first().waitFor();
		await page.goto(
			`${server.url}/articles/healing-trauma-explained/?highlight=67#phase-3-diagnosis`,
		);
		await page.locator('mark.pagefind-highlight').first().waitFor();
		expect(await violations()).toEqual({ events: [], logged: [] });
	});

	it('refuses an inline script and an inline style attribute that are not in it', async () => {
		await open('/');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			document.body.setAttribute('style', 'color: red');
		});
		expect(await page.evaluate(() => 'injected' in window)).toBe(false);
		await expect
			.poll(async () => (await violationEvents()).toSorted())
			.toEqual(['script-src-elem inline', 'style-src-attr inline']);
		await expect.poll(() => logged).toHaveLength(2);
	});

	it('lets search run as Pagefind does: WebAssembly compiles and a worker loads from this site', async () => {
		await open('/');
		// The smallest WebAssembly module: the magic number and version 1.
		const compiled = await page.evaluate(async () =>
			WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
				() => true,
				(error) => String(error),
			),
		);
		expect(compiled).toBe(true);
		await page.evaluate(() => {
			new Worker('/pagefind/pagefind-worker.js');
			new Worker(URL.createObjectURL(new Blob([''], { type: 'text/javascript' })));
		});
		// The site's own worker path is allowed; a worker made from a blob: is not.
		await expect.poll(violationEvents).toEqual(['worker-src blob']);
		await expect.poll(() => logged).toHaveLength(1);
	});
});
