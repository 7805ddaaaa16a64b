#!/usr/bin/env node
/**
 * A static file server for a built site, as a production static host serves it: under a base path, with
 * `index.html` for directories, a redirect from `/dir` to `/dir/`, the site's own 404.html with status
 * 404, and gzip for text files when the browser accepts it. `npm start`, the tests and the benchmarks
 * use it (Astro allows one `astro preview` per project, and its preview does not compress).
 *
 *   node scripts/serve.mjs <dir> [--port 4321] [--base /kb/remoting/]
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
// The build's own MIME table, so this server sends what the host configurations send.
import { bareType, COMPRESSIBLE_TYPES, extensionOf, MIME_TYPES } from '../src/build/mime.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } },
});
const root = resolve(positionals[0] ?? 'dist');
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

function fileAt(path) {
	try {
		const stat = statSync(path);
		if (stat.isFile()) return path;
		if (stat.isDirectory()) return 'directory';
	} catch {
		// Not there.
	}
	return undefined;
}

const gzipped = new Map();

function send(request, response, status, path) {
	const type = MIME_TYPES[extensionOf(path) ?? ''] ?? 'application/octet-stream';
	const headers = {
		'Content-Type': type,
		'Cache-Control': 'no-cache',
		Vary: 'Accept-Encoding',
	};
	let body = readFileSync(path);
	if (
		COMPRESSIBLE_TYPES.includes(bareType(type)) &&
		/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
	) {
		const key = `${path}:${statSync(path).mtimeMs}`;
		if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
		body = gzipped.get(key);
		headers['Content-Encoding'] = 'gzip';
	}
	response.writeHead(status, { ...headers, 'Content-Length': body.length });
	response.end(request.method === 'HEAD' ? undefined : body);
}

const server = createServer((request, response) => {
	try {
		handle(request, response);
	} catch (error) {
		// A request this server cannot make sense of gets an answer, never the server's end.
		console.error(error);
		if (!response.headersSent) response.writeHead(400);
		response.end();
	}
});

function handle(request, response) {
	// The request target is a path: prefixing the origin keeps `//x` a path, not a host name.
	const url = new URL(`http://localhost${request.url ?? '/'}`);
	let pathname;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		pathname = '';
	}
	const notFound = () => {
		const page = join(root, '404.html');
		if (fileAt(page)) send(request, response, 404, page);
		else response.writeHead(404).end('Not found');
	};
	if (!pathname.startsWith(base)) {
		if (`${pathname}/` === base) return response.writeHead(301, { Location: base }).end();
		return notFound();
	}
	const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
	const target = join(root, relative);
	if (!target.startsWith(root)) return notFound();
	const found = fileAt(target);
	if (found === 'directory') {
		if (!pathname.endsWith('/'))
			return response.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
		const index = join(target, 'index.html');
		return fileAt(index) ? send(request, response, 200, index) : notFound();
	}
	if (found) return send(request, response, 200, found);
	return notFound();
}

server.listen(Number(values.port), () => {
	console.log(`Serving ${root} at http://localhost:${values.port}${base}`);
});
