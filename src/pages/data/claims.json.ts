import type { APIRoute } from 'astro';
import { claimsJson, getClaimRows } from '../../lib/data/dataset.ts';
import { getSiteIndex } from '../../lib/site/query.ts';

/** Every claim as a JSON array of rows, the same columns as the CSV (described on /data/). */
export const GET: APIRoute = async ({ site }) => {
	const rows = getClaimRows(await getSiteIndex(), site!);
	return new Response(claimsJson(rows), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
