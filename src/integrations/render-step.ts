import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The variable `npm run build` (src/build/build.ts) sets on the Astro process it starts: the hidden
 * folder that process renders into, before the search index is added and the site swapped in.
 */
export const RENDER_INTO = 'EVIDENCE_DIGEST_RENDER_INTO';

/** What a plain `astro build` prints, on one line, before it stops. */
export const BUILD_SCRIPT_ONLY =
	'astro build alone writes no search index and skips the safe swap into the output folder: run npm run build';

/** Prints the line and exits: thrown, the error would come under a line of Astro's about an unhandled error. */
function stopBuild(message: string): never {
	console.error(message);
	process.exit(1);
}

/**
 * Lets `astro build` run only as the render step of `npm run build`, which is the one build path:
 * it refuses an unsafe output folder, takes the lock, renders into a hidden folder, indexes it for
 * search in a process of its own once Astro's has exited (so Pagefind's memory comes on top of
 * nothing), and only then swaps it in. Astro has no hook after its own process exits, so a plain
 * `astro build` could only ship a site without search or index it on top of Astro's heap; it stops
 * instead, before anything is written, and names the command to run.
 */
export function renderStep(stop: (message: string) => void = stopBuild): AstroIntegration {
	return {
		name: 'evidence-digest:render-step',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				const into = process.env[RENDER_INTO];
				const outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
				if (!into || resolve(into) !== outDir) stop(BUILD_SCRIPT_ONLY);
			},
		},
	};
}
