import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
	BUILD_SCRIPT_ONLY,
	RENDER_INTO,
	renderStep,
} from '../../../src/integrations/render-step.ts';

type Setup = (options: { command: string; config: { outDir: URL } }) => void;

/** Runs the hook for `command` with Astro's output folder `outDir`; returns what it stopped with, if it did. */
function setup(command: string, outDir: string): string | undefined {
	let stopped: string | undefined;
	const hooks = renderStep((message) => (stopped = message)).hooks as unknown as Record<
		string,
		Setup
	>;
	hooks['astro:config:setup']({ command, config: { outDir: pathToFileURL(`${outDir}/`) } });
	return stopped;
}

describe('renderStep', () => {
	afterEach(() => {
		delete process.env[RENDER_INTO];
	});

	it('stops a plain astro build with the one line that names npm run build', () => {
		expect(setup('build', '/srv/site/dist')).toBe(BUILD_SCRIPT_ONLY);
		expect(BUILD_SCRIPT_ONLY).toMatch(/run npm run build$/);
		expect(BUILD_SCRIPT_ONLY).not.toContain('\n');
	});

	it('lets the build script render into the hidden folder it named, and nowhere else', () => {
		process.env[RENDER_INTO] = '/srv/site/.dist-building-41';
		expect(setup('build', '/srv/site/.dist-building-41')).toBeUndefined();
		expect(setup('build', '/srv/site/dist')).toBe(BUILD_SCRIPT_ONLY);
	});

	it('leaves the dev server and the other commands alone', () => {
		expect(setup('dev', '/srv/site/dist')).toBeUndefined();
		expect(setup('preview', '/srv/site/dist')).toBeUndefined();
		expect(setup('sync', '/srv/site/dist')).toBeUndefined();
	});
});
