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
 * Runs axe-core in the page and returns its violations as "rule: target" lines, for readable failures.
 * target-size (WCAG 2.5.8), off by default in axe, is switched on.
 */
export async function axeViolations(page: Page, tags = AXE_TAGS): Promise<string[]> {
	// Evaluated through the DevTools protocol rather than added as a <script>, which the page's
	// Content-Security-Policy would rightly refuse.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async (runOnly) => {
		// @ts-expect-error axe is the global the evaluated script defines
		const result = await window.axe.run(document, {
			runOnly: { type: 'tag', values: runOnly },
			rules: { 'target-size': { enabled: true } },
			resultTypes: ['violations'],
		});
		return result.violations.map(
			(v: { id: string; nodes: { target: string[] }[] }) =>
				`${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		);
	}, tags);
	return violations;
}
