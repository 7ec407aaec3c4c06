import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../generate/corpus.ts';
import { measure } from '../measure.ts';

/** The figures of one clean build of one site, build and search index. */
export interface RunFigures {
	/** Build and index, wall clock. */
	totalSeconds: number;
	/** Build without the index. */
	buildSeconds: number;
	/** Search indexing: Pagefind over the built pages. */
	indexSeconds: number;
	/** Astro only: from the start to build:start (config, content checks, content sync). */
	syncSeconds?: number;
	/** Astro only: from build:start to the last page written (bundling, then rendering). */
	renderSeconds?: number;
	/** Astro only: the bundling part of renderSeconds, before the first page is rendered. */
	bundleSeconds?: number;
	/** The largest memory its processes held at once, build or index. */
	peakBytes: number;
	/** The build's own peak (Astro's or Hugo's process), without Pagefind. */
	buildPeakBytes: number;
	/** Pagefind's peak while indexing (its binary; with the harness, also the small Node process driving it). */
	indexPeakBytes: number;
	/** Our site only: the share cards (og:image) it drew, their time and bytes (share-cards.ts). */
	shareCards?: number;
	shareCardSeconds?: number;
	shareCardWaitSeconds?: number;
	shareCardBytes?: number;
	shareCardLargestBytes?: number;
}

/** What the benchmark needs from each site it builds: ours, Starlight, Hugo. */
export interface Site {
	name: string;
	/**
	 * Whether opening its search loads every filter index: Pagefind's Default UI (Starlight's, and
	 * the one used with Hugo) calls filters() at once; our header search loads none.
	 */
	searchLoadsFilters: boolean;
	/** Installs what it needs and writes its project for the corpus; returns what it runs (name and version). */
	prepare(corpus: Corpus, work: string, progress: (message: string) => void): Promise<string>;
	/** One clean build and index into `out`, its output to `log`. */
	run(out: string, options: RunOptions): Promise<RunFigures>;
	/** Astro sites: the prepared project as `astro dev` runs it (`--dev`, tests/bench/dev-server.ts). */
	dev?(): DevProject;
}

/** What the dev-server bench needs of a prepared Astro project: where it runs, with what, and a summary's file. */
export interface DevProject {
	root: string;
	env: NodeJS.ProcessEnv;
	/** The file a summary's page is rendered from, which the bench edits. */
	articleFile(id: string): string;
}

/** Where one build writes its log and cache, and whom it tells how long it has been running. */
export interface RunOptions {
	log: string;
	/** A cache folder of its own, fresh for each run, so no build reuses another's work. */
	cacheDir: string;
	/** Write a V8 CPU profile of the build here (Astro sites). */
	profileDir?: string;
	onTick: (seconds: number) => void;
}

const BENCH = new URL('../', import.meta.url).pathname;

/** What runAstro measured: wall time, phases (seconds), peaks. */
export type AstroBuild = Awaited<ReturnType<typeof runAstro>>;

/** Builds an Astro project with tests/bench/astro-build.ts and returns its phases (seconds) and peak. */
export async function runAstro(
	root: string,
	out: string,
	options: RunOptions,
	env: NodeJS.ProcessEnv = {},
) {
	const timings = join(options.cacheDir, 'timings.json');
	const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
	const result = await measure(
		process.execPath,
		[...profile, join(BENCH, 'astro-build.ts'), root, options.cacheDir, timings],
		{
			cwd: root,
			env: { ...env, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
			log: options.log,
			onTick: options.onTick,
		},
	);
	if (result.code !== 0 || !existsSync(timings))
		throw new Error(
			`The build in ${root} failed (exit ${result.code}); its output is in ${options.log}`,
		);
	const { marks, maxRssBytes } = JSON.parse(readFileSync(timings, 'utf8')) as {
		marks: Record<string, number>;
		maxRssBytes: number;
	};
	const seconds = (from: number, to: number) => (to - from) / 1000;
	return {
		wallSeconds: result.seconds,
		peakBytes: Math.max(result.peakBytes, maxRssBytes),
		buildPeakBytes: maxRssBytes,
		/** Pagefind's peak when the project indexes in its own build (Starlight; our site with an integration). */
		indexPeakBytes: result.pagefindPeakBytes,
		syncSeconds: seconds(0, marks.buildStart),
		bundleSeconds:
			marks.generateStart === undefined
				? undefined
				: seconds(marks.buildStart, marks.generateStart),
		renderSeconds: seconds(marks.buildStart, marks.generated),
		/** What the project's own integrations did after the pages were written (a search index, say). */
		afterPagesSeconds: seconds(marks.generated, marks.done),
	};
}

/** Indexes a built folder with Pagefind's Node API in its own process (tests/bench/pagefind-index.ts). */
export async function runPagefind(
	site: string,
	options: RunOptions,
): Promise<{ seconds: number; peakBytes: number }> {
	const result = await measure(process.execPath, [join(BENCH, 'pagefind-index.ts'), site], {
		cwd: BENCH,
		log: `${options.log}.pagefind`,
		onTick: options.onTick,
	});
	if (result.code !== 0)
		throw new Error(`Pagefind failed on ${site}; its output is in ${result.log}`);
	return { seconds: result.seconds, peakBytes: result.peakBytes };
}

const phases = (build: AstroBuild) => ({
	syncSeconds: build.syncSeconds,
	renderSeconds: build.renderSeconds,
	bundleSeconds: build.bundleSeconds,
});

/** The figures of an Astro build that indexed itself after its pages (Starlight; ours with an integration). */
export function indexedInBuild(build: AstroBuild): RunFigures {
	const { wallSeconds, afterPagesSeconds, peakBytes, buildPeakBytes, indexPeakBytes } = build;
	return {
		totalSeconds: wallSeconds,
		buildSeconds: wallSeconds - afterPagesSeconds,
		indexSeconds: afterPagesSeconds,
		...phases(build),
		peakBytes,
		buildPeakBytes,
		indexPeakBytes,
	};
}

/** The figures of a build (Astro's or Hugo's) followed by runPagefind. */
export function indexedAfter(
	build: { seconds: number; peakBytes: number; astro?: AstroBuild },
	index: { seconds: number; peakBytes: number },
): RunFigures {
	const astro = build.astro ? phases(build.astro) : {};
	const buildPeakBytes = build.astro?.buildPeakBytes ?? build.peakBytes;
	return {
		totalSeconds: build.seconds + index.seconds,
		buildSeconds: build.seconds,
		indexSeconds: index.seconds,
		...astro,
		peakBytes: Math.max(build.peakBytes, index.peakBytes),
		buildPeakBytes,
		indexPeakBytes: index.peakBytes,
	};
}
