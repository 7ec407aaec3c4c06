import type { APIRoute } from 'astro';
import { claimsJson } from '../../lib/data/dataset.ts';
import { getClaimRows } from '../../lib/site/query.ts';

/** Every claim as a JSON array of rows, the same columns as the CSV (described on /data/). */
export const GET: APIRoute = async ({ site }) => {
	const rows = await getClaimRows(site!);
	return new Response(claimsJson(rows), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
