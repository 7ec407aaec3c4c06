import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { TEST_CHROMIUM_OPTIONS } from '../browser/harness.ts';

/**
 * Starts one Chromium (its headless shell) for the browser project's files, which connect to it,
 * and closes it after the run: a launch per file cost seconds each, and files now run side by side.
 */
export default async function startChromium(project: TestProject): Promise<() => Promise<void>> {
	const server = await chromium.launchServer(TEST_CHROMIUM_OPTIONS);
	project.provide('chromiumEndpoint', server.wsEndpoint());
	return () => server.close();
}
