import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/** WCAG 2.2 AA and everything below it, and axe's best practices (landmarks, heading order, unique names). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules among those tags whose result can change with colours alone. Dark mode changes nothing
 * but colours (tests/build/styles.test.ts holds the stylesheet to that), so a page's dark pass
 * runs these: the other rules would only repeat the light pass's verdicts.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What axe runs: rules by tag (target-size, off by default in axe, switched on), or named rules. */
type Scope = { tags: readonly string[] } | { rules: readonly string[] };

/**
 * Runs axe-core in the page and returns its violations as "rule: target" lines, for readable
 * failures; by default WCAG 2.2 AA and best practices, with target-size (WCAG 2.5.8).
 */
export async function axeViolations(
	page: Page,
	scope: Scope = { tags: AXE_TAGS },
): Promise<string[]> {
	// Evaluated through the DevTools protocol rather than added as a <script>, which the page's
	// Content-Security-Policy would rightly refuse.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const options =
		'tags' in scope
			? {
					runOnly: { type: 'tag', values: scope.tags },
					rules: { 'target-size': { enabled: true } },
				}
			: { runOnly: { type: 'rule', values: scope.rules } };
	return page.evaluate(async (options) => {
		// @ts-expect-error axe is the global the evaluated script defines
		const result = await window.axe.run(document, { ...options, resultTypes: ['violations'] });
		return result.violations.map(
			(v: { id: string; nodes: { target: string[] }[] }) =>
				`${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		);
	}, options);
}

/**
 * Axe on the page as it stands, in light mode (every rule), then in dark mode (the colour rules);
 * leaves the page in dark mode.
 */
export async function axeLightAndDark(page: Page): Promise<{ light: string[]; dark: string[] }> {
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await axeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await axeViolations(page, { rules: COLOUR_RULES });
	return { light, dark };
}
