import { createHash } from 'node:crypto';
import {
	copyFileSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const version = (name: string) =>
	(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string })
		.version;

/**
 * What else than its SVG decides a card's pixels and bytes: the renderer, the fonts, and our PNG
 * encoder (png.ts: raise ENCODER when it writes other bytes for the same pixels).
 */
const ENCODER = 1;
export const RENDERER = `resvg-js ${version('@resvg/resvg-js')}, open-sans ${version('@expo-google-fonts/open-sans')}, encoder ${ENCODER}`;

/** The name a card's PNG is kept under: a hash of everything that decides it. */
export function cardKey(svg: string, background = ''): string {
	return createHash('sha256')
		.update(`${RENDERER}\n${background}\n${svg}`)
		.digest('base64url')
		.slice(0, 32);
}

/**
 * The cards drawn by earlier builds, in a folder of Astro's cache (one PNG per key), so a rebuild
 * draws only new and changed cards. A card is written under a temporary name and then renamed, and
 * one that cannot be copied out is drawn again, so a build that stopped half-way, or another build
 * pruning the same folder, costs a redraw, never a wrong or failed card.
 */
export class CardCache {
	readonly #folder: string;
	readonly #used = new Set<string>();

	constructor(folder: string) {
		this.#folder = folder;
		mkdirSync(folder, { recursive: true });
	}

	#file(key: string): string {
		return join(this.#folder, `${key}.png`);
	}

	/** Copies the card kept under `key` to `to`; false when there is none. */
	copyTo(key: string, to: string): boolean {
		this.#used.add(key);
		try {
			copyFileSync(this.#file(key), to);
			return true;
		} catch {
			return false;
		}
	}

	/** Keeps `png` under `key`, if it can: a card not kept is only drawn again next time. */
	keep(key: string, png: Uint8Array): void {
		this.#used.add(key);
		const temporary = join(this.#folder, `.${key}.${process.pid}.tmp`);
		try {
			writeFileSync(temporary, png);
			renameSync(temporary, this.#file(key));
		} catch {
			rmSync(temporary, { force: true });
		}
	}

	/** Removes every card this build did not use, and leftovers of builds that stopped; how many. */
	prune(): number {
		let removed = 0;
		for (const name of readdirSync(this.#folder)) {
			if (name.endsWith('.png') && this.#used.has(name.slice(0, -4))) continue;
			rmSync(join(this.#folder, name), { force: true, recursive: true });
			removed += 1;
		}
		return removed;
	}
}
