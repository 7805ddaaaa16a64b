import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { offlineStep, planPrecache, serviceWorkerSource, type Precache } from './precache';
import { BuiltSite, memoryStore } from './site';

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
	file('_headers'),
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
		for (const left of ['/og/', 'pagefind-ui', 'web.config', '_headers', 'sitemap', 'sw.js'])
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
});

type Listener = (event: unknown) => void;

/**
 * Runs the bundled worker in a bare context with a stand-in `caches` (holding `cached`, by path) and
 * `fetch` (the network, or none), and returns how it answers a request: the Response it hands to
 * `respondWith`, or undefined when it leaves the request to the browser.
 */
function runWorker(
	source: string,
	options: { cached: Record<string, string>; network?: (request: Request) => Response }
) {
	const origin = 'https://support.example.com';
	const listeners = new Map<string, Listener>();
	const added: string[] = [];
	const cache = {
		match: (path: string) => {
			const body = options.cached[path];
			return Promise.resolve(body === undefined ? undefined : new Response(body, { status: 200 }));
		},
		addAll: (requests: Request[]) => (added.push(...requests.map((r) => r.url)), Promise.resolve()),
	};
	runInNewContext(source, {
		self: {
			addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
			location: { origin },
		},
		caches: { open: () => Promise.resolve(cache), keys: () => Promise.resolve([]) },
		fetch: (request: Request) =>
			options.network
				? Promise.resolve(options.network(request))
				: Promise.reject(new TypeError('Failed to fetch')),
		// A worker resolves a relative URL against its own location.
		Request: class extends Request {
			constructor(input: string, init?: RequestInit) {
				super(new URL(input, origin), init);
			}
		},
		Response,
		URL,
	});
	return {
		install: async () => {
			let done: Promise<unknown> = Promise.resolve();
			listeners.get('install')!({ waitUntil: (promise: Promise<unknown>) => (done = promise) });
			await done;
			return added;
		},
		fetch: async (url: string, navigation = true) => {
			const request = new Request(url);
			if (navigation) Object.defineProperty(request, 'mode', { value: 'navigate' });
			let answered: Promise<Response> | undefined;
			listeners.get('fetch')!({
				request,
				respondWith: (response: Promise<Response>) => (answered = response),
			});
			return answered && (await answered);
		},
	};
}

describe('the service worker, bundled from its source and run', () => {
	const precache: Precache = {
		version: 'v1',
		urls: ['/kb/', '/kb/404.html', '/kb/errors/x/'],
		bytes: 0,
	};
	const source = serviceWorkerSource('/kb/', precache);
	const cached = { '/kb/': 'home', '/kb/404.html': 'not found page', '/kb/errors/x/': 'x' };

	test('installs by fetching the whole precache', async () => {
		expect(source).toContain('build v1');
		const added = await runWorker(source, { cached }).install();
		expect(added.map((url) => new URL(url).pathname)).toEqual(precache.urls);
	});

	test('offline, a page it holds opens, and a missing page gets the 404 page with the status 404', async () => {
		const worker = runWorker(source, { cached });
		const page = await worker.fetch('https://support.example.com/kb/errors/x/?q=1');
		expect([page?.status, await page?.text()]).toEqual([200, 'x']);
		const missing = await worker.fetch('https://support.example.com/kb/no-such-page/');
		expect([missing?.status, await missing?.text()]).toEqual([404, 'not found page']);
	});

	test('offline, a missing file that is not a page fails as the network did', async () => {
		const worker = runWorker(source, { cached });
		await expect(worker.fetch('https://support.example.com/kb/missing.js', false)).rejects.toThrow(
			'Failed to fetch'
		);
	});

	test("online, what it does not hold is the server's answer", async () => {
		const worker = runWorker(source, {
			cached,
			network: () => new Response('server 404', { status: 404 }),
		});
		const missing = await worker.fetch('https://support.example.com/kb/no-such-page/');
		expect([missing?.status, await missing?.text()]).toEqual([404, 'server 404']);
	});

	test('leaves other origins and paths outside the base path to the browser', async () => {
		const worker = runWorker(source, { cached });
		expect(await worker.fetch('https://elsewhere.example.com/kb/')).toBeUndefined();
		expect(await worker.fetch('https://support.example.com/other/')).toBeUndefined();
	});

	test('holds no run-time caching code', () => {
		expect(source).not.toMatch(/cache\.put|skipWaiting|clients\.claim/);
	});
});

test('the offline step writes the worker at the base path, with the precache of the built files', () => {
	const built = new BuiltSite(
		'/',
		memoryStore(Object.fromEntries(site.map((f) => [f.path, f.content])))
	);
	const reports: string[] = [];
	offlineStep.run(built, (message) => reports.push(message));
	expect(built.text('sw.js')).toContain(`build ${planPrecache('/', site).version}`);
	expect(reports).toEqual([expect.stringMatching(/^sw\.js precaches 8 files/)]);
});
