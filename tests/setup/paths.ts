import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the test run builds the real site (never dist/, which `npm start` serves). */
export const TEST_DIST = fileURLToPath(new URL('../.tmp/dist/', import.meta.url));
/** Where the test run builds a synthetic corpus long enough that every list has several pages. */
export const PAGED_DIST = fileURLToPath(new URL('../.tmp/paged-dist/', import.meta.url));
/** That corpus's content folder, written by tests/setup/build-paged-site.ts. */
export const PAGED_CONTENT = fileURLToPath(new URL('../.tmp/paged-content/', import.meta.url));
/** Where the test run builds the fixture content with a correction added (build-corrected-site.ts). */
export const CORRECTED_DIST = fileURLToPath(new URL('../.tmp/corrected-dist/', import.meta.url));
/** That content's folder. */
export const CORRECTED_CONTENT = fileURLToPath(
	new URL('../.tmp/corrected-content/', import.meta.url),
);
/** Astro's command-line entry, run with the same Node as the tests. */
export const ASTRO_BIN = fileURLToPath(
	new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url),
);
/** What `npm run build` runs: Astro, then the search index, then the swap (src/build/build.ts). */
export const BUILD_SCRIPT = fileURLToPath(new URL('../../src/build/build.ts', import.meta.url));

/**
 * The Astro cache of test builds into `outDir`: builds from this project that run at once (the
 * setup's three, a fault test's, a browser test's) would otherwise share Astro's one content store.
 */
export const astroCacheFor = (outDir: string): string =>
	fileURLToPath(new URL(`../.tmp/astro-cache/${basename(outDir)}/`, import.meta.url));
