#!/usr/bin/env node
/**
 * Makes sure the end-to-end tests have a Chromium, without any browser download: Playwright's own
 * browser if it happens to be installed, else $CHROMIUM_PATH, else /usr/bin/chromium. When none is
 * found and this runs as root on Debian, it installs Debian's `chromium` package; otherwise it stops at
 * once and names the one command that would fix it. Prints the path it settled on.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

let found = findChromium();
if (!found) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const isDebian = existsSync('/etc/debian_version');
	if (isRoot && isDebian) {
		console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get install chromium)…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
		found = findChromium();
	}
	if (!found) {
		console.error(
			[
				'No Chromium found for the end-to-end tests (looked at $CHROMIUM_PATH, Playwright\'s browser and /usr/bin/chromium).',
				isDebian ? 'Fix it with:  sudo apt-get install chromium' : 'Install Chromium, then run the tests with CHROMIUM_PATH=/path/to/chromium',
			].join('\n'),
		);
		process.exit(1);
	}
}
if (!executable(found)) {
	console.error(`Chromium at ${found} is not executable.`);
	process.exit(1);
}
console.log(`Chromium for the tests: ${found}`);
