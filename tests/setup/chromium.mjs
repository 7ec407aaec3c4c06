// Makes sure the Chromium that the browser tests drive is installed: Debian's headless shell.
// Installs it with apt-get when it is missing and we are root, else stops with what to do.
// Playwright's own download cannot be used here. The bench and the screenshots drive the full
// browser instead (CHROMIUM), which they ask for when it is missing (tests/browser/harness.ts).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The full browser: what a reader runs, so the bench and the screenshots use it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's headless shell, for the browser tests: the same Blink and V8 as the full browser
 * without its windowing layers (Playwright's own default for headless runs). The same 246 browser
 * tests took 203 CPU-seconds in it against 293 in the full browser (7 December 2026).
 */
export const CHROMIUM_HEADLESS =
	process.env.CHROMIUM_HEADLESS_PATH ?? '/usr/bin/chromium-headless-shell';

/** Installs the headless shell if it is missing, or exits with what to do. */
function ensureInstalled() {
	if (existsSync(CHROMIUM_HEADLESS)) return;
	const isRoot = process.getuid?.() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (!isRoot || !hasApt || process.env.CHROMIUM_HEADLESS_PATH) {
		console.error(
			`Browser tests need Chromium's headless shell at ${CHROMIUM_HEADLESS}. Install Debian's package (sudo apt-get install chromium-headless-shell) or set CHROMIUM_HEADLESS_PATH to a Chromium headless shell.`,
		);
		process.exit(1);
	}
	console.log(
		'Installing Chromium for the browser tests (apt-get install chromium-headless-shell)...',
	);
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

// Run as a script (before the tests); imported, it only names the two paths.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureInstalled();
