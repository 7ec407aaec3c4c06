import { Worker } from 'node:worker_threads';
import { basename } from 'node:path/posix';
import { CARD_STATUSES, type CardContent, shareCardPath } from './card-svg.ts';

/** One card to draw: its file name inside the cards folder, and what it shows. */
export interface CardJob extends CardContent {
	file: string;
}

/** What drawing the cards cost: how many (drawn, or reused from the cache), how long on the worker, and their sizes. */
export interface CardReport {
	count: number;
	drawn: number;
	reused: number;
	seconds: number;
	bytes: number;
	largestBytes: number;
	largestFile: string;
}

/** The jobs for a build: the default card, then one card per summary with its claims by status. */
export function cardJobs(
	articles: readonly {
		id: string;
		data: { title: string; claims: readonly { check: { status: string } }[] };
	}[],
): CardJob[] {
	const count = (claims: readonly { check: { status: string } }[], status: string) =>
		claims.filter((claim) => claim.check.status === status).length;
	return [
		{
			file: basename(shareCardPath()),
			title:
				'Popular articles on MDMA-assisted therapy for PTSD, every claim checked against the papers',
		},
		...articles.map(({ id, data }) => ({
			file: basename(shareCardPath(id)),
			title: data.title,
			counts: Object.fromEntries(
				CARD_STATUSES.map((status) => [status, count(data.claims, status)]),
			) as NonNullable<CardContent['counts']>,
		})),
	];
}

/**
 * Draws every card into `folder` on a worker thread, in one pass over the summaries: Astro renders
 * pages on one thread, so on a second core the cards cost the build little. With a `cacheFolder`
 * (card-cache.ts) a card drawn by an earlier build from the same SVG is copied, not drawn, and the
 * cards this build did not use are removed from it. The worker does not hold the process open; a
 * failure rejects the promise.
 */
export function drawCards(
	jobs: readonly CardJob[],
	folder: string,
	cacheFolder?: string,
): Promise<CardReport> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), {
			workerData: { jobs, folder, cacheFolder },
		});
		worker.unref();
		worker.once('message', resolve);
		worker.once('error', (error) =>
			reject(new Error(`Drawing the share cards failed: ${error.message}`, { cause: error })),
		);
		worker.once(
			'exit',
			(code) =>
				code !== 0 &&
				reject(new Error(`Drawing the share cards failed: the worker exited with code ${code}`)),
		);
	});
}

const kB = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * The build log's line about the cards. The benchmark reads its figures back from it
 * (tests/bench/share-cards.ts), so its wording is pinned by that test.
 */
export function describeCardReport(report: CardReport, waitedSeconds: number): string {
	return `${report.count} share cards in ${report.seconds.toFixed(1)} s on a worker (${waitedSeconds.toFixed(1)} s waited for once pages and search index were done), ${report.drawn} drawn and ${report.reused} reused from the cache, ${kB(report.bytes)} in all, largest ${kB(report.largestBytes)} (${report.largestFile})`;
}
