import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** One row of a profile summary: where time went, in ms of CPU, and its share of all samples. */
export interface ProfileRow {
	where: string;
	selfMs: number;
	share: number;
}

/** Where a file belongs: its npm package, or its path in the project (src/lib/…), or a Node built-in. */
export function owner(url: string): string {
	if (!url) return '(native)';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (pkg) return pkg[1];
	if (url.startsWith('node:')) return 'node';
	const project = /\/(src|tests)\/(.*)$/.exec(url);
	return project ? `${project[1]}/${project[2]}` : url.replace(/^file:\/\//, '');
}

/**
 * Sums a V8 .cpuprofile (node --cpu-prof) into self time per function and per package or project
 * file, biggest first: enough to see which code a build spends its time in.
 */
export function summarizeProfile(
	file: string,
	top = 15,
): { functions: ProfileRow[]; owners: ProfileRow[]; totalMs: number } {
	const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const selfUs = new Map<number, number>();
	profile.samples.forEach((id, i) =>
		selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
	);
	const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
	const functions = new Map<string, number>();
	const owners = new Map<string, number>();
	for (const [id, us] of selfUs) {
		const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
		const where = owner(url);
		const name = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
		functions.set(name, (functions.get(name) ?? 0) + us);
		owners.set(where, (owners.get(where) ?? 0) + us);
	}
	const rows = (map: Map<string, number>) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([where, us]) => ({ where, selfMs: Math.round(us / 1000), share: us / total }));
	return { functions: rows(functions), owners: rows(owners), totalMs: Math.round(total / 1000) };
}
