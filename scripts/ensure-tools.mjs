#!/usr/bin/env node
/**
 * Makes sure the system tools the tests need are there, without any download but Debian's packages:
 *
 *   node scripts/ensure-tools.mjs chromium nginx apache
 *
 * Chromium: Playwright's own browser if it happens to be installed, else $CHROMIUM_PATH, else
 * /usr/bin/chromium. nginx: $NGINX_PATH, else nginx on the PATH or in /usr/sbin. Apache: $APACHE_PATH,
 * else apache2 or httpd on the PATH or in /usr/sbin, with its modules folder ($APACHE_MODULES, else
 * Debian's). What is missing is installed with apt-get when this runs as root on Debian; otherwise it
 * stops at once and names the one command that would fix it. Prints the path it settled on for each tool.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { findApache, findApacheModules } from './apache-path.mjs';
import { findChromium } from './chromium-path.mjs';
import { findNginx } from './nginx-path.mjs';

const TOOLS = {
	chromium: {
		label: 'Chromium',
		find: findChromium,
		debian: 'chromium',
		other: 'Install Chromium, then run the tests with CHROMIUM_PATH=/path/to/chromium',
	},
	nginx: {
		label: 'nginx',
		find: findNginx,
		debian: 'nginx',
		other: 'Install nginx, then run the tests with NGINX_PATH=/path/to/nginx',
	},
	apache: {
		label: 'Apache httpd',
		// The server and the modules it loads: one without the other is no use to the tests.
		find: () => (findApacheModules() ? findApache() : undefined),
		debian: 'apache2',
		other:
			'Install Apache httpd 2.4, then run the tests with APACHE_PATH=/path/to/httpd APACHE_MODULES=/path/to/its/modules',
	},
};

function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in TOOLS));
if (wanted.length === 0 || unknown.length > 0) {
	console.error(
		`usage: ensure-tools.mjs ${Object.keys(TOOLS).join('|')} …${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`
	);
	process.exit(2);
}

let missing = wanted.filter((name) => !TOOLS[name].find());
const isDebian = existsSync('/etc/debian_version');
if (missing.length > 0) {
	const packages = missing.map((name) => TOOLS[name].debian);
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && isDebian) {
		console.log(
			`Not found: ${missing.map((name) => TOOLS[name].label).join(', ')}. Installing Debian's ${packages.join(' ')} (apt-get install)…`
		);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
			stdio: 'inherit',
			env,
		});
		missing = missing.filter((name) => !TOOLS[name].find());
	}
	if (missing.length > 0) {
		const fix = isDebian
			? `Fix it with:  sudo apt-get install ${missing.map((name) => TOOLS[name].debian).join(' ')}`
			: missing.map((name) => TOOLS[name].other).join('\n');
		console.error(
			`The tests need ${missing.map((name) => TOOLS[name].label).join(' and ')}, and none was found.\n${fix}`
		);
		process.exit(1);
	}
}
for (const name of wanted) {
	const path = TOOLS[name].find();
	if (!executable(path)) {
		console.error(`${TOOLS[name].label} at ${path} is not executable.`);
		process.exit(1);
	}
	console.log(`${TOOLS[name].label} for the tests: ${path}`);
}
