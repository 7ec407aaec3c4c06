import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the share cards of one build cost, as RunFigures carries it. */
export interface ShareCardFigures {
	shareCards: number;
	/** The worker's time drawing them, overlapping the build. */
	shareCardSeconds: number;
	/** How long build:done waited for the worker once pages and search index were done: the cards' cost to the build. */
	shareCardWaitSeconds: number;
	shareCardBytes: number;
	shareCardLargestBytes: number;
}

const LINE =
	/(\d+) share cards in ([\d.]+) s on a worker \(([\d.]+) s waited for once pages and search index were done\)/;

/**
 * The share cards' figures of a build: times from the line the site's integration logs
 * (lib/share/cards.ts describeCardReport), sizes measured on disk in <out>/og. Undefined for a
 * build that drew none (a peer, or a site before share cards).
 */
export function shareCardFigures(log: string, out: string): ShareCardFigures | undefined {
	const match = LINE.exec(log);
	const folder = join(out, 'og');
	if (!match || !existsSync(folder)) return undefined;
	const sizes = readdirSync(folder).map((name) => statSync(join(folder, name)).size);
	return {
		shareCards: Number(match[1]),
		shareCardSeconds: Number(match[2]),
		shareCardWaitSeconds: Number(match[3]),
		shareCardBytes: sizes.reduce((sum, size) => sum + size, 0),
		shareCardLargestBytes: Math.max(0, ...sizes),
	};
}

/** Reads a build's log file for shareCardFigures. */
export const readLog = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
