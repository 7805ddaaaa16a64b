#!/usr/bin/env node
/**
 * `npm run bench:search`: builds the site, drives the paste search in Chromium over every bench paste,
 * and prints how it does where it counts:
 *
 * - accuracy on the **check** half of the real pastes (threads nobody copied wordings from), on the
 *   **tune** half, on the **constructed** pastes (no URL), and **leave-one-thread-out** (each real paste
 *   matched without the catalog's wordings quoted from its own thread, in Node); wrong "exact" claims;
 * - speed and transfer on the real catalog and on a synthetic catalog four times its size: the matcher's
 *   p95 in Node, paste to results in Chromium with the box focused first, and the bytes of a first search;
 * - bad input (a 1 MB log, a 200,000-character word, regex bait), plain Pagefind on the same pastes, and
 *   the precision of the reader's values filled into commands.
 *
 * It exits non-zero below its thresholds (`THRESHOLDS`), so a change that makes the search worse fails.
 *
 *   node bench/search.mjs [--pastes path/to/pastes.json]
 *
 * Pastes: bench/pastes.dev.json plus every bench/pastes/*.json, de-duplicated by id; each file is a group.
 * A paste expected to be "none" (not covered by the site) counts as right when nothing is claimed exact.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, kb, launch, loadSearchLib, percentile, serve } from './lib.mjs';
import { leaveOneThreadOut } from './loo.mjs';
import { halfOf } from './split.mjs';
import { syntheticIndex } from './synthetic.mjs';

/** Issue 17: the check half and leave-one-thread-out are what generalising means; a wrong exact is never fine. */
const THRESHOLDS = { checkTop1: 0.9, leaveOneOutTop1: 0.85, wrongExact: 0 };
/** The synthetic catalog's size, in real catalogs. */
const FACTOR = 4;
/** Fresh pages measured for the first-search transfer, per catalog: a spread sample of the pastes. */
const COLD_SAMPLE = 12;
/** Runs of the matcher per paste in Node; the best is kept, since the machine is shared. */
const NODE_RUNS = 5;

const { values } = parseArgs({ options: { pastes: { type: 'string' } } });

function pasteFiles() {
	if (values.pastes) return [values.pastes];
	const extra = existsSync('bench/pastes')
		? readdirSync('bench/pastes')
				.filter((name) => name.endsWith('.json'))
				.sort()
				.map((name) => join('bench/pastes', name))
		: [];
	return ['bench/pastes.dev.json', ...extra];
}

const pastes = [];
const seen = new Set();
for (const file of pasteFiles()) {
	const group = relative('.', file);
	for (const paste of JSON.parse(readFileSync(file, 'utf8'))) {
		if (seen.has(paste.id)) continue;
		seen.add(paste.id);
		pastes.push({ ...paste, group, half: paste.url ? halfOf(paste.url) : 'constructed' });
	}
}

const OUT = './dist-bench';
const OUT_LARGE = './dist-bench-4x';
const PORT = Number(process.env.BENCH_PORT ?? 4395);
const started = performance.now();

const built = build(OUT);
phase('built');
const index = JSON.parse(readFileSync(join(OUT, 'errors.json'), 'utf8'));
const large = syntheticIndex(index, FACTOR);
// The same site with the synthetic catalog as its errors index: what a reader's browser would load.
rmSync(OUT_LARGE, { recursive: true, force: true });
cpSync(OUT, OUT_LARGE, { recursive: true });
writeFileSync(join(OUT_LARGE, 'errors.json'), JSON.stringify(large));

const expectedPath = (paste) => (paste.expect === 'none' ? undefined : `/errors/${paste.expect}/`);

/** Top-1, top-3 and wrong exact claims for one paste, from the result paths in order and the exact ones. */
function score(paste, paths, exactPaths) {
	const expected = expectedPath(paste);
	if (!expected) {
		const right = exactPaths ? exactPaths.length === 0 : paths.length === 0;
		return { top1: right, top3: right, wrongExact: exactPaths?.length ?? 0 };
	}
	return {
		top1: paths[0] === expected,
		top3: paths.slice(0, 3).includes(expected),
		// A paste with two errors in it (`also`: the second's slug) may claim both exactly.
		wrongExact: exactPaths
			? exactPaths.filter(
					(path) =>
						path !== expected && !(paste.also ?? []).some((slug) => path === `/errors/${slug}/`)
				).length
			: 0,
	};
}

/** Pastes into the box as a browser paste does; resolves with the ms until aria-busy="false" and the results. */
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
		const begun = performance.now();
		box.value = value;
		box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
		const ended = await finished;
		const items = [...results.querySelectorAll('li')].map((li) => ({
			path: new URL(li.querySelector('a').href).pathname,
			match: li.dataset.match,
		}));
		return { ms: ended - begun, items };
	}, text);
}

/** Focuses the box, as a reader does before pasting, and waits for what that loads (the search and its index). */
async function focusBox(page) {
	const loaded = page.waitForResponse((response) => response.url().endsWith('/errors.json'));
	await page.focus('form[data-error-search] textarea[name="q"]');
	await loaded;
	// The index is prepared once it arrives; a search for nothing answers once it is, as a reader's paste
	// a moment after focusing would.
	await runSearch(page, ' ');
}

/** A fresh page of the site (its own browser context: no cache) with the box focused. */
async function focusedPage(browser, url) {
	const page = await browser.newPage();
	await page.goto(url, { waitUntil: 'load' });
	await focusBox(page);
	return page;
}

/** Every paste on one warm page, one after another, as someone working through a ticket queue. */
async function warmRun(browser, url) {
	const page = await focusedPage(browser, url);
	await runSearch(page, 'warm up');
	const rows = [];
	for (const paste of pastes) {
		const { ms, items } = await runSearch(page, paste.paste);
		const paths = items.map((item) => item.path);
		const exact = items.filter((item) => item.match === 'exact').map((item) => item.path);
		rows.push({ paste, ms, paths, ...score(paste, paths, exact) });
	}
	await page.close();
	return rows;
}

/**
 * A spread sample of the pastes, each on a fresh page (its own context: nothing cached), counting every
 * byte from focusing the box to the end of the paste's search: the search code, the errors index, and
 * what the paste sets going (the code table, the full-text index).
 */
async function coldRun(browser, url) {
	const step = Math.max(1, Math.floor(pastes.length / COLD_SAMPLE));
	const rows = [];
	for (let i = 0; i < pastes.length; i += step) {
		const paste = pastes[i];
		const page = await browser.newPage();
		await page.goto(url, { waitUntil: 'load' });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		let bytes = 0;
		let requests = 0;
		cdp.on('Network.loadingFinished', (event) => {
			bytes += event.encodedDataLength;
			requests++;
		});
		await focusBox(page);
		const { ms } = await runSearch(page, paste.paste);
		await page.waitForLoadState('networkidle');
		rows.push({ id: paste.id, ms, bytes, requests });
		await page.close();
	}
	return rows;
}

/** The bytes a reader's browser loads on focusing the box (the search code and the errors index). */
async function focusBytes(browser, url) {
	const page = await browser.newPage();
	await page.goto(url, { waitUntil: 'load' });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	let bytes = 0;
	cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
	await focusBox(page);
	await page.waitForLoadState('networkidle');
	await page.close();
	return bytes;
}

/** Prints a phase's name and the time so far, so a slow run shows where its time went. */
function phase(name) {
	process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${name}\n`);
}

const server = await serve(OUT, PORT);
const serverLarge = await serve(OUT_LARGE, PORT + 1);
const browser = await launch();

const ours = await warmRun(browser, server.url);
phase('every paste, real catalog');
const oursLarge = await warmRun(browser, serverLarge.url);
phase(`every paste, synthetic ${FACTOR}x`);
const cold = await coldRun(browser, server.url);
const coldLarge = await coldRun(browser, serverLarge.url);
const focus = await focusBytes(browser, server.url);
const focusLarge = await focusBytes(browser, serverLarge.url);
phase('first searches');

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

phase('plain Pagefind');
// Bad input: huge and hostile pastes must still answer within a second and leave the page usable.
const hostile = [
	['1 MB error log', `${'2025-01-01T00:00:00Z INFO step ok\n'.repeat(30_000)}Access is denied.`],
	['200,000-character word', 'x'.repeat(200_000)],
	['100,000 blank lines', '\n'.repeat(100_000)],
	['regex bait', `At ${'x:'.repeat(20_000)}${'((((a+)+)+)+'.repeat(2_000)}${'<a '.repeat(20_000)}`],
	[
		'markup',
		`${'<img src=x onerror=alert(1)><script>alert(2)</script>'.repeat(2_000)}Access is denied.`,
	],
	['JSON bait', `{${'"msg": "'.repeat(20_000)}`],
];
const badInput = [];
for (const [url, label] of [
	[server.url, '1x'],
	[serverLarge.url, `${FACTOR}x`],
]) {
	const badPage = await focusedPage(browser, url);
	await runSearch(badPage, 'warm up');
	const times = [];
	for (const [name, text] of hostile) {
		const { ms } = await runSearch(badPage, text);
		times.push({ name, ms });
	}
	badInput.push({ label, times });
	await badPage.close();
}

await browser.close();
server.stop();
serverLarge.stop();
phase('bad input');

// In Node, from the library: the matcher's own time on both catalogs, leave-one-thread-out, values.
const lib = await loadSearchLib();
const model = lib.prepareModel(index.errors);
const modelLarge = lib.prepareModel(large.errors);

/** The matcher's time per paste (best of `NODE_RUNS`), after one warm-up pass. */
function nodeTimes(prepared) {
	for (const paste of pastes) lib.analyzePaste(paste.paste, prepared);
	return pastes.map((paste) => {
		let best = Infinity;
		for (let run = 0; run < NODE_RUNS; run++) {
			const begun = performance.now();
			lib.analyzePaste(paste.paste, prepared);
			best = Math.min(best, performance.now() - begun);
		}
		return best;
	});
}
const prepareMs = (errors) => {
	const begun = performance.now();
	lib.prepareModel(errors);
	return performance.now() - begun;
};
const nodeSmall = nodeTimes(model);
const nodeLarge = nodeTimes(modelLarge);
const prepareSmall = prepareMs(index.errors);
const prepareLarge = prepareMs(large.errors);

/** What the site shows first for an analysis, graded like the browser's list (words go to the full-text index). */
function nodeRow(paste, analysis) {
	const evidence = analysis.kind === 'words' ? [] : analysis.evidence;
	const paths = evidence.map((e) => new URL(e.error.url, 'http://x').pathname);
	const exact = evidence
		.filter((e) => e.match === 'exact')
		.map((e) => new URL(e.error.url, 'http://x').pathname);
	return { paste, paths, ...score(paste, paths, exact) };
}
const entries = lib.loadEntries('errors');
const leaveOut = leaveOneThreadOut(lib, index, entries, pastes).map((row) => ({
	...nodeRow(row.paste, row.analysis),
	dropped: row.dropped,
}));

phase('Node figures');
const valueCases = JSON.parse(readFileSync('bench/values.dev.json', 'utf8'));
const valueRows = valueCases.map((entry) => {
	const filled = lib.valuesFromIdentifiers(lib.analyzePaste(entry.paste, model).clean.identifiers);
	const wrong = Object.entries(filled).filter(([kind, value]) => entry.expect[kind] !== value);
	const found = Object.entries(entry.expect).filter(([kind, value]) => filled[kind] === value);
	return {
		entry,
		filled: Object.keys(filled).length,
		wrong,
		expected: Object.keys(entry.expect).length,
		found: found.length,
	};
});
const sum = (rows, key) =>
	rows.reduce((n, row) => n + (typeof row[key] === 'number' ? row[key] : row[key].length), 0);

// ---- The report.
const share = (n, total) => (total === 0 ? 'n/a' : `${((100 * n) / total).toFixed(1)}%`);
const rate = (rows, key) =>
	rows.length === 0 ? 1 : rows.filter((row) => row[key]).length / rows.length;
const pct = (rows, key) => share(rows.filter((row) => row[key]).length, rows.length);
const ms = (value) => `${value.toFixed(1)} ms`;
const half = (rows, name) => rows.filter((row) => row.paste.half === name);
const errorsJsonGz = (json) => gzipSync(JSON.stringify(json)).length;

const wordings = (idx) =>
	idx.errors.reduce((n, e) => n + e.messages.length + e.otherWordings.length, 0);
const counts = ['tune', 'check', 'constructed'].map((name) => `${half(ours, name).length} ${name}`);
console.log(
	`\nPaste search on ${pastes.length} pastes (${counts.join(', ')}); ` +
		`site built in ${(built.ms / 1000).toFixed(1)} s`
);
console.log(
	`catalog: ${index.errors.length} errors, ${wordings(index)} wordings; synthetic ${FACTOR}x: ${large.errors.length} errors, ${wordings(large)} wordings\n`
);

console.log(
	'set                            pastes  top-1   top-3   wrong exact  plain Pagefind top-1'
);
const setLine = (name, rows, plainRows) =>
	console.log(
		name.padEnd(31) +
			String(rows.length).padEnd(8) +
			pct(rows, 'top1').padEnd(8) +
			pct(rows, 'top3').padEnd(8) +
			String(sum(rows, 'wrongExact')).padEnd(13) +
			(plainRows ? pct(plainRows, 'top1') : '')
	);
const plainOf = (rows) => plain.filter((p) => rows.some((row) => row.paste.id === p.paste.id));
setLine('check half (real, unseen)', half(ours, 'check'), plainOf(half(ours, 'check')));
setLine('tune half (real)', half(ours, 'tune'), plainOf(half(ours, 'tune')));
setLine('constructed (no URL)', half(ours, 'constructed'), plainOf(half(ours, 'constructed')));
setLine('leave-one-thread-out (Node)', leaveOut);
setLine('  of it, check half', half(leaveOut, 'check'));
setLine('  of it, tune half', half(leaveOut, 'tune'));
setLine('all, on the synthetic 4x', oursLarge);
console.log('\nby file:');
for (const group of [...new Set(pastes.map((paste) => paste.group))]) {
	const rows = ours.filter((row) => row.paste.group === group);
	setLine(`  ${group}`, rows);
}

const coldBytes = (rows) => rows.map((row) => row.bytes);
console.log(
	`\nspeed and transfer              real (${index.errors.length} errors)        synthetic ${FACTOR}x (${large.errors.length})       target`
);
const row = (name, a, b, target) =>
	console.log(`${name.padEnd(32)}${a.padEnd(25)}${b.padEnd(25)}${target}`);
row(
	'matcher p95 in Node',
	ms(percentile(nodeSmall, 95)),
	ms(percentile(nodeLarge, 95)),
	`<= 16 ms at ${FACTOR}x (best of ${NODE_RUNS} per paste)`
);
row(
	'matcher p50 / max in Node',
	`${ms(percentile(nodeSmall, 50))} / ${ms(Math.max(...nodeSmall))}`,
	`${ms(percentile(nodeLarge, 50))} / ${ms(Math.max(...nodeLarge))}`,
	''
);
row('preparing the index in Node', ms(prepareSmall), ms(prepareLarge), 'once per page, on focus');
/** The time at a percentile of timed pastes (the browser's paste-to-results). */
const msAt = (rows, p) =>
	ms(
		percentile(
			rows.map((r) => r.ms),
			p
		)
	);
row(
	'paste to results p95, Chromium',
	msAt(ours, 95),
	msAt(oursLarge, 95),
	'<= 50 ms, box focused first'
);
row('paste to results p50, Chromium', msAt(ours, 50), msAt(oursLarge, 50), '');
row(
	'first search, fresh page p95',
	msAt(cold, 95),
	msAt(coldLarge, 95),
	'box focused first, loads done'
);
row('bytes on focusing the box', kb(focus), kb(focusLarge), 'search code and errors index');
row(
	'first search transfer median',
	kb(percentile(coldBytes(cold), 50)),
	kb(percentile(coldBytes(coldLarge), 50)),
	`<= 150 KB (${cold.length} sampled pastes, focus included)`
);
row(
	'first search transfer max',
	kb(Math.max(...coldBytes(cold))),
	kb(Math.max(...coldBytes(coldLarge))),
	''
);
row('errors.json gzipped', kb(errorsJsonGz(index)), kb(errorsJsonGz(large)), '');
for (const [i, { label, times }] of badInput.entries())
	row(
		i === 0 ? 'bad input, paste to results' : '',
		`${label}: ${times.map((t) => `${t.name} ${t.ms.toFixed(0)}`).join(', ')} ms`,
		'',
		i === 0 ? '< 1000 ms each' : ''
	);

const filled = sum(valueRows, 'filled');
const wrongValues = sum(valueRows, 'wrong');
console.log(
	`\nvalue precision ${share(filled - wrongValues, filled)} ` +
		`(${wrongValues} wrong of ${filled} filled; bench/values.dev.json, ${valueRows.length} pastes), ` +
		`recall ${share(sum(valueRows, 'found'), sum(valueRows, 'expected'))}`
);
const analyses = pastes.map((paste) => ({ paste, analysis: lib.analyzePaste(paste.paste, model) }));
const noneRows = analyses.filter((r) => r.paste.expect === 'none');
const coveredRows = analyses.filter((r) => r.paste.expect !== 'none');
const said = (rows) => rows.filter((r) => r.analysis.uncovered).length;
console.log(
	`"not in our catalog": said of ${said(noneRows)} of ${noneRows.length} uncovered pastes; wrongly of ${said(coveredRows)} of ${coveredRows.length} covered ones`
);

// Misses: counts only for the check half (nobody shapes a rule to a check paste), ids for the rest.
const isMiss = (r) => !r.top1 || r.wrongExact > 0;
const checkMisses = half(ours, 'check').filter(isMiss);
console.log(
	`\ncheck-half misses: ${checkMisses.length} (wrong exact among them: ${sum(checkMisses, 'wrongExact')})`
);
const listMisses = (title, rows) => {
	const misses = rows.filter((r) => r.paste.half !== 'check' && isMiss(r));
	if (misses.length === 0) return;
	console.log(title);
	for (const r of misses)
		console.log(
			`  ${r.paste.id} expected ${r.paste.expect}, got ${r.paths.slice(0, 3).join(' ') || '(nothing)'}${r.wrongExact ? ' (wrong exact)' : ''}`
		);
};
listMisses('tune and constructed misses:', ours);
listMisses(
	`leave-one-thread-out misses (tune half; check half counted above: ${half(leaveOut, 'check').filter(isMiss).length}):`,
	leaveOut
);
const valueMisses = valueRows.filter((r) => r.wrong.length > 0 || r.found < r.expected);
if (valueMisses.length > 0) {
	console.log('value misses:');
	for (const r of valueMisses)
		console.log(
			`  ${r.entry.id} (${r.entry.class}) wrong: ${r.wrong.map(([k, v]) => `${k}=${v}`).join(', ') || '-'}; expected ${JSON.stringify(r.entry.expect)}`
		);
}

// The closing note reports what generalises: the check half and leave-one-thread-out.
const checkRate = rate(half(ours, 'check'), 'top1');
const looRate = rate(leaveOut, 'top1');
// Wrong exact claims count on the site as built; without a thread's wordings a general message the paste
// holds may be claimed where the thread's specific wording was, so leave-one-out's are only reported.
const wrongExact = sum(ours, 'wrongExact');
const failures = [
	checkRate < THRESHOLDS.checkTop1 &&
		`check half top-1 ${share(checkRate * 100, 100)} < ${THRESHOLDS.checkTop1 * 100}%`,
	looRate < THRESHOLDS.leaveOneOutTop1 &&
		`leave-one-thread-out top-1 ${share(looRate * 100, 100)} < ${THRESHOLDS.leaveOneOutTop1 * 100}%`,
	wrongExact > THRESHOLDS.wrongExact && `${wrongExact} wrong "exact" claims`,
].filter(Boolean);
console.log(
	`\nclosing note: check half ${share(checkRate * 100, 100)} top-1, ` +
		`leave-one-thread-out ${share(looRate * 100, 100)} ` +
		`(${sum(leaveOut, 'wrongExact')} exact claims of another page there), ` +
		`${wrongExact} wrong exact on the site; ${((performance.now() - started) / 1000).toFixed(0)} s in all`
);
rmSync(OUT_LARGE, { recursive: true, force: true });
if (failures.length > 0) {
	console.log(`FAILED: ${failures.join('; ')}`);
	process.exitCode = 1;
}
