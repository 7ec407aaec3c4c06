import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

/** What one measured command did: wall time, peak memory of its whole process tree, exit code. */
export interface Measured {
	seconds: number;
	peakBytes: number;
	/** The high-water mark of Pagefind's indexing processes alone (pagefind_extended), 0 if none ran. */
	pagefindPeakBytes: number;
	code: number;
	/** Where its output went. */
	log: string;
}

function kilobytes(status: string, field: string): number {
	return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
}

/** The process and all its descendants, from /proc (Linux). */
export function tree(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
		} catch {
			// The process ended between listing and reading.
		}
	}
	const all = [root];
	for (let i = 0; i < all.length; i++) all.push(...(children.get(all[i]) ?? []));
	return all;
}

/**
 * Samples a process tree's memory: the largest sum of resident sizes seen at once, and each
 * process's own high-water mark (VmHWM), which catches a peak between two samples.
 */
export class MemorySampler {
	peak = 0;
	pagefindPeak = 0;
	readonly #highWater = new Map<number, number>();

	sample(root: number): void {
		let sum = 0;
		for (const pid of tree(root)) {
			try {
				const status = readFileSync(`/proc/${pid}/status`, 'utf8');
				const highWater = Math.max(this.#highWater.get(pid) ?? 0, kilobytes(status, 'VmHWM'));
				sum += kilobytes(status, 'VmRSS');
				this.#highWater.set(pid, highWater);
				if (/^Name:\s+pagefind/m.test(status))
					this.pagefindPeak = Math.max(this.pagefindPeak, highWater);
			} catch {
				// Gone already.
			}
		}
		this.peak = Math.max(this.peak, sum, ...this.#highWater.values());
	}
}

/**
 * Runs a command to completion, its output to `log`, sampling memory (every 20 ms in the first
 * second, so that short runs are caught, then every 100 ms) and calling
 * `onTick` with the seconds so far every 10 s (for progress lines on long builds).
 */
export function measure(
	command: string,
	args: readonly string[],
	options: {
		cwd: string;
		env?: NodeJS.ProcessEnv;
		log: string;
		onTick?: (seconds: number) => void;
	},
): Promise<Measured> {
	const start = performance.now();
	const out = createWriteStream(options.log);
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: { ...process.env, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.pipe(out, { end: false });
	child.stderr.pipe(out, { end: false });
	const sampler = new MemorySampler();
	let sampling: NodeJS.Timeout | undefined;
	const sample = () => {
		if (child.pid) sampler.sample(child.pid);
		sampling = setTimeout(sample, performance.now() - start < 1000 ? 20 : 100);
	};
	sample();
	const ticking = setInterval(() => options.onTick?.((performance.now() - start) / 1000), 10_000);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(sampling);
			clearInterval(ticking);
			out.end(() =>
				resolve({
					seconds: (performance.now() - start) / 1000,
					peakBytes: sampler.peak,
					pagefindPeakBytes: sampler.pagefindPeak,
					code: code ?? 1,
					log: options.log,
				}),
			);
		});
	});
}
