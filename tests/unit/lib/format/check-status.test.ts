import { describe, expect, it } from 'vitest';
import { isRecordCheck } from '../../../../src/lib/format/check-status.ts';

describe('isRecordCheck', () => {
	it.each([
		["a claim resting on a regulator's document", { kind: 'finding' as const }, 'regulatory', true],
		[
			'a claim resting on a paper, even a regulatory one',
			{ kind: 'regulatory' as const },
			'rct',
			false,
		],
		['a regulatory claim that cites nothing', { kind: 'regulatory' as const }, undefined, true],
		['a finding that cites nothing', { kind: 'finding' as const }, undefined, false],
	])('says %s is checked against a record: %s', (_name, claim, design, record) => {
		expect(isRecordCheck(claim, design)).toBe(record);
	});
});
