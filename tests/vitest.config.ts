import { defineConfig } from 'vitest/config';

/** The setup that builds the real site, a synthetic corpus long enough to page every list, and the fixture with corrections, all at once, once per run. */
const BUILT_SITES = 'tests/setup/build-sites.ts';

/**
 * Unit files that need modules of their own: one mocks node:fs, one starts a worker thread that
 * timed out when it shared its worker's modules.
 */
const ISOLATED_UNIT_FILES = [
	'tests/unit/lib/check/read-content.test.ts',
	'tests/unit/lib/citations/background.test.ts',
];

// Five projects: unit (fast, pure; mirrors src/; unit-isolated holds the few that need modules of their own), build (checks the built sites' files), browser
// (real Chromium against those builds: one Chromium for the run, files side by side), faults (real
// builds that are killed, refused or broken on purpose: the slow ones) and bench (the benchmark
// harness at a tiny N: tests/bench). The sites are built once per `vitest run`, shared by build and
// browser.
export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		reporters: ['default', './tests/setup/summary-reporter.ts'],
		// One more worker than the two cores: browser and fault files mostly wait on Chromium or on
		// a build in a child process, and the extra worker runs another file meanwhile.
		maxWorkers: 3,
		projects: [
			{
				extends: true,
				// Files share their worker's modules (no isolation): importing citation-js, zod and the
				// schemas once per worker rather than once per file halved the project's CPU time.
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ISOLATED_UNIT_FILES,
					isolate: false,
					testTimeout: 30_000,
				},
			},
			{
				extends: true,
				test: { name: 'unit-isolated', include: ISOLATED_UNIT_FILES, testTimeout: 30_000 },
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: [BUILT_SITES],
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'faults',
					include: ['tests/faults/**/*.test.ts'],
					testTimeout: 300_000,
					hookTimeout: 600_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'bench',
					include: ['tests/bench/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: [BUILT_SITES, 'tests/setup/chromium-server.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
