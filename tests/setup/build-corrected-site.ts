import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE } from '../unit/cases/content-cases.ts';
import { buildFrom, buildOncePerRun } from './build-site.ts';
import { CORRECTED_CONTENT, CORRECTED_DIST } from './paths.ts';

/** The correction the fixture gets: on the day after publication, touching one of its two claims. */
export const FIXTURE_CORRECTION = {
	anchor: 'correction_2026-11-21',
	yaml: 'updated: 2026-11-21\ncorrections:\n  - date: 2026-11-21\n    text: The relapse claim was marked consistent; its interval includes 1.\n    claims: [relapse-ratio]\n',
};

/**
 * Builds the fixture content with one correction added into tests/.tmp/corrected-dist once per test
 * run: the real content has no correction yet, and this build shows every place one appears.
 */
export default function buildCorrectedSite(): void {
	buildOncePerRun(CORRECTED_DIST, () => {
		rmSync(CORRECTED_CONTENT, { recursive: true, force: true });
		cpSync(FIXTURE, CORRECTED_CONTENT, { recursive: true });
		const file = join(CORRECTED_CONTENT, 'articles/tiny-summary.mdx');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('references:', `${FIXTURE_CORRECTION.yaml}references:`),
		);
		buildFrom(CORRECTED_CONTENT, CORRECTED_DIST);
	});
}
