// A worker thread's entry: formats every citation of a build (formatted.ts) while the main thread
// bundles and renders pages, and posts the result back. Started by startCitationWorker().
import { parentPort, workerData } from 'node:worker_threads';
import { type CitedArticle, formatCitations } from './formatted.ts';
import type { IdentifiedReference } from './index.ts';

const { references, articles, site } = workerData as {
	references: IdentifiedReference[];
	articles: CitedArticle[];
	site: string;
};
parentPort!.postMessage(formatCitations(references, articles, new URL(site)));
