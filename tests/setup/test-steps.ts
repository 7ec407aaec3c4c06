// `npm test`: the static checks and the test run at once, since on two cores each leaves the other
// room (the checks mostly while the test sites build). Each check's output is printed in one block
// when it ends; the tests' output streams as it comes. Exits non-zero if any step failed, after a
// closing line per step.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** One step of `npm test`: an npm script, run as `npm run <script>`. */
export interface TestStep {
	script: string;
	/** Stream its output line by line (the long step) rather than print it in one block at the end. */
	stream?: boolean;
}

/** Every step, started together. A new static check (a linter, say) is one more npm script here. */
export const TEST_STEPS: readonly TestStep[] = [
	{ script: 'format:check' },
	{ script: 'lint' },
	{ script: 'typecheck' },
	{ script: 'test:vitest', stream: true },
];

interface Outcome {
	script: string;
	code: number | null;
	seconds: number;
}

/** Runs one step, writing its output through `print`; resolves with how it ended. */
function runStep(step: TestStep, print: (text: string) => void): Promise<Outcome> {
	const started = performance.now();
	const child = spawn('npm', ['run', '--silent', step.script], {
		stdio: ['ignore', 'pipe', 'pipe'],
		// Colours as the terminal would show them, which a pipe would otherwise turn off.
		env: { ...process.env, ...(process.stdout.isTTY && { FORCE_COLOR: '1' }) },
	});
	let held = '';
	const take = (chunk: Buffer) => {
		held += chunk.toString();
		if (!step.stream) return;
		const end = held.lastIndexOf('\n') + 1;
		if (end) print(held.slice(0, end));
		held = held.slice(end);
	};
	child.stdout.on('data', take);
	child.stderr.on('data', take);
	return new Promise((resolve) =>
		child.once('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			const status = code === 0 ? 'passed' : 'FAILED';
			if (step.stream) print(held.endsWith('\n') || !held ? held : `${held}\n`);
			else print(`\n── ${step.script}: ${status} in ${seconds.toFixed(0)} s\n${held.trimEnd()}\n`);
			resolve({ script: step.script, code, seconds });
		}),
	);
}

/** Runs `steps` at once; returns the exit code (0 only when every step passed). */
export async function runSteps(
	steps: readonly TestStep[],
	print = (text: string) => void process.stdout.write(text),
): Promise<number> {
	const outcomes = await Promise.all(steps.map((step) => runStep(step, print)));
	print('\n');
	for (const { script, code, seconds } of outcomes)
		print(`${code === 0 ? 'passed' : 'FAILED'}  ${script} (${seconds.toFixed(0)} s)\n`);
	return outcomes.every((o) => o.code === 0) ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	process.exitCode = await runSteps(TEST_STEPS);
