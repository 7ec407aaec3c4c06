import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import {
	type Browser,
	type BrowserContext,
	chromium,
	type Page,
	type ViewportSize,
} from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM, CHROMIUM_HEADLESS } from '../setup/chromium.mjs';
import { TEST_DIST } from '../setup/paths.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

/**
 * Serves a built site (the test build unless told otherwise) on a free loopback port, as a static
 * host would (directory index, 404 page).
 */
export async function serveBuild(
	dir = TEST_DIST,
): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		let file = join(dir, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		const served = found ? file : join(dir, '404.html');
		response.writeHead(found ? 200 : 404, {
			'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
		});
		createReadStream(served).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		// close() alone waits for every keep-alive connection a still-open browser tab holds, which
		// once outlasted a two-minute hook; the test is over, so those connections are closed too.
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the run's one Chromium listens (tests/setup/chromium-server.ts). */
		chromiumEndpoint: string;
	}
}

/** The flags this sandbox needs (no network, fresh profile), for either build of Chromium. */
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Debian's full Chromium, what a reader runs: for the bench and the screenshots. */
export const CHROMIUM_OPTIONS = { executablePath: CHROMIUM, args: CHROMIUM_ARGS };

/** Chromium's headless shell, for the browser tests (tests/setup/chromium.mjs says why). */
export const TEST_CHROMIUM_OPTIONS = { executablePath: CHROMIUM_HEADLESS, args: CHROMIUM_ARGS };

/** Debian's Chromium through playwright-core, started for this process (scripts and benches). */
export function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM))
		throw new Error(
			`The bench and the screenshots run Debian's full Chromium, expected at ${CHROMIUM}, found nothing there: install it (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
		);
	return chromium.launch(CHROMIUM_OPTIONS);
}

/**
 * The one Chromium of a test run (tests/setup/chromium-server.ts), connected to from this test file:
 * connecting takes milliseconds where a launch took seconds per file. Closing the connection closes
 * this file's tabs and leaves the browser to the other files.
 */
export function connectChromium(): Promise<Browser> {
	return chromium.connect(inject('chromiumEndpoint'));
}

/** What a browser test file works with: Chromium, its context, one shared tab, and the served build's address. */
export interface TestSite {
	browser: Browser;
	/**
	 * The file's one browser context: a context per tab cost Chromium more than the tab itself, and
	 * the site keeps no storage or cookies that one tab could leave for the next.
	 */
	context: BrowserContext;
	page: Page;
	url: string;
}

/** The viewport of a tab unless a test sets another: Playwright's default. */
const DEFAULT_VIEWPORT: ViewportSize = { width: 1280, height: 720 };

/**
 * The file's one tab, at a viewport size, on screen and in light mode, for a test that navigates
 * it afresh: a new tab costs Chromium a renderer process, about a second of CPU, where navigating
 * the same tab costs a fifth of that. The caller leaves it open.
 */
export async function reuseTab(site: TestSite, viewport = DEFAULT_VIEWPORT): Promise<Page> {
	await site.page.setViewportSize(viewport);
	await site.page.emulateMedia({ media: 'screen', colorScheme: 'light' });
	return site.page;
}

/**
 * A new tab of the site's context, for a test that must not share the file's tab (one that adds an
 * init script, or keeps another tab's state); the caller closes it.
 */
export async function newTab(site: TestSite, viewport = DEFAULT_VIEWPORT): Promise<Page> {
	const page = await site.context.newPage();
	await page.setViewportSize(viewport);
	return page;
}

/**
 * Connects to the run's Chromium and serves a build (the test build unless told otherwise) for the
 * calling test file, closing both after it; fields are set once its beforeAll has run.
 */
export function useSite(dir = TEST_DIST): TestSite {
	const site = {} as TestSite;
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const [browser, server] = await Promise.all([connectChromium(), serveBuild(dir)]);
		close = server.close;
		const context = await browser.newContext();
		Object.assign(site, { browser, context, url: server.url, page: await context.newPage() });
	});
	afterAll(async () => {
		await site.browser?.close();
		await close?.();
	});
	return site;
}
