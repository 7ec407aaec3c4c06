// Makes sure Debian's Chromium builds that the tests use are installed: the headless shell, which
// the browser tests drive, and the full browser, which `npm run bench` (run at a tiny size by the
// bench tests) and the screenshots drive. Installs what is missing with apt-get when we are root,
// else stops with what to do. Playwright's own download cannot be used here.
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

/** Debian's package for each binary, when it is the default path. */
const PACKAGES = new Map([
	['/usr/bin/chromium', 'chromium'],
	['/usr/bin/chromium-headless-shell', 'chromium-headless-shell'],
]);

/** Installs whichever of the two is missing, or exits with what to do. */
function ensureInstalled() {
	const missing = [CHROMIUM, CHROMIUM_HEADLESS].filter((path) => !existsSync(path));
	if (missing.length === 0) return;
	const packages = missing.map((path) => PACKAGES.get(path));
	const isRoot = process.getuid?.() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (!isRoot || !hasApt || packages.includes(undefined)) {
		console.error(
			`The tests need Chromium at ${missing.join(' and ')}. Install Debian's packages (sudo apt-get install chromium chromium-headless-shell) or set CHROMIUM_PATH and CHROMIUM_HEADLESS_PATH to the full browser and its headless shell.`,
		);
		process.exit(1);
	}
	console.log(`Installing Chromium for the tests (apt-get install ${packages.join(' ')})...`);
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

// Run as a script (before the tests); imported, it only names the two paths.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureInstalled();
