import { defineConfig } from 'vitest/config';

// Four projects: unit (fast, pure), build (builds the real site once, checks dist/), browser
// (real Chromium against that build; the build runs once per `vitest run`, shared by both; so does
// the build of a synthetic corpus long enough to page every list, and of the fixture with a correction), and
// bench (the benchmark harness at a tiny N: tests/bench).
export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		reporters: ['default', './tests/setup/summary-reporter.ts'],
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: [
						'tests/setup/build-site.ts',
						'tests/setup/build-paged-site.ts',
						'tests/setup/build-corrected-site.ts',
					],
					testTimeout: 120_000,
					hookTimeout: 300_000,
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
					globalSetup: [
						'tests/setup/build-site.ts',
						'tests/setup/build-paged-site.ts',
						'tests/setup/build-corrected-site.ts',
					],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
