/**
 * A seeded random source, so that one seed and one N always give the same corpus, byte for byte.
 * mulberry32: small, fast and good enough to vary synthetic text; not for anything secret.
 */
export class Random {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer from min to max, both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** A number from min to max rounded to `places` decimals. */
	round(min: number, max: number, places = 2): number {
		return Number((min + this.next() * (max - min)).toFixed(places));
	}

	/** True with probability p. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** A shuffled copy of a list (Fisher-Yates). */
	shuffle<T>(list: readonly T[]): T[] {
		const copy = [...list];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[copy[i], copy[j]] = [copy[j], copy[i]];
		}
		return copy;
	}

	/** One element of a list. */
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)];
	}
}

/**
 * Draws ranks 0..size-1 with probability proportional to 1/(rank+1)^exponent, as word frequencies
 * in prose (and citations of papers) follow: a few very common, a long tail of rare ones.
 */
export class Zipf {
	readonly #cumulative: Float64Array;

	constructor(size: number, exponent = 1.05) {
		this.#cumulative = new Float64Array(size);
		let total = 0;
		for (let rank = 0; rank < size; rank++)
			this.#cumulative[rank] = total += 1 / (rank + 1) ** exponent;
		for (let rank = 0; rank < size; rank++) this.#cumulative[rank] /= total;
	}

	/** One rank. */
	draw(random: Random): number {
		const target = random.next();
		let [low, high] = [0, this.#cumulative.length - 1];
		while (low < high) {
			const middle = (low + high) >> 1;
			if (this.#cumulative[middle] < target) low = middle + 1;
			else high = middle;
		}
		return low;
	}
}
