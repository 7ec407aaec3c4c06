import {
	summaryCitationPaths,
	summaryCitationRoute,
} from '../../../lib/site/summary-citation-route.ts';

/** "Cite this summary" as a file: RIS for one summary. */
export const getStaticPaths = summaryCitationPaths;
export const GET = summaryCitationRoute('ris');
