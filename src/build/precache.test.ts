import { describe, expect, test } from 'vitest';
import { planPrecache, serviceWorkerSource } from './precache';

const file = (path: string, text = path) => ({ path, content: new TextEncoder().encode(text) });
const site = [
	file('index.html'),
	file('errors/access-denied/index.html'),
	file('404.html'),
	file('errors.json'),
	file('_astro/app.abc123.js'),
	file('pagefind/pagefind.js'),
	file('pagefind/wasm.en.pagefind'),
	file('pagefind/fragment/en_1.pf_fragment'),
	file('pagefind/pagefind-ui.js'),
	file('og/errors/access-denied.png'),
	file('web.config'),
	file('sitemap-index.xml'),
	file('sw.js'),
];

describe('the precache', () => {
	test('holds every page by its folder URL, the bundles, errors.json and the search index, under the base path', () => {
		const { urls } = planPrecache('/kb/remoting/', site);
		expect([...urls].sort()).toEqual(
			[
				'/kb/remoting/404.html',
				'/kb/remoting/_astro/app.abc123.js',
				'/kb/remoting/errors.json',
				'/kb/remoting/errors/access-denied/',
				'/kb/remoting/',
				'/kb/remoting/pagefind/fragment/en_1.pf_fragment',
				'/kb/remoting/pagefind/pagefind.js',
				'/kb/remoting/pagefind/wasm.en.pagefind',
			].sort()
		);
	});

	test('leaves out preview images, Pagefind UI bundles, host files, the sitemap and the worker', () => {
		const { urls } = planPrecache('/', site);
		for (const left of ['/og/', 'pagefind-ui', 'web.config', 'sitemap', 'sw.js'])
			expect(urls.join(' ')).not.toContain(left);
	});

	test('is versioned by its content: a changed file makes a new cache, an unchanged build the same one', () => {
		const first = planPrecache('/', site).version;
		expect(planPrecache('/', [...site]).version).toBe(first);
		const changed = site.map((f) =>
			f.path === 'errors.json' ? file('errors.json', '{"version":2}') : f
		);
		expect(planPrecache('/', changed).version).not.toBe(first);
	});

	test('the worker names its build cache and holds no run-time caching code', () => {
		const precache = planPrecache('/', site);
		const source = serviceWorkerSource('/', precache);
		expect(source).toContain(`const CACHE = 'psrt-${precache.version}'`);
		expect(source).not.toMatch(/cache\.put|skipWaiting|clients\.claim/);
	});
});
