#!/usr/bin/env node
/**
 * Builds the site's real code with Astro's build() API into the folders given, over whatever catalog
 * `PSRT_CONTENT_DIR` names, with the `public/` folder `PSRT_PUBLIC_DIR` names if set (test/fixture-build.ts
 * sets them). Run as its own process, so that each build
 * loads the configuration afresh and one test's build never sees another's.
 *
 *   node test/build-fixture.mjs <outDir> <cacheDir>
 */
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: build-fixture.mjs <outDir> <cacheDir>');
try {
	await build({
		root: new URL('..', import.meta.url),
		outDir,
		cacheDir,
		// A test may serve files of its own, such as one of a type no host configuration knows.
		...(process.env.PSRT_PUBLIC_DIR ? { publicDir: process.env.PSRT_PUBLIC_DIR } : {}),
		logLevel: 'info',
	});
} catch (error) {
	// What the CLI prints: the message, the file it is about, and the hint (where the content checks list
	// the problems).
	console.error(error instanceof Error ? error.message : String(error));
	if (error?.loc?.file) console.error(`Location: ${error.loc.file}`);
	if (error?.hint) console.error(error.hint);
	process.exitCode = 1;
}
