import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCardReport } from '../../src/lib/share/cards.ts';
import { shareCardFigures } from './share-cards.ts';

describe('shareCardFigures', () => {
	it('reads the times from the line the integration logs and the sizes from og/', () => {
		const out = mkdtempSync(join(tmpdir(), 'ed-bench-cards-'));
		mkdirSync(join(out, 'og'));
		writeFileSync(join(out, 'og', 'a.png'), Buffer.alloc(3000));
		writeFileSync(join(out, 'og', 'b.png'), Buffer.alloc(5000));
		const line = describeCardReport(
			{
				count: 2,
				drawn: 1,
				reused: 1,
				seconds: 12.34,
				bytes: 8000,
				largestBytes: 5000,
				largestFile: 'b.png',
			},
			0.5,
		);
		expect(shareCardFigures(`12:00:00 [evidence-digest:share-cards] ${line}\n`, out)).toEqual({
			shareCards: 2,
			shareCardSeconds: 12.3,
			shareCardWaitSeconds: 0.5,
			shareCardBytes: 8000,
			shareCardLargestBytes: 5000,
		});
		expect(shareCardFigures('no such line', out)).toBeUndefined();
		rmSync(out, { recursive: true, force: true });
	});
});
