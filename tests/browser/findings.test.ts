import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_SHORT_LABELS } from '../../src/lib/format/check-status.ts';
import { axeLightAndDark, axeViolations } from './axe.ts';
import { newTab, reuseTab, useSite } from './harness.ts';

const site = useSite();

const rows = () => site.page.locator('#findings-table tbody tr');
const visible = () => site.page.locator('#findings-table tbody tr:not([hidden])');
/** One column's sort values (or text) for the visible rows, top to bottom. */
const column = (index: number) =>
	visible().evaluateAll(
		(trs, i) =>
			trs.map((tr) => {
				const cell = (tr as HTMLTableRowElement).cells[i];
				return cell.dataset.sortValue ?? cell.textContent!.trim();
			}),
		index,
	);

/** One column's words in the visible rows, as a reader sees them. */
const words = (index: number) =>
	visible().evaluateAll(
		(trs, i) => trs.map((tr) => (tr as HTMLTableRowElement).cells[i].innerText.trim()),
		index,
	);

describe('the findings table in Chromium', () => {
	beforeAll(async () => {
		await site.page.goto(`${site.url}/findings/`);
	});

	it('shows the filters once its script has run', async () => {
		expect(await site.page.locator('#findings-filters').isVisible()).toBe(true);
		expect(await site.page.locator('#findings-table thead button.sort').count()).toBe(9);
	});

	it('sorts by effect, ascending then descending, rows without a figure last', async () => {
		const effect = site.page.locator('#findings-table thead th', { hasText: 'Effect' });
		await effect.locator('button').click();
		expect(await effect.getAttribute('aria-sort')).toBe('ascending');
		const up = (await column(2)).filter(Boolean).map(Number);
		expect(up).toEqual([...up].sort((a, b) => a - b));
		expect((await column(2)).slice(up.length).every((v) => v === '')).toBe(true);
		await effect.locator('button').click();
		expect(await effect.getAttribute('aria-sort')).toBe('descending');
		const down = (await column(2)).filter(Boolean).map(Number);
		expect(down).toEqual([...up].reverse());
	});

	it('sorts by the date checked from the keyboard, and only one column says it is sorted', async () => {
		const checked = site.page.locator('#findings-table thead th', { hasText: 'Checked' });
		await checked.locator('button').focus();
		await site.page.keyboard.press('Enter');
		expect(await checked.getAttribute('aria-sort')).toBe('ascending');
		expect(await site.page.locator('#findings-table thead th[aria-sort]').count()).toBe(1);
		const dates = await column(8);
		expect(dates).toEqual([...dates].sort());
		expect(await site.page.evaluate(() => document.activeElement?.textContent)).toBe('Checked');
	});

	it('filters by status and trial together, says how many are shown, and shows all again', async () => {
		const total = await rows().count();
		await site.page.selectOption('#findings-filters select[name="status"]', 'consistent');
		const consistent = await site.page
			.locator('#findings-table tbody tr[data-status="consistent"]')
			.count();
		expect(await visible().count()).toBe(consistent);
		expect(await site.page.locator('#findings-count').innerText()).toBe(
			`Showing ${consistent} of ${total} claims.`,
		);
		await site.page.selectOption('#findings-filters select[name="trial"]', 'mapp1');
		const both = await site.page
			.locator('#findings-table tbody tr[data-status="consistent"][data-trial="mapp1"]')
			.count();
		expect(both).toBeGreaterThan(0);
		expect(both).toBeLessThan(consistent);
		expect(await visible().count()).toBe(both);
		// The rows left say so in their own words.
		expect(new Set(await words(5))).toEqual(new Set([CHECK_SHORT_LABELS.consistent]));
		expect(new Set((await words(3)).map((trial) => trial.split(' (')[0]))).toEqual(
			new Set(['MAPP1']),
		);
		await site.page.locator('#findings-filters button[type="reset"]').click();
		await expect.poll(() => visible().count()).toBe(total);
		expect(await site.page.locator('#findings-count').innerText()).toBe(`${total} claims.`);
	});

	it('applies a filter as it is chosen, with no button to press, and keeps it in the address', async () => {
		expect(await site.page.locator('#findings-filters button[type="submit"]').isVisible()).toBe(
			false,
		);
		await site.page.selectOption('#findings-filters select[name="status"]', 'discrepant');
		expect(new URL(site.page.url()).search).toBe('?status=discrepant');
		await site.page.locator('#findings-filters button[type="reset"]').click();
		await expect.poll(() => new URL(site.page.url()).search).toBe('');
	});

	it('opens with the filters the address names, as a shared link would', async () => {
		const page = await newTab(site);
		await page.goto(`${site.url}/findings/?status=discrepant&trial=mapp1`);
		const both = await page
			.locator('#findings-table tbody tr[data-status="discrepant"][data-trial="mapp1"]')
			.count();
		expect(await page.locator('#findings-table tbody tr:not([hidden])').count()).toBe(both);
		expect(await page.locator('#findings-filters select[name="trial"]').inputValue()).toBe('mapp1');
		expect(await page.locator('#findings-count').innerText()).toMatch(
			new RegExp(`^Showing ${both} of \\d+ claims\\.$`),
		);
		await page.close();
	});

	it('filters by the depth of the check, strongest first in its list', async () => {
		const options = await site.page
			.locator('#findings-filters select[name="depth"] option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		expect(options.slice(0, 2)).toEqual(['', 'full-text']);
		await site.page.selectOption('#findings-filters select[name="depth"]', 'full-text');
		const shown = await visible().count();
		expect(shown).toBe(await rows().and(site.page.locator('[data-depth="full-text"]')).count());
		expect(shown).toBeLessThan(await rows().count());
		expect(
			await visible().evaluateAll((trs) =>
				trs.map((tr) => (tr as HTMLTableRowElement).cells[6].textContent!.trim()),
			),
		).toEqual(Array(shown).fill('Full text'));
		expect(new URL(site.page.url()).search).toBe('?depth=full-text');
		await site.page.locator('#findings-filters button[type="reset"]').click();
	});

	it('filters claims with no paper by design', async () => {
		await site.page.selectOption('#findings-filters select[name="design"]', 'none');
		const designs = await visible().evaluateAll((trs) => [
			...new Set(trs.map((tr) => (tr as HTMLElement).dataset.design)),
		]);
		expect(designs).toEqual(['none']);
		expect(new Set(await words(4))).toEqual(new Set(['—']));
		await site.page.locator('#findings-filters button[type="reset"]').click();
	});

	it('passes axe with a filter applied and a column sorted', async () => {
		await site.page.selectOption('#findings-filters select[name="outcome"]', 'caps-5');
		await site.page
			.locator('#findings-table thead th', { hasText: 'Status' })
			.locator('button')
			.click();
		expect(await axeViolations(site.page)).toEqual([]);
	});
});

describe('/findings/ on a phone, 390 px wide', () => {
	it('has no axe violations in light or dark mode, and nothing scrolls the page sideways', async () => {
		const page = await reuseTab(site, { width: 390, height: 844 });
		await page.goto(`${site.url}/findings/`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		const { light, dark } = await axeLightAndDark(page);
		expect({ light, dark, overflow }).toEqual({ light: [], dark: [], overflow: 0 });
	});

	it('draws every forest chart point inside the screen', async () => {
		const page = await reuseTab(site, { width: 390, height: 844 });
		await page.goto(`${site.url}/findings/`);
		const outside = await page
			.locator('.forest .point')
			.evaluateAll(
				(points) =>
					points
						.map((p) => p.getBoundingClientRect())
						.filter((r) => r.left < 0 || r.right > document.documentElement.clientWidth).length,
			);
		const drawn = await page.locator('.forest .point').count();
		expect(drawn).toBeGreaterThan(0);
		expect(outside).toBe(0);
	});

	it('shows each claim as a card that leads with the claim, its check and its summary', async () => {
		const page = await reuseTab(site, { width: 390, height: 844 });
		await page.goto(`${site.url}/findings/`);
		const firstRow = page.locator('#findings-table tbody tr').first();
		const order = await firstRow
			.locator('td')
			.evaluateAll((cells) =>
				[...cells]
					.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
					.map((cell) => cell.className || (cell as HTMLElement).dataset.label),
			);
		const width = await page.locator('#findings-table').evaluate((t) => t.scrollWidth);
		expect(order.slice(0, 3)).toEqual(['statement', 'status-cell', 'summary']);
		expect(width).toBeLessThanOrEqual(390);
	});
});
