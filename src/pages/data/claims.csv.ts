import type { APIRoute } from 'astro';
import { claimsCsv } from '../../lib/data/dataset.ts';
import { getClaimRows } from '../../lib/site/query.ts';

/** Every claim as a CSV row (columns and their meaning: /data/). */
export const GET: APIRoute = async ({ site }) => {
	const rows = await getClaimRows(site!);
	// header=present: RFC 4180's parameter, so a reader need not guess whether row 1 is data.
	return new Response(claimsCsv(rows), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
};
