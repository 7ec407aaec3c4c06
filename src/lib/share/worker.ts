// A worker thread's entry: draws every share card of a build into a folder while the main thread
// renders pages, and posts what it cost. Started by drawCards() in cards.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { cardSvg } from './card-svg.ts';
import type { CardJob, CardReport } from './cards.ts';
import { renderPng } from './render.ts';

const { jobs, folder } = workerData as { jobs: CardJob[]; folder: string };
const start = performance.now();
const report: CardReport = { count: 0, seconds: 0, bytes: 0, largestBytes: 0, largestFile: '' };
for (const job of jobs) {
	const png = renderPng(cardSvg(job));
	writeFileSync(join(folder, job.file), png);
	report.count += 1;
	report.bytes += png.length;
	if (png.length > report.largestBytes) Object.assign(report, { largestBytes: png.length, largestFile: job.file });
}
report.seconds = (performance.now() - start) / 1000;
parentPort!.postMessage(report);
