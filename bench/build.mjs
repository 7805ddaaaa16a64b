#!/usr/bin/env node
/**
 * `npm run bench`: a clean build, timed, with the number of pages it wrote, and the JavaScript each kind
 * of page loads as it opens (the module scripts its HTML names, with their static imports).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, kb } from './lib.mjs';

const OUT = './dist-bench';
const { ms } = build(OUT);

function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const files = walk(OUT);
const pages = files.filter((file) => file.endsWith('.html'));
const redirects = pages.filter((file) => /http-equiv="refresh"/.test(readFileSync(file, 'utf8')));

/** Bytes of a module and everything it imports statically (what loads before any interaction). */
function moduleBytes(path, seen = new Set()) {
	if (seen.has(path)) return 0;
	seen.add(path);
	const source = readFileSync(path, 'utf8');
	let total = Buffer.byteLength(source);
	for (const match of source.matchAll(
		/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g
	)) {
		total += moduleBytes(join(path, '..', match[1]), seen);
	}
	return total;
}

const types = [
	['home', 'index.html'],
	['error page', 'errors/access-denied/index.html'],
	['fix page', 'fixes/add-computer-to-trustedhosts/index.html'],
	['errors browse', 'errors/index.html'],
	['fixes browse', 'fixes/index.html'],
	['404', '404.html'],
];

console.log(
	`\nClean build: ${(ms / 1000).toFixed(1)} s (target < 60 s), ${pages.length - redirects.length} pages and ${redirects.length} redirects\n`
);
console.log('page type        JavaScript on load   (inline)');
for (const [label, file] of types) {
	const html = readFileSync(join(OUT, file), 'utf8');
	const seen = new Set();
	let bytes = 0;
	for (const match of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
		const path = join(OUT, relative(process.env.BASE_PATH ?? '/', match[1]));
		bytes += moduleBytes(path, seen);
	}
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
		(n, m) => n + Buffer.byteLength(m[1]),
		0
	);
	console.log(`${label.padEnd(17)}${kb(bytes).padEnd(21)}${kb(inline)}`);
}
