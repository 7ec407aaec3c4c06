import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA and everything below it. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core in the page and returns its violations as "rule: target" lines, for readable failures. */
export async function axeViolations(page: Page, tags = WCAG_AA_TAGS): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	const violations = await page.evaluate(async (runOnly) => {
		// @ts-expect-error axe is the global the injected script defines
		const result = await window.axe.run(document, { runOnly: { type: 'tag', values: runOnly } });
		return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}, tags);
	return violations;
}
