// A worker thread's entry: draws every share card of a build into a folder while the main thread
// renders pages, and posts what it cost. Started by drawCards() in cards.ts.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { CardCache, cardKey } from './card-cache.ts';
import { CARD_BACKGROUND, cardSvg } from './card-svg.ts';
import type { CardJob, CardReport } from './cards.ts';
import { renderPng } from './render.ts';

const { jobs, folder, cacheFolder } = workerData as {
	jobs: CardJob[];
	folder: string;
	cacheFolder?: string;
};
const start = performance.now();
const report: CardReport = {
	count: 0,
	drawn: 0,
	reused: 0,
	seconds: 0,
	bytes: 0,
	largestBytes: 0,
	largestFile: '',
};
const cache = cacheFolder ? new CardCache(cacheFolder) : undefined;
// Each card's pixmap lives in resvg's native memory, which V8 neither counts nor frees until the
// object's finaliser runs on the event loop: in one synchronous loop 5,000 cards held 18 GB. So
// every batch of drawn cards the worker collects and yields, and the memory stays near 200 MB.
const BATCH = 25;
// A worker cannot be started with --expose-gc; setting the flag at run time exposes gc() in a new context.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
for (const job of jobs) {
	const file = join(folder, job.file);
	const svg = cardSvg(job);
	const key = cardKey(svg, CARD_BACKGROUND);
	let bytes: number;
	if (cache?.copyTo(key, file)) {
		report.reused += 1;
		bytes = statSync(file).size;
	} else {
		if (report.drawn > 0 && report.drawn % BATCH === 0) {
			collect();
			await new Promise((resolve) => setImmediate(resolve));
		}
		const png = renderPng(svg, CARD_BACKGROUND);
		writeFileSync(file, png);
		cache?.keep(key, png);
		report.drawn += 1;
		bytes = png.length;
	}
	report.count += 1;
	report.bytes += bytes;
	if (bytes > report.largestBytes)
		Object.assign(report, { largestBytes: bytes, largestFile: job.file });
}
cache?.prune();
report.seconds = (performance.now() - start) / 1000;
parentPort!.postMessage(report);
