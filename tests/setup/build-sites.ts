import buildCorrectedSite from './build-corrected-site.ts';
import buildPagedSite from './build-paged-site.ts';
import buildSite from './build-site.ts';

/**
 * The global setup of the projects that read built sites: the real site, the paged synthetic corpus
 * and the corrected fixture, each built once per run, all three at once. Each build is a chain of
 * child processes that mostly keeps one core busy, so on two cores three at once finish well before
 * three in a row would.
 */
export default async function buildSites(): Promise<void> {
	await Promise.all([buildSite(), buildPagedSite(), buildCorrectedSite()]);
}
