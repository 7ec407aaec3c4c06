// Runs one Astro build in this process with a timing integration, for the benchmark:
//   node tests/bench/astro-build.ts <project root> <cache dir> <timings.json>
// CONTENT_DIR and OUT_DIR come from the environment, as for `astro build`. The timings file gets
// the moments (ms since this process started) that split the build into phases, and the peak RSS.
import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import type { AstroIntegration } from 'astro';

const [root, cacheDir, timingsFile] = process.argv.slice(2);
const marks: Record<string, number> = {};
const memory: Record<string, NodeJS.MemoryUsage> = {};
let pages = 0;

/** Notes the moment and the memory at a point of the build. */
function mark(name: string): void {
	marks[name] = performance.now();
	memory[name] = process.memoryUsage();
}

// Astro announces page generation on stdout; its moment separates bundling from rendering.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
	if (marks.generateStart === undefined && String(chunk).includes('generating static routes'))
		mark('generateStart');
	return write(chunk, ...rest);
}) as typeof process.stdout.write;

// Added after the project's own integrations, so its build:done runs after theirs (an index, say).
const timer: AstroIntegration = {
	name: 'bench-timer',
	hooks: {
		'astro:build:start': () => mark('buildStart'),
		'astro:build:generated': () => mark('generated'),
		'astro:build:done': ({ pages: built }) => {
			mark('done');
			pages = built.length;
		},
	},
};

await build({ root, cacheDir, integrations: [timer] });
mark('end');
writeFileSync(
	timingsFile,
	JSON.stringify({ marks, memory, pages, maxRssBytes: process.resourceUsage().maxRSS * 1024 }),
);
