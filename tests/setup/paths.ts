import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the test run builds the real site (never dist/, which `npm start` serves). */
export const TEST_DIST = fileURLToPath(new URL('../.tmp/dist/', import.meta.url));
/** Astro's command-line entry, run with the same Node as the tests. */
export const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
