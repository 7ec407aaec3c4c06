import { Worker } from 'node:worker_threads';
import { publishFormattedCitations } from '../build-context.ts';
import type { FormattedCitations } from './formatted.ts';
import type { IdentifiedReference } from './index.ts';

/**
 * Formats the build's citations on a worker thread. citeproc takes about 3 ms an item (5,000
 * summaries and 1,000 references: 18 s of a build); Astro renders on one thread, so on a second
 * core this is done by the time the first page needs it. The worker does not hold the process open;
 * its failure rejects the promise, which fails the first page that awaits it.
 */
export function startCitationWorker(
	references: readonly IdentifiedReference[],
	articles: readonly { id: string; data: { title: string; published: Date } }[],
	site: URL,
): Promise<FormattedCitations> {
	const workerData = {
		references: references.map(({ id, data }) => ({ id, data })),
		articles: articles.map(({ id, data }) => ({
			id,
			data: { title: data.title, published: data.published },
		})),
		site: site.href,
	};
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData });
		worker.unref();
		worker.once('message', resolve);
		worker.once('error', (error) =>
			reject(new Error(`Formatting the citations failed: ${error.message}`, { cause: error })),
		);
		worker.once(
			'exit',
			(code) =>
				code !== 0 &&
				reject(new Error(`Formatting the citations failed: the worker exited with code ${code}`)),
		);
	});
}

/** Starts the worker and publishes its result for the pages of this build (lib/site/query.ts). */
export function publishCitations(...args: Parameters<typeof startCitationWorker>): void {
	const formatted = startCitationWorker(...args);
	// Handled where pages await it; this keeps a failure before any page from being an unhandled rejection.
	formatted.catch(() => {});
	publishFormattedCitations(formatted);
}
