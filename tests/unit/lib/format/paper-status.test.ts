import { describe, expect, it } from 'vitest';
import { statusLabel, statusLine } from '../../../../src/lib/format/paper-status.ts';

describe('paper statuses', () => {
	const date = new Date('2024-08-10T00:00:00Z');
	it.each([
		[{ type: 'retracted', confirmed: true }, 'Retracted on 10 August 2024'],
		[{ type: 'retracted', confirmed: false }, 'Reported retracted on 10 August 2024'],
		[{ type: 'corrected', confirmed: true }, 'Corrected on 10 August 2024'],
		[{ type: 'expression-of-concern', confirmed: true }, 'Expression of concern on 10 August 2024'],
	] as const)('says %j as "%s"', (status, line) => {
		const full = { ...status, date, reason: 'x' };
		expect(statusLine(full)).toBe(line);
		expect(line.startsWith(statusLabel(full))).toBe(true);
	});
});
