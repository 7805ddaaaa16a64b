/** What the benchmarks share: building into their own folder, serving it, and a headless Chromium. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';

/** Builds the site into `outDir` from scratch and returns the wall time in milliseconds. */
export function build(outDir, env = {}) {
	rmSync(outDir, { recursive: true, force: true });
	const started = performance.now();
	const result = spawnSync('astro', ['build'], {
		env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (result.status !== 0) {
		process.stderr.write(result.stdout + result.stderr);
		throw new Error(`astro build failed with exit code ${result.status}`);
	}
	return { ms: performance.now() - started, log: result.stdout };
}

/** Serves a built folder with the project's static server; resolves once it listens. */
export function serve(dir, port, base = '/') {
	const child = spawn('node', ['scripts/serve.mjs', dir, '--port', String(port), '--base', base], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.stdout.once('data', () =>
			resolve({ url: `http://localhost:${port}${base}`, stop: () => child.kill() })
		);
	});
}

export async function launch() {
	const executablePath = findChromium();
	if (!executablePath)
		throw new Error('No Chromium: run `node scripts/ensure-tools.mjs chromium` first');
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The search library itself (analyzePaste, prepareModel, valuesFromIdentifiers) and the content loader
 * of the unit tests (loadEntries, which parses every entry through the real schemas), bundled from the
 * TypeScript sources with esbuild, for figures computed in Node without a browser. The bundle is written
 * to a folder of its own in the project (removed once loaded) so that its package imports and the
 * loader's `../content/` resolve like the tests' own.
 */
export async function loadSearchLib() {
	const { build: bundle } = await import('esbuild');
	const result = await bundle({
		stdin: {
			contents: [
				"export { analyzePaste } from './src/search/analyze.ts';",
				"export { prepareModel } from './src/search/paste/match.ts';",
				"export { valuesFromIdentifiers } from './src/values/values.ts';",
				"export { loadEntries } from './test/load-content.ts';",
			].join('\n'),
			resolveDir: process.cwd(),
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'node',
		packages: 'external',
		alias: { 'astro:content': './test/astro-content.ts' },
		write: false,
	});
	// One level below the project, as test/ is: the loader finds content/ at `../content/` from there.
	const dir = join(process.cwd(), `.bench-lib-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'search-lib.mjs');
	writeFileSync(file, result.outputFiles[0].text);
	try {
		return await import(pathToFileURL(file).href);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
