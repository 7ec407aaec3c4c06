// `npm run bench`: builds N synthetic summaries with this site (and with --peers, Starlight and Hugo)
// and reports build time by phase, memory, output size and search speed; with --dev, times the
// editor's loop in the dev servers instead. README, "Benchmark".
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { measureInBrowser, median } from './browser.ts';
import { type Corpus, generateCorpus } from './generate/corpus.ts';
import { measureOutput } from './output.ts';
import { summarizeProfile } from './profile.ts';
import { type DevRun, measureDevServer } from './dev-server.ts';
import {
	type DevResult,
	devRatios,
	devTargets,
	formatDevTable,
	formatTable,
	medianRun,
	ratios,
	type SiteResult,
	targets,
} from './report.ts';
import { type BenchOptions, parseOptions, USAGE } from './options.ts';
import { evidenceDigest } from './sites/evidence-digest.ts';
import { hugo, hugoVersion } from './sites/hugo.ts';
import { proseBytes, toMarkdown } from './sites/markdown.ts';
import type { RunFigures, Site } from './sites/site.ts';
import { starlight } from './sites/starlight.ts';

const started = performance.now();
function progress(options: BenchOptions, message: string): void {
	const elapsed = Math.round((performance.now() - started) / 1000);
	process.stderr.write(
		`[bench ${options.articles}] ${String(Math.floor(elapsed / 60)).padStart(2, '0')}:${String(elapsed % 60).padStart(2, '0')} ${message}\n`,
	);
}

/** Builds every site `runs` times, round-robin so that a slow spell of the machine hits them all. */
async function buildAll(
	sites: Site[],
	work: string,
	options: BenchOptions,
	say: (m: string) => void,
): Promise<Map<Site, RunFigures[]>> {
	const results = new Map<Site, RunFigures[]>(sites.map((site) => [site, []]));
	const rounds = options.profile
		? [0, ...Array.from({ length: options.runs }, (_, i) => i + 1)]
		: Array.from({ length: options.runs }, (_, i) => i + 1);
	for (const round of rounds) {
		for (const site of round === 0 ? sites.slice(0, 1) : sites) {
			const label =
				round === 0
					? `${site.name}: profiling build (not counted)`
					: `${site.name}: build ${round} of ${options.runs}`;
			say(`${label}…`);
			const out = join(work, 'out', site.name);
			const cacheDir = join(work, 'cache', `${site.name}-${round}`);
			rmSync(out, { recursive: true, force: true });
			mkdirSync(cacheDir, { recursive: true });
			const figures = await site.run(out, {
				log: join(work, 'logs', `${site.name}-${round}.log`),
				cacheDir,
				profileDir: round === 0 ? join(work, 'profile') : undefined,
				onTick: (s) => say(`${label}: ${Math.round(s)} s so far`),
			});
			if (round > 0) results.get(site)!.push(figures);
			const gb = (bytes: number) => (bytes / 1e9).toFixed(2);
			say(
				`${label}: ${figures.totalSeconds.toFixed(1)} s (build ${figures.buildSeconds.toFixed(1)} s, index ${figures.indexSeconds.toFixed(1)} s), peak ${gb(figures.peakBytes)} GB (build ${gb(figures.buildPeakBytes)}, index ${gb(figures.indexPeakBytes)})`,
			);
		}
	}
	return results;
}

/** Measures each site's last output on disk and in Chromium, with the medians of its runs. */
async function measureSites(
	sites: Site[],
	corpus: Corpus,
	work: string,
	built: { runs: Map<Site, RunFigures[]>; versions: Map<Site, string> },
	say: (m: string) => void,
): Promise<SiteResult[]> {
	const markdown = toMarkdown(corpus);
	const prose = new Map(corpus.articles.map((a) => [a.id, proseBytes(markdown(a.body))]));
	const results: SiteResult[] = [];
	for (const site of sites) {
		const out = join(work, 'out', site.name);
		say(`${site.name}: measuring output and searching in Chromium`);
		const { figures: output, articles } = measureOutput(out);
		const browser = await measureInBrowser(
			out,
			`/articles/${corpus.articles[0].id}/`,
			corpus.queries,
			{ loadsFilters: site.searchLoadsFilters },
		);
		const runs = built.runs.get(site)!;
		const m = medianRun(runs);
		results.push({
			name: site.name,
			version: built.versions.get(site)!,
			runs,
			median: m,
			pagesPerSecond: output.pages / m.buildSeconds,
			output,
			articleHtmlBeyondProseBytes: median(
				[...articles].map(([slug, a]) => a.bytes - (prose.get(slug) ?? 0)),
			),
			chromeBytes: median(
				[...articles].map(([slug, a]) => a.bytes - (prose.get(slug) ?? 0) - a.panelBytes),
			),
			browser: {
				...browser,
				openMedianMs: median(browser.openMs),
				searchMedianMs: median(browser.searchMs),
				firstQueryMedianBytes: median(browser.firstQueryBytes),
				firstQueryBeyondFixedMedianBytes: median(browser.firstQueryBeyondFixedBytes),
			},
		});
	}
	return results;
}

/** Prints the table, the targets, the profile summary and a note when the machine was busy. */
function printReport(
	options: BenchOptions,
	corpus: Corpus,
	results: SiteResult[],
	targetList: ReturnType<typeof targets>,
	load: { start: number; end: number },
	profile?: { file: string; summary: ReturnType<typeof summarizeProfile> },
): void {
	console.log(
		`\n${options.articles} synthetic summaries (${corpus.references.length} references, ${corpus.words} words of prose); medians of ${options.runs} ${options.runs === 1 ? 'run' : 'runs'}; ${results.map((r) => r.version).join('; ')}.\n`,
	);
	console.log(formatTable(results, targetList));
	if (profile) {
		console.log(
			`\nWhere the CPU time of one build went (${(profile.summary.totalMs / 1000).toFixed(1)} s sampled; self time):`,
		);
		for (const row of [
			...profile.summary.owners.slice(0, 10),
			...profile.summary.functions.slice(0, 10),
		])
			console.log(
				`  ${(row.selfMs / 1000).toFixed(1).padStart(6)} s  ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.where}`,
			);
		console.log(`  (profile: ${profile.file}; open it in Chrome DevTools)`);
	}
	printBusyNote(load);
}

/** A note when the load average was above the CPU count at the start or the end. */
function printBusyNote(load: { start: number; end: number }): void {
	const busy = Math.max(load.start, load.end) > cpus().length;
	if (busy)
		console.log(
			`\nNote: the machine was busy (load average ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end, ${cpus().length} CPUs); times are slower than on an idle machine, ratios less so.`,
		);
}

/** The command line's options, or a stop with what was wrong (no stack trace for a typo). */
function optionsOrExit(): BenchOptions {
	try {
		return parseOptions(process.argv.slice(2));
	} catch (error) {
		const message = (error as Error).message;
		console.error(message.includes('usage:') ? message : `${message}\nusage: ${USAGE}`);
		process.exit(2);
	}
}

/** What the machine was, for the JSON report: CPUs, memory, Node, load at the start and the end. */
function machineFigures(load: { start: number; end: number }) {
	return {
		cpus: cpus().length,
		cpu: cpus()[0]?.model,
		memoryBytes: totalmem(),
		node: process.version,
		loadAverage: load,
	};
}

/** What the corpus held, for the JSON report. */
function corpusFigures(corpus: Corpus) {
	return {
		articles: corpus.articles.length,
		references: corpus.references.length,
		trials: corpus.trials.length,
		outcomes: corpus.outcomes.length,
		words: corpus.words,
		queries: corpus.queries,
	};
}

/** Writes the JSON report (--json, or tests/.tmp/bench/<name>.json) and returns its path. */
function writeReport(options: BenchOptions, name: string, report: object): string {
	const jsonFile = resolve(options.json ?? join('tests', '.tmp', 'bench', `${name}.json`));
	mkdirSync(dirname(jsonFile), { recursive: true });
	writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
	return jsonFile;
}

/** Builds, measures and reports every site (the default mode). */
async function benchBuilds(
	options: BenchOptions,
	prepared: { sites: Site[]; versions: Map<Site, string>; corpus: Corpus },
	work: string,
	load: { start: number; end: number },
	say: (m: string) => void,
): Promise<void> {
	const { sites, versions, corpus } = prepared;
	const runs = await buildAll(sites, work, options, say);
	const results = await measureSites(sites, corpus, work, { runs, versions }, say);
	load.end = loadavg()[0];
	const [ours, ...peers] = results;
	const targetList = targets(ours, new Map(peers.map((p) => [p.name, p])));
	const profileFile = options.profile
		? join(work, 'profile', readdirSync(join(work, 'profile'))[0])
		: undefined;
	const profile = profileFile
		? { file: profileFile, summary: summarizeProfile(profileFile) }
		: undefined;
	const jsonFile = writeReport(options, `bench-${options.articles}`, {
		articles: options.articles,
		seed: options.seed,
		runs: options.runs,
		machine: machineFigures(load),
		corpus: corpusFigures(corpus),
		sites: results,
		ratios: Object.fromEntries(peers.map((p) => [p.name, ratios(ours, p)])),
		targets: targetList,
		profile: profile?.summary,
	});
	printReport(options, corpus, results, targetList, load, profile);
	console.log(`\nJSON: ${jsonFile}`);
}

/**
 * Runs every site's dev server `runs` times, round-robin as the builds are, each run cold (no content
 * store, a fresh cache): home page, first summary, edits (tests/bench/dev-server.ts).
 */
async function runDevServers(
	{ sites, versions, corpus }: { sites: Site[]; versions: Map<Site, string>; corpus: Corpus },
	work: string,
	options: BenchOptions,
	say: (m: string) => void,
): Promise<DevResult[]> {
	const measured = new Map(
		sites.map((site) => [site, { runs: [] as DevRun[], edits: [] as number[][] }]),
	);
	for (let round = 1; round <= options.runs; round++) {
		for (const site of sites) {
			const label = `${site.name}: dev server ${round} of ${options.runs}`;
			const cacheDir = join(work, 'cache', `${site.name}-dev-${round}`);
			mkdirSync(cacheDir, { recursive: true });
			const { run, edits } = await measureDevServer(site.dev!(), {
				articleId: corpus.articles[0].id,
				edits: options.edits,
				log: join(work, 'logs', `${site.name}-dev-${round}.log`),
				cacheDir,
				say: (m) => say(`${label}: ${m}`),
			});
			measured.get(site)!.runs.push(run);
			measured.get(site)!.edits.push(edits);
		}
	}
	return sites.map((site) => {
		const { runs, edits } = measured.get(site)!;
		return { name: site.name, version: versions.get(site)!, runs, median: medianRun(runs), edits };
	});
}

/** Times the editor's loop in the dev servers and reports it (--dev). */
async function benchDevServers(
	options: BenchOptions,
	prepared: { sites: Site[]; versions: Map<Site, string>; corpus: Corpus },
	work: string,
	load: { start: number; end: number },
	say: (m: string) => void,
): Promise<void> {
	const { corpus } = prepared;
	const results = await runDevServers(prepared, work, options, say);
	load.end = loadavg()[0];
	const [ours, ...peers] = results;
	const targetList = devTargets(ours);
	const jsonFile = writeReport(options, `bench-dev-${options.articles}`, {
		mode: 'dev',
		articles: options.articles,
		seed: options.seed,
		runs: options.runs,
		edits: options.edits,
		editedSummary: corpus.articles[0].id,
		machine: machineFigures(load),
		corpus: corpusFigures(corpus),
		dev: results,
		ratios: Object.fromEntries(peers.map((p) => [p.name, devRatios(ours, p)])),
		targets: targetList,
	});
	console.log(
		`\n${options.articles} synthetic summaries (${corpus.references.length} references, ${corpus.words} words of prose); dev servers, ${options.edits} ${options.edits === 1 ? 'edit' : 'edits'} of one summary per run; medians of ${options.runs} ${options.runs === 1 ? 'run' : 'runs'}; ${results.map((r) => r.version).join('; ')}.\n`,
	);
	console.log(formatDevTable(results, targetList));
	printBusyNote(load);
	console.log(`\nJSON: ${jsonFile}`);
}

/** The sites to run: ours, and with --peers Starlight and (builds only, where installed) Hugo. */
function chooseSites(options: BenchOptions, say: (m: string) => void): Site[] {
	const sites: Site[] = [evidenceDigest(options.index)];
	if (options.peers) sites.push(starlight());
	if (options.peers && options.dev) say('--dev runs Astro dev servers, so Hugo is left out');
	else if (options.peers && hugoVersion()) sites.push(hugo());
	else if (options.peers)
		say('hugo is not installed, so Hugo is left out (Debian: apt-get install hugo)');
	return sites;
}

async function main(): Promise<void> {
	const options = optionsOrExit();
	const say = (message: string) => progress(options, message);
	const work = mkdtempSync(join(tmpdir(), 'evidence-digest-bench-'));
	mkdirSync(join(work, 'logs'));
	const load = { start: loadavg()[0], end: 0 };
	// An interrupted run (Ctrl-C stops a dev server and exits) leaves past the finally below.
	const dropWork = () => rmSync(work, { recursive: true, force: true });
	if (!options.keep && !options.profile) process.on('exit', dropWork);
	try {
		say(`generating ${options.articles} summaries (seed ${options.seed}) in ${work}`);
		const corpus = generateCorpus({ articles: options.articles, seed: options.seed });
		const sites = chooseSites(options, say);
		const versions = new Map<Site, string>();
		for (const site of sites) versions.set(site, await site.prepare(corpus, work, say));
		const prepared = { sites, versions, corpus };
		if (options.dev) await benchDevServers(options, prepared, work, load, say);
		else await benchBuilds(options, prepared, work, load, say);
	} finally {
		if (options.keep || options.profile) say(`kept ${work}`);
		else dropWork();
	}
}

await main();
