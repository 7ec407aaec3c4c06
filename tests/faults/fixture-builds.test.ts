import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_CASES, type ContentCase, brokenCopy } from '../unit/cases/content-cases.ts';
import { BUILD_SCRIPT, ROOT } from '../setup/paths.ts';

// Real builds of the tiny fixture through `npm run build`'s script, one after the other into one output folder: a good build; a build
// killed half way; the same good build again; a build over broken content. Each message's exact text
// is pinned by the unit case table; here one build shows that the build stops, reports every problem
// at once and, like the killed one, leaves the last good site in place.

// The fixture with HTML in every kind of text an author writes (valid content: it must show as text).
// No quotation marks: citeproc curls them in citations, which is typography, not a leak.
const TITLE = 'Is <script>alert(1)</script> <b>MDMA</b> & therapy safe?';
const DESCRIPTION =
	'Two claims <img src=x onerror=alert(2)> on two papers about one trial, and two in-text citations.';
const STATEMENT = 'The post says <i>the therapy</i> cut scores <script>alert(3)</script>.';
const REFERENCE_TITLE = 'A trial <img src=x onerror=alert(4)> of a therapy';
const htmlInText: ContentCase[] = [
	{
		name: 'HTML in the article',
		file: 'articles/tiny-summary.mdx',
		expected: [],
		edit: (t) =>
			t
				.replace('title: A tiny summary for tests', `title: '${TITLE}'`)
				.replace(
					'description: Two claims on two papers about one trial, and two in-text citations.',
					`description: '${DESCRIPTION}'`,
				)
				.replace(
					'statement: The post says the therapy cut symptom scores.',
					`statement: '${STATEMENT}'`,
				),
	},
	{
		name: 'HTML in a reference title',
		file: 'references/doe-2021.json',
		expected: [],
		edit: (t) => t.replace('"A trial of a therapy"', JSON.stringify(REFERENCE_TITLE)),
	},
];
const broken = CONTENT_CASES.filter((c) =>
	[
		'a malformed DOI',
		'an unknown reference id in a claim',
		'a CI that does not contain the estimate',
		'an unknown id in <Cite>',
	].includes(c.name),
);

const contentDir = brokenCopy(...htmlInText);
const outParent = mkdtempSync(join(tmpdir(), 'ed-out-'));
const outDir = join(outParent, 'dist');
// Its own Astro cache: other test files build from this project at the same time.
const cacheDir = mkdtempSync(join(tmpdir(), 'ed-cache-'));

function build() {
	const result = spawnSync(process.execPath, [BUILD_SCRIPT], {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Starts a build and kills it (SIGKILL, as a crash or a CI timeout would) once it has begun writing:
 * Astro logs "Building static entrypoints" right after emptying its output folder, so without a
 * staging folder the old site would be gone at that moment. The build script and the Astro process
 * under it are killed together (their own process group).
 */
async function killedBuild(): Promise<NodeJS.Signals | null> {
	const child = spawn(process.execPath, [BUILD_SCRIPT], {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	child.stdout.on('data', (chunk: Buffer) => {
		if (/Building static entrypoints/.test(chunk.toString())) process.kill(-child.pid!, 'SIGKILL');
	});
	child.stderr.resume();
	return new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
}

/** Every file of the output with the SHA-256 of its bytes. */
function snapshot(dir = outDir): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string) => {
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else
				files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
		}
	};
	walk(dir);
	return files;
}

const page = (path: string): HTMLElement =>
	parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'), {
		blockTextElements: { script: true, style: true },
	});
const htmlFiles = (files: Record<string, string>) =>
	Object.keys(files).filter((f) => f.endsWith('.html'));

let first: ReturnType<typeof build>;
let killed: Awaited<ReturnType<typeof killedBuild>>;
let afterKill: Record<string, string>;
let second: ReturnType<typeof build>;
let failed: ReturnType<typeof build>;
let afterFirst: Record<string, string>;
let afterSecond: Record<string, string>;
let afterFailure: Record<string, string>;
let leftAround: string[];

beforeAll(async () => {
	first = build();
	afterFirst = snapshot();
	killed = await killedBuild();
	afterKill = snapshot();
	second = build();
	afterSecond = snapshot();
	for (const testCase of broken)
		writeFileSync(
			join(contentDir, testCase.file),
			testCase.edit(readFileSync(join(contentDir, testCase.file), 'utf8')),
		);
	failed = build();
	afterFailure = snapshot();
	leftAround = readdirSync(outParent);
});
afterAll(() =>
	[contentDir, outParent, cacheDir].forEach((d) => rmSync(d, { recursive: true, force: true })),
);

describe('content with HTML in its text', () => {
	it('builds', () => {
		expect(first.status, first.output).toBe(0);
	});

	it('shows the title, description and claim as text on the article page, its meta tags and JSON-LD', () => {
		const html = page('articles/tiny-summary');
		expect(html.querySelector('h1')?.text).toBe(TITLE);
		expect(html.querySelector('title')?.text).toBe(`${TITLE} · evidence-digest`);
		// A summary carries no Highwire tags (it is a web page of this site); the share card's alt text names it.
		expect(html.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(TITLE);
		expect(html.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toMatch(
			new RegExp(`^${TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
		);
		expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
			DESCRIPTION,
		);
		expect(html.querySelector('.lead')?.text).toBe(DESCRIPTION);
		expect(html.querySelector('.claims h3')?.text).toBe(STATEMENT);
		// One graph: the Article and a ClaimReview per claim, each with the text as written.
		const graph = (
			JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text) as {
				'@graph': Record<string, unknown>[];
			}
		)['@graph'];
		expect(graph.find((node) => node['@type'] === 'Article')).toMatchObject({ headline: TITLE });
		expect(
			graph.filter((node) => node['@type'] === 'ClaimReview').map((n) => n.claimReviewed),
		).toContain(STATEMENT);
		// The paper's own page carries its Highwire title, as text.
		expect(
			page('references/doe-2021')
				.querySelector('meta[name="citation_title"]')
				?.getAttribute('content'),
		).toBe(REFERENCE_TITLE);
		expect(html.querySelector('.cite-this p')?.text).toContain(TITLE);
		expect(html.querySelector('.cite-this pre')?.text).toContain(
			'title = {Is \\textless{}script\\textgreater{}',
		);
		expect(html.querySelector('.bibliography')?.text).toContain(REFERENCE_TITLE);
	});

	it('shows them as text on the pages that list them', () => {
		expect(
			page('')
				.querySelectorAll('a')
				.map((a) => a.text),
		).toContain(TITLE);
		expect(page('references/doe-2021').querySelector('.claim-list')?.text).toContain(STATEMENT);
		expect(page('references/doe-2021').querySelector('h1 + p, .citation')?.text).toContain(
			REFERENCE_TITLE,
		);
	});

	it('lets no element, script or event handler through anywhere', () => {
		for (const file of htmlFiles(afterFirst)) {
			const html = parse(readFileSync(join(outDir, file), 'utf8'));
			// Scripts the site ships are files under /_astro/, or the findings table's module, which Astro
			// inlines; every payload in this fixture calls alert(), so any other inline script came from content.
			const ours = (el: HTMLElement) =>
				el.getAttribute('src')?.startsWith('/_astro/') ||
				(file === 'findings/index.html' &&
					el.getAttribute('type') === 'module' &&
					!el.text.includes('alert('));
			const inline = html
				.querySelectorAll('script')
				.filter((el) => el.getAttribute('type') !== 'application/ld+json' && !ours(el));
			expect(
				[...html.querySelectorAll('img, b'), ...inline].map((el) => el.outerHTML),
				file,
			).toEqual([]);
			expect(
				html
					.querySelectorAll('*')
					.filter((el) => Object.keys(el.attributes).some((name) => /^on/i.test(name))),
				file,
			).toEqual([]);
		}
	});
});

describe('two builds of the same content', () => {
	// The search index too: pages reach Pagefind in the order of their paths
	// (src/build/search-index.ts), so a deploy uploads only what changed. The order itself is held by
	// tests/unit/build/search-index.test.ts, whose reads finish backwards.
	it('write the same files, byte for byte, search index included', () => {
		expect(second.status, second.output).toBe(0);
		expect(htmlFiles(afterSecond).length).toBeGreaterThan(10);
		expect(Object.keys(afterSecond).some((file) => file.startsWith('pagefind/'))).toBe(true);
		expect(afterSecond).toEqual(afterFirst);
	});
});

describe('a build killed half way', () => {
	it('leaves the last good site in place', () => {
		expect(killed).toBe('SIGKILL');
		expect(afterKill).toEqual(afterFirst);
	});
});

describe('a build over broken content', () => {
	it('stops with a non-zero exit', () => {
		expect(failed.status).not.toBe(0);
	});

	it.each(broken.map((c) => [c.name, c] as const))(
		'reports %s under its file',
		(_name, testCase) => {
			const file = relative(ROOT, join(contentDir, testCase.file));
			expect(failed.output).toContain(file);
			expect(failed.output.slice(failed.output.indexOf(file))).toContain(`  ${testCase.expected}`);
		},
	);

	it('leaves the last good site in place, whole, with nothing half-built beside it after all these builds', () => {
		expect(afterFailure).toEqual(afterSecond);
		expect(leftAround).toEqual(['dist']);
	});
});
