#!/usr/bin/env node
/**
 * Serves a built site through a real nginx with the `nginx.conf` snippet the build wrote, as a reader of
 * the README's "Publish it" recipe would, on 127.0.0.1 only. Used by the e2e tests.
 *
 *   node scripts/serve-nginx.mjs <built folder> --port 4393
 *
 * It writes a minimal nginx configuration into a temporary folder (nginx's own temp files go there too),
 * includes the snippet with its site folder replaced by the built folder, and stops nginx on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findNginx } from './nginx-path.mjs';

const SITE_FOLDER_IN_SNIPPET = '/var/www/remoting-troubleshooter/';

const { values, positionals } = parseArgs({
	options: { port: { type: 'string' } },
	allowPositionals: true,
});
const [folder] = positionals;
const port = Number(values.port);
if (!folder || !Number.isInteger(port)) {
	console.error('usage: serve-nginx.mjs <built folder> --port <port>');
	process.exit(2);
}
const nginx = findNginx();
if (!nginx) {
	console.error('No nginx found: run `node scripts/ensure-tools.mjs nginx`.');
	process.exit(1);
}

const site = `${resolve(folder)}/`;
const snippet = readFileSync(join(site, 'nginx.conf'), 'utf8');
if (!snippet.includes(SITE_FOLDER_IN_SNIPPET))
	throw new Error(`${site}nginx.conf does not name ${SITE_FOLDER_IN_SNIPPET}`);
const work = mkdtempSync(join(tmpdir(), 'psrt-nginx-'));
writeFileSync(join(work, 'site.conf'), snippet.replaceAll(SITE_FOLDER_IN_SNIPPET, site));
writeFileSync(
	join(work, 'nginx.conf'),
	[
		'worker_processes 1;',
		'daemon off;',
		`pid ${work}/nginx.pid;`,
		'error_log stderr warn;',
		'events { worker_connections 256; }',
		'http {',
		'    access_log off;',
		...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
			(kind) => `    ${kind}_temp_path ${work}/${kind};`
		),
		'    server {',
		`        listen 127.0.0.1:${port};`,
		'        server_name localhost;',
		`        include ${work}/site.conf;`,
		'    }',
		'}',
		'',
	].join('\n')
);

const child = spawn(nginx, ['-p', work, '-e', 'stderr', '-c', join(work, 'nginx.conf')], {
	stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = () => child.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
	rmSync(work, { recursive: true, force: true });
	process.exit(code ?? 0);
});
