import { afterEach, describe, expect, it } from 'vitest';
import {
	BUILD_CONTEXT_KEY,
	type BuildContextSlot,
	setContentCheck,
} from '../../../../src/lib/build-context.ts';
import type { ContentCheck } from '../../../../src/lib/check/content-check.ts';
import { withLastmod } from '../../../../src/lib/site/sitemap-lastmod.ts';

describe('withLastmod', () => {
	const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
	afterEach(() => {
		delete (globalThis as BuildContextSlot)[BUILD_CONTEXT_KEY];
	});

	it('dates a summary by its update, the lists by the newest summary, and nothing else', () => {
		setContentCheck({
			readProblems: [],
			schemaProblems: new Map(),
			ruleProblems: [],
			content: {
				articles: [
					{ id: 'old', file: 'old.mdx', data: { published: day('2026-01-02') } },
					{
						id: 'new',
						file: 'new.mdx',
						data: { published: day('2026-02-01'), updated: day('2026-03-04') },
					},
				],
			},
		} as unknown as ContentCheck);
		const at = (path: string) =>
			withLastmod({ url: `https://evidence-digest.example${path}` }).lastmod;
		expect(['/articles/old/', '/articles/new/', '/', '/articles/', '/about/'].map(at)).toEqual([
			'2026-01-02',
			'2026-03-04',
			'2026-03-04',
			'2026-03-04',
			undefined,
		]);
	});
});
