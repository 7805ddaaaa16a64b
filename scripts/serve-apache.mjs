#!/usr/bin/env node
/**
 * Serves built sites through a real Apache httpd, each with the `.htaccess` the build wrote beside it,
 * as a reader of the README's "Publish it" recipe would: on 127.0.0.1 only, one server for every build.
 * Used by the e2e tests.
 *
 *   node scripts/serve-apache.mjs --port 4394 /=dist-e2e /kb/remoting/=dist-e2e-kb
 *
 * Each folder gets exactly the `AllowOverride` line of the README's Apache row, under Debian's default
 * `Options Indexes FollowSymLinks` (so a folder listing would show if the `.htaccess` allowed one), and
 * the server loads the modules that row names, plus what any Apache has: an MPM, mod_authz_core (for the
 * server's own `Require`), mod_filter (which mod_deflate's `AddOutputFilterByType` needs) and
 * mod_autoindex (Debian loads it by default; it is what would list a folder). Its configuration and logs
 * live in a temporary folder (its error log is printed when it stops); SIGTERM stops it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findApache, findApacheModules } from './apache-path.mjs';

const { values, positionals } = parseArgs({
	options: { port: { type: 'string' } },
	allowPositionals: true,
});
const port = Number(values.port);
const mounts = positionals.map((mount) => {
	const [path, folder] = mount.split('=');
	return { path: `/${(path ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'), folder };
});
if (!Number.isInteger(port) || mounts.length === 0 || mounts.some((m) => !m.folder)) {
	console.error('usage: serve-apache.mjs --port <port> <url path>=<built folder> …');
	process.exit(2);
}
const apache = findApache();
const modules = findApacheModules();
if (!apache || !modules) {
	console.error('No Apache httpd found: run `node scripts/ensure-tools.mjs apache`.');
	process.exit(1);
}

/** What the README's Apache row tells the reader to set: its `AllowOverride` line and the modules it names. */
function readmeApacheSetup(readme) {
	const row = readme.split('\n').find((line) => line.startsWith('| Apache |'));
	const allowOverride = row && /`(AllowOverride [^`]+)`/.exec(row)?.[1];
	const named = row ? [...row.matchAll(/`mod_(\w+)`/g)].map((match) => match[1]) : [];
	if (!allowOverride || named.length === 0)
		throw new Error("README.md's Apache row names no `AllowOverride …` line or no `mod_…` module");
	return { allowOverride, modules: named };
}

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const setup = readmeApacheSetup(readme);
const loaded = [
	...new Set(['mpm_event', 'authz_core', 'filter', 'autoindex', ...setup.modules]),
].map((name) => `LoadModule ${name}_module ${join(modules, `mod_${name}.so`)}`);

const work = mkdtempSync(join(tmpdir(), 'psrt-apache-'));
// Run as root, httpd serves as an unprivileged user (Debian's www-data), which must reach the files.
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const serverUser = (file, wanted, fallback) =>
	readFileSync(file, 'utf8')
		.split('\n')
		.some((line) => line.startsWith(`${wanted}:`))
		? wanted
		: fallback;
chmodSync(work, 0o755);

const directories = mounts.flatMap(({ path, folder }) => {
	const site = resolve(folder);
	if (!existsSync(join(site, '.htaccess')))
		throw new Error(`${site} has no .htaccess: build it first`);
	return [
		...(path === '/'
			? [`DocumentRoot "${site}"`]
			: [`Alias "${path.replace(/\/$/, '')}" "${site}"`]),
		`<Directory "${site}">`,
		'    Options Indexes FollowSymLinks',
		`    ${setup.allowOverride}`,
		'    Require all granted',
		'</Directory>',
	];
});
const config = [
	`ServerRoot "${work}"`,
	`DefaultRuntimeDir "${work}"`,
	`PidFile "${work}/httpd.pid"`,
	`Listen 127.0.0.1:${port}`,
	'ServerName localhost',
	// A file, not /dev/stderr: httpd cannot open that when its stderr is a pipe or a socket.
	`ErrorLog "${work}/error.log"`,
	'LogLevel warn',
	...(isRoot
		? [
				`User ${serverUser('/etc/passwd', 'www-data', 'nobody')}`,
				`Group ${serverUser('/etc/group', 'www-data', 'nogroup')}`,
			]
		: []),
	...loaded,
	...(existsSync('/etc/mime.types') ? ['TypesConfig /etc/mime.types'] : []),
	// Nothing outside the builds is served, and no .htaccess above them is read.
	'<Directory />',
	'    AllowOverride None',
	'    Require all denied',
	'</Directory>',
	...(mounts.some(({ path }) => path === '/') ? [] : [`DocumentRoot "${work}"`]),
	...directories,
	'',
].join('\n');
writeFileSync(join(work, 'httpd.conf'), config);

const child = spawn(apache, ['-f', join(work, 'httpd.conf'), '-DFOREGROUND'], {
	stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
	const log = join(work, 'error.log');
	if (existsSync(log)) process.stderr.write(readFileSync(log));
	rmSync(work, { recursive: true, force: true });
	process.exit(code ?? 0);
});
