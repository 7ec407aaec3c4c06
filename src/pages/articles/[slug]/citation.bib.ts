import {
	summaryCitationPaths,
	summaryCitationRoute,
} from '../../../lib/site/summary-citation-route.ts';

/** "Cite this summary" as a file: BibTeX for one summary. */
export const getStaticPaths = summaryCitationPaths;
export const GET = summaryCitationRoute('bib');
