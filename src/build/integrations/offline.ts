/**
 * Writes the service worker (`sw.js`, at the base path) at the end of every `astro build`, after the
 * Pagefind index, with the precache of this build: see src/build/precache.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../build-files';
import { planPrecache, SERVICE_WORKER_FILE, serviceWorkerSource } from '../precache';
import { withBase } from '../urls';

export function offlineCopy(): AstroIntegration {
	let base = '/';
	return {
		name: 'psrt:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				// The base path with its trailing slash, as every URL below it is written.
				base = withBase(config.base, '');
			},
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const files = listFiles(site).map((path) => ({
					path,
					content: readFileSync(join(site, path)),
				}));
				const precache = planPrecache(base, files);
				writeFileSync(join(site, SERVICE_WORKER_FILE), serviceWorkerSource(base, precache));
				logger.info(
					`service worker precaches ${precache.urls.length} files, ${(precache.bytes / 1024).toFixed(0)} KB`
				);
			},
		},
	};
}
