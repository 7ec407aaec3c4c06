import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import {
	BUILD_CONTEXT_KEY,
	type BuildContextSlot,
	buildContext,
	checkAllContent,
} from '../../../../src/lib/build-context.ts';
import type { CollectionName } from '../../../../src/lib/check/collections.ts';
import { contentLoader } from '../../../../src/lib/render/content-loader.ts';
import { CASE_TODAY, FIXTURE } from '../../cases/content-cases.ts';

type Stored = {
	id: string;
	data: Record<string, unknown>;
	digest?: string;
	rendered?: { html: string };
};

/** Enough of Astro's loader context to run a loader outside Astro; parseData must never be called. */
function fakeContext(): { context: LoaderContext; stored: Map<string, Stored> } {
	const stored = new Map<string, Stored>();
	const context = {
		store: {
			get: (id: string) => stored.get(id),
			set: (entry: Stored) => (stored.set(entry.id, entry), true),
			keys: () => [...stored.keys()],
			delete: (id: string) => stored.delete(id),
		},
		generateDigest: (value: unknown) => String(value).length.toString(36),
		parseData: () => {
			throw new Error('the loader parsed an entry a second time');
		},
		logger: { info() {}, warn() {}, error() {} },
	} as unknown as LoaderContext;
	return { context, stored };
}

async function load(collection: CollectionName) {
	const { context, stored } = fakeContext();
	await contentLoader(collection).load(context);
	return stored;
}

describe('contentLoader', () => {
	afterEach(() => delete (globalThis as BuildContextSlot)[BUILD_CONTEXT_KEY]);

	it("serves the checker's own entries, not a second parse of the files", async () => {
		const check = checkAllContent(FIXTURE, CASE_TODAY);
		for (const collection of ['references', 'trials', 'outcomes', 'events'] as const) {
			const stored = await load(collection);
			expect([...stored.keys()]).toEqual(check.content[collection].map((e) => e.id));
			for (const entry of check.content[collection])
				expect(stored.get(entry.id)!.data).toBe(entry.data);
		}
	});

	it("keeps what our YAML reading made of a file that Astro's YAML reads otherwise", async () => {
		const check = checkAllContent(FIXTURE, CASE_TODAY);
		// "date: 2024-03-01" unquoted: Astro's YAML makes it a timestamp (a Date at midnight UTC); ours
		// reads the day as written, which the event schema turns into a partial date.
		const event = (await load('events')).get('poe-correction')!;
		expect(check.raw.events.find((e) => e.id === 'poe-correction')!.data).toMatchObject({
			date: '2024-03-01',
		});
		expect(event.data.date).toEqual({ year: 2024, month: 3, day: 1 });
	});

	it('renders each article body to HTML during sync, from the checked body', async () => {
		const check = checkAllContent(FIXTURE, CASE_TODAY);
		const stored = await load('articles');
		const [article] = check.content.articles;
		expect(stored.get(article.id)!.data).toBe(article.data);
		expect(stored.get(article.id)!.rendered!.html).toMatch(/<h2 id="[^"]+">/);
		// Pages read the same HTML from the build context, not through Astro's store.
		expect(buildContext().rendered.get(article.id)!.html).toBe(
			stored.get(article.id)!.rendered!.html,
		);
	});

	it('removes from the store an entry the check no longer has', async () => {
		checkAllContent(FIXTURE, CASE_TODAY);
		const { context, stored } = fakeContext();
		stored.set('gone', { id: 'gone', data: {} });
		await contentLoader('trials').load(context);
		expect([...stored.keys()]).toEqual(['trial-one']);
	});
});
