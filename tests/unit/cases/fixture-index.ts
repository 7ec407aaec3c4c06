import { checkContent } from '../../../src/lib/check/check-content.ts';
import { indexContent } from '../../../src/lib/site/site-index.ts';
import { FIXTURE } from './content-cases.ts';

/** The tiny fixture content set, validated and indexed as pages see it. */
export function fixtureIndex() {
	return indexContent(checkContent(FIXTURE).content);
}
