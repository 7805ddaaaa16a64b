#!/usr/bin/env node
/**
 * `npm run bench:search`: builds the site, drives the paste search in Chromium over a set of real-world
 * pastes, and prints accuracy, wrong "exact" claims, time from paste to `aria-busy="false"`, the bytes a
 * first search loads, and plain Pagefind's accuracy on the same pastes and index, side by side.
 *
 *   node bench/search.mjs [--pastes path/to/pastes.json]
 *
 * Pastes default to ../shared/fixtures/pastes.dev.json when present, else bench/pastes.dev.json.
 * A paste expected to be "none" (not covered by the site) counts as right when nothing is claimed:
 * no exact result for our search, no result at all for plain Pagefind (which has no notion of exact).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build, kb, launch, percentile, serve } from './lib.mjs';

const { values } = parseArgs({ options: { pastes: { type: 'string' } } });
const pastesPath = values.pastes ?? (existsSync('../shared/fixtures/pastes.dev.json') ? '../shared/fixtures/pastes.dev.json' : 'bench/pastes.dev.json');
const pastes = JSON.parse(readFileSync(pastesPath, 'utf8'));
const OUT = './dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4395);

const built = build(OUT);
const server = await serve(OUT, PORT);
const browser = await launch();

/** Pastes into the box as a browser paste does and resolves with the ms until aria-busy="false" and the results. */
async function runSearch(page, text) {
	return page.evaluate(async (value) => {
		const box = document.querySelector('form[data-error-search] textarea[name="q"]');
		const results = document.querySelector('[data-search-results]');
		const finished = new Promise((resolve) => {
			const observer = new MutationObserver(() => {
				if (results.getAttribute('aria-busy') === 'false') {
					observer.disconnect();
					resolve(performance.now());
				}
			});
			observer.observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
		});
		const started = performance.now();
		box.value = value;
		box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
		const ended = await finished;
		const items = [...results.querySelectorAll('li')].map((li) => ({
			path: new URL(li.querySelector('a').href).pathname,
			match: li.dataset.match,
		}));
		return { ms: ended - started, items };
	}, text);
}

const expectedPath = (paste) => (paste.expect === 'none' ? undefined : `/errors/${paste.expect}/`);

function score(paste, paths, exactPaths) {
	const expected = expectedPath(paste);
	if (!expected) {
		const right = exactPaths ? exactPaths.length === 0 : paths.length === 0;
		return { top1: right, top3: right, wrongExact: exactPaths?.length ?? 0 };
	}
	return {
		top1: paths[0] === expected,
		top3: paths.slice(0, 3).includes(expected),
		wrongExact: exactPaths ? exactPaths.filter((path) => path !== expected).length : 0,
	};
}

// Our search, warm: one page, one paste after another, as someone working through a ticket queue.
const page = await browser.newPage();
await page.goto(server.url);
await runSearch(page, 'warm up');
const ours = [];
for (const paste of pastes) {
	const { ms, items } = await runSearch(page, paste.paste);
	const paths = items.map((item) => item.path);
	const exact = items.filter((item) => item.match === 'exact').map((item) => item.path);
	ours.push({ paste, ms, paths, ...score(paste, paths, exact) });
}

// Our search, cold: a fresh page per paste, counting every byte the first search transfers.
const cold = [];
for (const paste of pastes) {
	const fresh = await browser.newPage();
	await fresh.goto(server.url);
	const cdp = await fresh.context().newCDPSession(fresh);
	await cdp.send('Network.enable');
	let bytes = 0;
	let requests = 0;
	cdp.on('Network.loadingFinished', (event) => {
		bytes += event.encodedDataLength;
		requests++;
	});
	const { ms } = await runSearch(fresh, paste.paste);
	// Count what the search set going too, such as the full-text index it adds related pages from.
	await fresh.waitForLoadState('networkidle');
	cold.push({ id: paste.id, ms, bytes, requests });
	await fresh.close();
}

// Plain Pagefind on the same pastes and the same index: the raw paste as the query.
const plain = [];
const pagefindPage = await browser.newPage();
await pagefindPage.goto(server.url);
for (const paste of pastes) {
	const paths = await pagefindPage.evaluate(async (query) => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ noWorker: true });
		const response = await pagefind.search(query);
		const top = await Promise.all(response.results.slice(0, 3).map((result) => result.data()));
		return top.map((data) => new URL(data.url, location.href).pathname);
	}, paste.paste);
	plain.push({ paste, paths, ...score(paste, paths, undefined) });
}

// Bad input: huge and hostile pastes must still answer within a second and leave the page usable.
const hostile = [
	['1 MB error log', `${'2025-01-01T00:00:00Z INFO step ok\n'.repeat(30_000)}Access is denied.`],
	['200,000-character word', 'x'.repeat(200_000)],
	['100,000 blank lines', '\n'.repeat(100_000)],
	['regex bait', `At ${'x:'.repeat(20_000)}${'((((a+)+)+)+'.repeat(2_000)}${'<a '.repeat(20_000)}`],
	['markup', `${'<img src=x onerror=alert(1)><script>alert(2)</script>'.repeat(2_000)}Access is denied.`],
];
const badInput = [];
const badPage = await browser.newPage();
await badPage.goto(server.url);
await runSearch(badPage, 'warm up');
for (const [name, text] of hostile) {
	const { ms } = await runSearch(badPage, text);
	badInput.push(`${name} ${ms.toFixed(0)} ms`);
}

await browser.close();
server.stop();

const pct = (rows, key) => `${((100 * rows.filter((row) => row[key]).length) / rows.length).toFixed(1)}%`;
const times = ours.map((row) => row.ms);
const coldTimes = cold.map((row) => row.ms);
const coldBytes = cold.map((row) => row.bytes);

console.log(`\nPaste search on ${pastes.length} pastes (${pastesPath}), site built in ${(built.ms / 1000).toFixed(1)} s\n`);
console.log('                          ours        plain Pagefind   target');
console.log(`top-1 accuracy            ${pct(ours, 'top1').padEnd(12)}${pct(plain, 'top1').padEnd(17)}>= 95%`);
console.log(`top-3 accuracy            ${pct(ours, 'top3').padEnd(12)}${pct(plain, 'top3').padEnd(17)}100%`);
console.log(`wrong "exact" claims      ${String(ours.reduce((n, row) => n + row.wrongExact, 0)).padEnd(12)}${'n/a'.padEnd(17)}0`);
console.log(`p50 paste to results      ${`${percentile(times, 50).toFixed(1)} ms`.padEnd(29)}< 50 ms`);
console.log(`p95 paste to results      ${`${percentile(times, 95).toFixed(1)} ms`.padEnd(29)}< 150 ms`);
console.log(`p50 / p95 on a fresh page ${`${percentile(coldTimes, 50).toFixed(1)} / ${percentile(coldTimes, 95).toFixed(1)} ms`.padEnd(29)}(first search, loads included)`);
console.log(`first search transfer     ${`${kb(percentile(coldBytes, 50))} median, ${kb(Math.max(...coldBytes))} max`.padEnd(29)}< 150 KB`);

console.log(`bad input, paste to results ${badInput.join(', ')} (target < 1000 ms each)`);
const slowest = (rows) => [...rows].sort((a, b) => b.ms - a.ms).slice(0, 3).map((row) => `${row.id} ${row.ms.toFixed(0)} ms`).join(', ');
console.log(`slowest searches          warm: ${slowest(ours.map((row) => ({ id: row.paste.id, ms: row.ms })))}; fresh page: ${slowest(cold)}`);

const misses = ours.filter((row) => !row.top1 || row.wrongExact > 0);
if (misses.length > 0) {
	console.log('\nOur misses:');
	for (const row of misses) console.log(`  ${row.paste.id} expected ${row.paste.expect}, got ${row.paths.slice(0, 3).join(' ') || '(nothing)'}`);
}
