import type { APIRoute } from 'astro';
import { toCslJson } from '../../lib/citations/index.ts';
import { getSiteIndex } from '../../lib/site/query.ts';
import { referencesWithAccess } from '../../lib/site/reference-access.ts';

/** Every reference as CSL-JSON. */
export const GET: APIRoute = async () => {
	const index = await getSiteIndex();
	return new Response(toCslJson(referencesWithAccess(index)), {
		headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
	});
};
