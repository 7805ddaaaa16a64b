/**
 * Where the Chromium for Playwright is: $CHROMIUM_PATH if set, else Playwright's own browser when it is
 * installed, else Debian's /usr/bin/chromium. Shared by the setup check, the Playwright config and the
 * benchmarks, so they always agree.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** @returns {string | undefined} */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// Playwright's browser is not installed; fall through to the system one.
	}
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * Launch flags for a headless Chromium on a closed network: no background requests, no sandbox as root.
 * @type {string[]}
 */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--disable-gpu',
	...(typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : []),
];
