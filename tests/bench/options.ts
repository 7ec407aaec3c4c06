import { parseArgs } from 'node:util';
import type { IndexMode } from './sites/evidence-digest.ts';

/** What `npm run bench -- …` was asked to do. */
export interface BenchOptions {
	/** How many summaries to generate. */
	articles: number;
	/** Builds per site; the report gives medians. */
	runs: number;
	seed: number;
	/** Also build Starlight and, where installed, Hugo + Pagefind. */
	peers: boolean;
	index: IndexMode;
	/** One extra, uncounted build of ours under the V8 profiler; prints where its time went. */
	profile: boolean;
	/** Where to write the JSON report (default tests/.tmp/bench/bench-<N>.json). */
	json?: string;
	/** Keep the temporary folder (content, outputs, logs) instead of deleting it. */
	keep: boolean;
	/** Measure the dev servers (the editor's loop: tests/bench/dev-server.ts) instead of builds. */
	dev: boolean;
	/** With --dev: edits of one summary per run, timed until each shows. */
	edits: number;
}

/** How to call the benchmark, shown with any error in its options. */
export const USAGE =
	'npm run bench -- [--articles 1000] [--runs 3] [--peers] [--seed 1] [--index auto|site|harness] [--profile] [--json file] [--keep] [--dev [--edits 3]]';

function whole(name: string, text: string, min: number): number {
	const value = Number(text);
	if (!Number.isInteger(value) || value < min)
		throw new Error(
			`--${name}: expected a whole number of at least ${min}, found "${text}"\nusage: ${USAGE}`,
		);
	return value;
}

/** Reads the command line; a wrong option stops with what was expected and found. */
export function parseOptions(args: string[]): BenchOptions {
	const { values } = parseArgs({
		args,
		options: {
			articles: { type: 'string', default: '1000' },
			runs: { type: 'string', default: '3' },
			seed: { type: 'string', default: '1' },
			peers: { type: 'boolean', default: false },
			index: { type: 'string', default: 'auto' },
			profile: { type: 'boolean', default: false },
			json: { type: 'string' },
			keep: { type: 'boolean', default: false },
			dev: { type: 'boolean', default: false },
			edits: { type: 'string', default: '3' },
		},
	});
	if (!['auto', 'site', 'harness'].includes(values.index))
		throw new Error(
			`--index: expected auto, site or harness, found "${values.index}"\nusage: ${USAGE}`,
		);
	if (values.dev && values.profile)
		throw new Error(`--profile profiles a build, not the dev servers of --dev\nusage: ${USAGE}`);
	return {
		articles: whole('articles', values.articles, 1),
		runs: whole('runs', values.runs, 1),
		seed: whole('seed', values.seed, 0),
		peers: values.peers,
		index: values.index as IndexMode,
		profile: values.profile,
		json: values.json,
		keep: values.keep,
		dev: values.dev,
		edits: whole('edits', values.edits, 1),
	};
}
