import { describe, expect, test } from 'vitest';
import { answer, handles, NOT_FOUND_PAGE, type OfflineSources } from './respond';

const ORIGIN = 'https://support.example.com';
const BASE = '/kb/remoting/';

/** A cache holding these paths (each answering its own path as text) and a network that is up or gone. */
function sources(paths: string[], online: boolean): OfflineSources & { fetched: string[] } {
	const fetched: string[] = [];
	return {
		fetched,
		cached: (path) =>
			Promise.resolve(
				paths.includes(path)
					? new Response(`cached ${path}`, { headers: { 'Content-Type': 'text/html' } })
					: undefined
			),
		network: (request) => {
			fetched.push(new URL(request.url).pathname);
			if (!online) return Promise.reject(new TypeError('Failed to fetch'));
			return Promise.resolve(new Response(`network ${new URL(request.url).pathname}`));
		},
	};
}

const get = (path: string) => new Request(`${ORIGIN}${path}`);

describe('which requests the worker answers', () => {
	test('a GET of its own origin under the base path', () => {
		expect(handles(get(`${BASE}errors/`), ORIGIN, BASE)).toBe(true);
	});

	test('not another origin, another path, or a method other than GET', () => {
		expect(handles(new Request(`https://cdn.example.net${BASE}x`), ORIGIN, BASE)).toBe(false);
		expect(handles(get('/other-site/'), ORIGIN, BASE)).toBe(false);
		expect(handles(new Request(`${ORIGIN}${BASE}`, { method: 'POST' }), ORIGIN, BASE)).toBe(false);
	});
});

describe('how it answers', () => {
	test('from the cache first, without asking the network', async () => {
		const from = sources([`${BASE}errors/access-denied/`], true);
		const response = await answer(get(`${BASE}errors/access-denied/`), true, BASE, from);
		expect(await response.text()).toBe(`cached ${BASE}errors/access-denied/`);
		expect(from.fetched).toEqual([]);
	});

	test('from the network for what the cache does not hold', async () => {
		const from = sources([], true);
		const response = await answer(get(`${BASE}errors/new-page/`), true, BASE, from);
		expect(await response.text()).toBe(`network ${BASE}errors/new-page/`);
	});

	test('a missing page offline gets the 404 page with the status 404, its headers kept', async () => {
		const from = sources([`${BASE}${NOT_FOUND_PAGE}`], false);
		const response = await answer(get(`${BASE}no-such-page/`), true, BASE, from);
		expect(response.status).toBe(404);
		expect(response.headers.get('Content-Type')).toBe('text/html');
		expect(await response.text()).toBe(`cached ${BASE}${NOT_FOUND_PAGE}`);
	});

	test('a missing file offline (not a page) fails as the network did', async () => {
		const from = sources([`${BASE}${NOT_FOUND_PAGE}`], false);
		await expect(answer(get(`${BASE}missing.js`), false, BASE, from)).rejects.toThrow(
			'Failed to fetch'
		);
	});
});
