/**
 * The service worker (`sw.js` at the base path), bundled by the build's offline step (../precache.ts),
 * which puts this build's precache in place of `__PSRT_PRECACHE__`. It fetches the whole precache when it
 * installs and answers as respond.ts says. It stores nothing at run time, so neither a paste nor the
 * reader's values (which only ever live in the page and its fragment) can end up in a cache. It never
 * takes over open pages (no skipWaiting), and it deletes the caches of older builds only once it is the
 * active worker, so one page never mixes builds.
 */
import { answer, handles } from './respond';

declare const self: ServiceWorkerGlobalScope;
/** Replaced by the build with this build's precache (esbuild's `define`). */
declare const __PSRT_PRECACHE__: { version: string; base: string; urls: string[] };

const { version, base, urls } = __PSRT_PRECACHE__;
const PREFIX = 'psrt-';
const CACHE = `${PREFIX}${version}`;

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' }))))
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(
					names
						.filter((name) => name.startsWith(PREFIX) && name !== CACHE)
						.map((name) => caches.delete(name))
				)
			)
	);
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (!handles(request, self.location.origin, base)) return;
	event.respondWith(
		caches.open(CACHE).then((cache) =>
			answer(request, request.mode === 'navigate', base, {
				cached: (path) => cache.match(path, { ignoreSearch: true }),
				network: (outgoing) => fetch(outgoing),
			})
		)
	);
});
