// A worker thread's entry: draws every share card of a build into a folder while the main thread
// renders pages, and posts what it cost. Started by drawCards() in cards.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { CARD_BACKGROUND, cardSvg } from './card-svg.ts';
import type { CardJob, CardReport } from './cards.ts';
import { renderPng } from './render.ts';

const { jobs, folder } = workerData as { jobs: CardJob[]; folder: string };
const start = performance.now();
const report: CardReport = { count: 0, seconds: 0, bytes: 0, largestBytes: 0, largestFile: '' };
// Each card's pixmap lives in resvg's native memory, which V8 neither counts nor frees until the
// object's finaliser runs on the event loop: in one synchronous loop 5,000 cards held 18 GB. So
// every batch the worker collects and yields, and the memory stays near 200 MB.
const BATCH = 25;
// A worker cannot be started with --expose-gc; setting the flag at run time exposes gc() in a new context.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
for (const [i, job] of jobs.entries()) {
	if (i > 0 && i % BATCH === 0) {
		collect();
		await new Promise((resolve) => setImmediate(resolve));
	}
	const png = renderPng(cardSvg(job), CARD_BACKGROUND);
	writeFileSync(join(folder, job.file), png);
	report.count += 1;
	report.bytes += png.length;
	if (png.length > report.largestBytes)
		Object.assign(report, { largestBytes: png.length, largestFile: job.file });
}
report.seconds = (performance.now() - start) / 1000;
parentPort!.postMessage(report);
