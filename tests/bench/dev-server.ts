// The editor's loop in `astro dev` (`npm run bench -- --dev`): how soon a site's dev server answers,
// serves a summary, and shows an edit to that summary. README, "Benchmark".
import { type ChildProcess, spawn } from 'node:child_process';
import {
	closeSync,
	mkdirSync,
	existsSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { median } from './browser.ts';
import { MemorySampler, tree } from './measure.ts';
import type { DevProject } from './sites/site.ts';

/** One dev server's figures, from a cold start (no content store, a fresh Astro cache). */
export interface DevRun {
	/** From spawning the server to its home page read in full with status 200. */
	homeSeconds: number;
	/** Once the home page has answered: one summary page, requested and read in full. */
	firstSummarySeconds: number;
	/** The median edit: from the summary's file rewritten with a new title to a page carrying it. */
	editSeconds: number;
	/** The most resident memory the server's process tree held at once. */
	peakBytes: number;
}

/** How long any one wait may last (the home page, a page, an edit) before the run stops as failed. */
export const WAIT_LIMIT_SECONDS = 1200;
/** Between two requests of a poll; each request itself waits for the whole page. */
const POLL_MS = 100;
/** After an edit has shown, before the next: lets the server finish what the edit started. */
const SETTLE_MS = 1000;
const LAUNCHER = new URL('astro-dev.ts', import.meta.url).pathname;
// Astro's dev server keeps its content store here, not in the cache folder (astro/dist/content/paths.js).
const STORE = join('.astro', 'data-store.json');
const SET_ASIDE = `${STORE}.before-bench`;
const LOCK = join('.astro', 'bench-dev.lock');

/**
 * A summary's file with its title replaced (frontmatter's top-level `title:`, with any folded
 * continuation lines): the edit the bench makes, the same in our MDX and Starlight's.
 */
export function retitled(text: string, title: string, file: string): string {
	const line = /^title: .*\n(?:[ \t]+.*\n)*/m;
	if (!line.test(text)) throw new Error(`${file}: expected a top-level "title:" line to edit`);
	return text.replace(line, `title: ${JSON.stringify(title)}\n`);
}

/** A port nobody listens on at 127.0.0.1 now (the server binds it strictly, so a race fails loudly). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * The bench's environment less what a test runner sets: started from vitest (NODE_ENV=test,
 * VITEST…), our dev server listened but answered 404 to every page.
 */
function serverEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
		),
	);
}

/** A running dev server: its process, when it was spawned, and whether and how it ended. */
class Server {
	readonly child: ChildProcess;
	readonly started = performance.now();
	readonly sampler = new MemorySampler();
	ended: string | undefined;
	readonly #sampling: NodeJS.Timeout;
	readonly #putBack: () => void;
	/** When the bench ends abruptly: stop the server at once and put back what it changed. */
	readonly #abandon = () => {
		this.signal('SIGKILL');
		this.#putBack();
	};
	readonly #onSignal = (signal: NodeJS.Signals) => {
		this.#abandon();
		process.off('exit', this.#abandon);
		process.exit(signal === 'SIGINT' ? 130 : 143);
	};

	readonly project: DevProject;
	readonly log: string;

	constructor(
		project: DevProject,
		run: { log: string; cacheDir: string; port: number; putBack: () => void },
	) {
		const { log, cacheDir, port } = run;
		this.project = project;
		this.log = log;
		this.#putBack = run.putBack;
		const out = openSync(log, 'w');
		this.child = spawn(process.execPath, [LAUNCHER, project.root, cacheDir, String(port)], {
			cwd: project.root,
			env: {
				...serverEnv(),
				...project.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				ASTRO_DISABLE_UPDATE_CHECK: 'true',
			},
			stdio: ['ignore', out, out],
		});
		closeSync(out);
		this.child.on('exit', (code, signal) => (this.ended = signal ?? `exit ${code}`));
		this.#sampling = setInterval(() => this.child.pid && this.sampler.sample(this.child.pid), 250);
		// Whatever ends the bench, no server outlives it.
		process.on('exit', this.#abandon);
		process.once('SIGINT', this.#onSignal);
		process.once('SIGTERM', this.#onSignal);
	}

	/** Sends a signal to the server and every process under it. */
	signal(signal: NodeJS.Signals, pids = this.child.pid ? tree(this.child.pid) : []): void {
		for (const pid of pids) {
			try {
				process.kill(pid, signal);
			} catch {
				// Gone already.
			}
		}
	}

	/** Stops the whole process tree: politely, then, after 5 s, by force. */
	async stop(): Promise<void> {
		clearInterval(this.#sampling);
		const pids = this.child.pid ? tree(this.child.pid) : [];
		const exited = new Promise((resolve) => {
			if (this.ended) resolve(undefined);
			else this.child.once('exit', resolve);
		});
		this.signal('SIGTERM', pids);
		if (!(await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])))
			this.signal('SIGKILL', pids);
		await exited;
		// Children that outlived it (a bundler's service, say) go with it.
		this.signal('SIGKILL', pids);
		process.off('exit', this.#abandon);
		process.off('SIGINT', this.#onSignal);
		process.off('SIGTERM', this.#onSignal);
	}

	/** One GET read in full: its status and text, or why there was none (not listening yet, say). */
	async get(url: string, deadline: number): Promise<{ status: number; text: string } | string> {
		try {
			const response = await fetch(url, {
				signal: AbortSignal.timeout(Math.max(1, Math.ceil(deadline - performance.now()))),
			});
			return { status: response.status, text: await response.text() };
		} catch (error) {
			// Refused (not listening yet), reset or timed out: worth another try. Anything else is a bug.
			const { name, cause } = error as Error & { cause?: { code?: string } };
			const why = cause?.code ?? (name === 'TimeoutError' ? 'timed out' : undefined);
			if (!why) throw error;
			return why;
		}
	}

	/** GETs `url` until `done` accepts an answer; returns that moment. Bounded; fails if the server ends. */
	async pollUntil(
		url: string,
		what: string,
		done: (status: number, text: string) => boolean,
	): Promise<number> {
		const deadline = performance.now() + WAIT_LIMIT_SECONDS * 1000;
		let last = 'no answer';
		for (;;) {
			if (this.ended)
				throw new Error(
					`The dev server in ${this.project.root} stopped (${this.ended}) before ${what}; its output is in ${this.log}`,
				);
			if (performance.now() >= deadline)
				throw new Error(
					`${what}: not within ${WAIT_LIMIT_SECONDS} s (last answer: ${last}); the server's output is in ${this.log}`,
				);
			const answer = await this.get(url, deadline);
			if (typeof answer !== 'string' && done(answer.status, answer.text)) return performance.now();
			last = typeof answer === 'string' ? answer : `status ${answer.status}`;
			await sleep(POLL_MS);
		}
	}
}

/** Whether a process of that id is running. */
function running(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * One dev bench at a time per project: two servers on one root share its content store and
 * Vite's dependency cache, and would spoil each other's figures.
 */
function claim(root: string): void {
	const lock = join(root, LOCK);
	mkdirSync(dirname(lock), { recursive: true });
	try {
		writeFileSync(lock, String(process.pid), { flag: 'wx' });
		return;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	const holder = Number(readFileSync(lock, 'utf8'));
	if (running(holder))
		throw new Error(
			`Another bench (pid ${holder}) runs a dev server in ${root}: two would share its content store (${STORE}); run them one after the other`,
		);
	writeFileSync(lock, String(process.pid));
}

/** Starts from no content store (a cold start), keeping the project's own for afterwards. */
function setStoreAside(root: string): void {
	claim(root);
	const store = join(root, STORE);
	if (!existsSync(store)) return;
	// One set aside by an earlier run that was killed is the project's own: keep that one.
	if (existsSync(join(root, SET_ASIDE))) rmSync(store);
	else renameSync(store, join(root, SET_ASIDE));
}

/** Drops the store the bench's server wrote, puts the project's own back and frees the project. */
function restoreStore(root: string): void {
	rmSync(join(root, STORE), { force: true });
	if (existsSync(join(root, SET_ASIDE))) renameSync(join(root, SET_ASIDE), join(root, STORE));
	rmSync(join(root, LOCK), { force: true });
}

/**
 * One cold run of a project's dev server: spawn it on a free port of 127.0.0.1, time its home page,
 * then one summary page, then `edits` edits of that summary's title, each polled until its page
 * shows the new title. The server's whole process tree is stopped and the summary's file put back
 * at the end, also on failure.
 */
export async function measureDevServer(
	project: DevProject,
	options: {
		articleId: string;
		edits: number;
		log: string;
		cacheDir: string;
		say: (message: string) => void;
	},
): Promise<{ run: DevRun; edits: number[] }> {
	const file = project.articleFile(options.articleId);
	const original = readFileSync(file, 'utf8');
	const port = await freePort();
	const page = `http://127.0.0.1:${port}/articles/${options.articleId}/`;
	setStoreAside(project.root);
	const putBack = () => {
		writeFileSync(file, original);
		restoreStore(project.root);
	};
	const server = new Server(project, { ...options, port, putBack });
	options.say(`astro dev (pid ${server.child.pid}) on 127.0.0.1:${port}`);
	try {
		const home = await server.pollUntil(
			`http://127.0.0.1:${port}/`,
			'the home page',
			(s) => s === 200,
		);
		options.say(`home page answered after ${((home - server.started) / 1000).toFixed(1)} s`);
		const first = await server.get(page, performance.now() + WAIT_LIMIT_SECONDS * 1000);
		if (typeof first === 'string' || first.status !== 200)
			throw new Error(
				`${page}: expected status 200, found ${typeof first === 'string' ? first : first.status}; the server's output is in ${options.log}`,
			);
		const firstSummarySeconds = (performance.now() - home) / 1000;
		const edits: number[] = [];
		for (let k = 1; k <= options.edits; k++) {
			// Letters and digits only, so the page carries it exactly as written.
			const mark = `Edited${k}x${Date.now().toString(36)}`;
			writeFileSync(file, retitled(original, `Summary ${mark}`, file));
			const saved = performance.now();
			const shown = await server.pollUntil(
				page,
				`edit ${k} showing`,
				(s, text) => s === 200 && text.includes(mark),
			);
			edits.push((shown - saved) / 1000);
			options.say(`edit ${k} of ${options.edits} showed after ${edits.at(-1)!.toFixed(1)} s`);
			await sleep(SETTLE_MS);
		}
		return {
			run: {
				homeSeconds: (home - server.started) / 1000,
				firstSummarySeconds,
				editSeconds: median(edits),
				peakBytes: server.sampler.peak,
			},
			edits,
		};
	} finally {
		await server.stop();
		putBack();
	}
}
