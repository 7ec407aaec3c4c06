import { checkContent } from '../../../src/lib/content/check.ts';
import { indexContent } from '../../../src/lib/content/links.ts';
import { FIXTURE } from './content-cases.ts';

/** The tiny fixture content set, validated and indexed as pages see it. */
export function fixtureIndex() {
	return indexContent(checkContent(FIXTURE).content);
}
