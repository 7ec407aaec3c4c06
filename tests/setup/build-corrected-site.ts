import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE } from '../unit/cases/content-cases.ts';
import { buildFrom, buildOncePerRun } from './build-site.ts';
import { CORRECTED_CONTENT, CORRECTED_DIST } from './paths.ts';

/**
 * The corrections the fixture gets after its publication on 2026-11-20, written neither oldest nor
 * newest first, so that every list of them shows its own order: two touch the relapse claim, one no claim.
 */
export const FIXTURE_CORRECTIONS = [
	{ date: '2026-11-23', text: 'The outlet of the source was added.', claims: [] },
	{
		date: '2026-11-21',
		text: 'The relapse claim was marked consistent; its interval includes 1.',
		claims: ['relapse-ratio'],
	},
	{
		date: '2026-11-25',
		text: 'The relapse claim now names table 2, where the interval is given.',
		claims: ['relapse-ratio'],
	},
].map((correction) => ({ ...correction, anchor: `correction_${correction.date}` }));

/** A DOI of the fixture as a PDF pastes it, with a ligature and full-width digits, and as it should be stored. */
export const PASTED_DOI = {
	reference: 'poe-2023',
	pasted: '10.1234/secondary.\ufb01nal.\uff12\uff10\uff12\uff13',
	stored: '10.1234/secondary.final.2023',
};

const yaml = [
	'updated: 2026-11-25',
	'corrections:',
	...FIXTURE_CORRECTIONS.flatMap(({ date, text, claims }) => [
		`  - date: ${date}`,
		`    text: ${text}`,
		...(claims.length ? [`    claims: [${claims.join(', ')}]`] : []),
	]),
	'',
].join('\n');

/**
 * Builds the fixture content as edited after publication into tests/.tmp/corrected-dist once per
 * test run: with corrections added (the real content has none yet, and this build shows every place
 * one appears) and a DOI pasted from a PDF. It is the one build of the fixture that tests read
 * (tests/build/fixture-site.test.ts too): neither edit touches what those tests look at.
 */
export default function buildCorrectedSite(): Promise<void> {
	return buildOncePerRun(CORRECTED_DIST, () => {
		rmSync(CORRECTED_CONTENT, { recursive: true, force: true });
		cpSync(FIXTURE, CORRECTED_CONTENT, { recursive: true });
		const file = join(CORRECTED_CONTENT, 'articles/tiny-summary.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('references:', `${yaml}references:`));
		const reference = join(CORRECTED_CONTENT, `references/${PASTED_DOI.reference}.json`);
		writeFileSync(
			reference,
			readFileSync(reference, 'utf8').replace(/"DOI": "[^"]+"/, `"DOI": "${PASTED_DOI.pasted}"`),
		);
		return buildFrom(CORRECTED_CONTENT, CORRECTED_DIST);
	});
}
