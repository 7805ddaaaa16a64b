#!/usr/bin/env node
/**
 * `npm run bench:weight`: loads one page of each kind in Chromium and prints what it transfers before any
 * search: HTML, CSS and JavaScript (decoded sizes), other bytes, the number of requests, and any request
 * to another origin (there must be none). Budgets: 30 KB of JavaScript and 25 KB of CSS per page. The
 * service worker is blocked while measuring (its precache is not what a page costs to open); the size of
 * that precache, what a first visit adds in the background, is printed after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../src/build/build-files.ts';
import { planPrecache } from '../src/build/precache.ts';
import { build, kb, launch, serve } from './lib.mjs';

const OUT = './dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4394);
build(OUT);
const server = await serve(OUT, PORT);
const browser = await launch();
const context = await browser.newContext({ serviceWorkers: 'block' });

const types = [
	['home', ''],
	['error page', 'errors/access-denied/'],
	['fix page', 'fixes/add-computer-to-trustedhosts/'],
	['errors browse', 'errors/'],
	['fixes browse', 'fixes/'],
	['404', 'no-such-page/'],
];

console.log(
	'\npage type        HTML       CSS        JS         other      requests  other origins'
);
let overBudget = false;
for (const [label, path] of types) {
	const page = await context.newPage();
	const sizes = { document: 0, stylesheet: 0, script: 0, other: 0 };
	let requests = 0;
	const foreign = [];
	const pending = [];
	page.on('response', (response) => {
		requests++;
		const url = response.url();
		if (!url.startsWith(server.url.replace(/\/$/, ''))) foreign.push(url);
		const type = response.request().resourceType();
		pending.push(
			response.body().then(
				(body) => {
					sizes[type in sizes ? type : 'other'] += body.length;
				},
				() => {}
			)
		);
	});
	await page.goto(server.url + path, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	if (sizes.script > 30 * 1024 || sizes.stylesheet > 25 * 1024) overBudget = true;
	console.log(
		label.padEnd(17) +
			[sizes.document, sizes.stylesheet, sizes.script, sizes.other]
				.map((n) => kb(n).padEnd(11))
				.join('') +
			String(requests).padEnd(10) +
			foreign.length
	);
	await page.close();
}
await browser.close();
server.stop();
console.log(
	`\nBudget (30 KB JavaScript, 25 KB CSS before any search): ${overBudget ? 'EXCEEDED' : 'met'}`
);
const precache = planPrecache(
	'/',
	listFiles(OUT).map((path) => ({ path, content: readFileSync(join(OUT, path)) }))
);
console.log(
	`Offline precache (fetched by the service worker after the first visit): ${precache.urls.length} files, ${kb(precache.bytes)}`
);
