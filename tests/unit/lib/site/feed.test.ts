import { describe, expect, it } from 'vitest';
import { correctionHeadline } from '../../../../src/lib/site/feed.ts';

describe('correctionHeadline', () => {
	it.each([
		['Fixed the dose. Also added a note.', 'Fixed the dose'],
		[
			'Added the claim on dropout; the ratio is now set beside the range.',
			'Added the claim on dropout',
		],
		[
			'The session count now rests on the paper itself, not a later analysis of pooled participants from several trials, which we had cited',
			'The session count now rests on the paper itself, not a later analysis of pooled…',
		],
	])('heads %j with %j', (text, headline) => {
		expect(correctionHeadline(text)).toBe(headline);
	});
});
