import { quote } from './expected.ts';

/** Edit distance between two short strings (ids), for did-you-mean hints. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j] + 1,
				current[j - 1] + 1,
				previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		previous = current;
	}
	return previous[b.length];
}

/** The closest known id to a mistyped one, if it is close enough to be a likely typo. */
export function closestId(wrong: string, known: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const id of known) {
		const d = distance(wrong, id);
		if (d < bestDistance) [best, bestDistance] = [id, d];
	}
	return bestDistance <= Math.max(2, Math.floor(wrong.length / 3)) ? best : undefined;
}

/** "; did you mean "x"?" or, with no close match, the list of what exists. */
export function didYouMean(wrong: string, known: readonly string[]): string {
	const close = closestId(wrong, known);
	if (close) return `; did you mean ${quote(close)}?`;
	return known.length ? `; the ids are ${known.map(quote).join(', ')}` : '';
}
