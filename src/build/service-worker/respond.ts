/**
 * How the offline copy answers one request, apart from the worker's events (worker.ts), so that a test can
 * run it with a stand-in cache and network. It answers from this build's cache first; a URL the cache
 * does not hold goes to the network; a page that is missing while the network is gone gets the site's
 * 404 page with the status 404, as the server would have answered.
 */

/** The site's 404 page, under the base path. */
export const NOT_FOUND_PAGE = '404.html';

/** Whether the worker answers a request at all: a GET of its own origin, under the base path. */
export function handles(request: Request, origin: string, base: string): boolean {
	const url = new URL(request.url);
	return request.method === 'GET' && url.origin === origin && url.pathname.startsWith(base);
}

export interface OfflineSources {
	/** This build's cached response for a path, if it holds one (any query ignored). */
	cached(path: string): Promise<Response | undefined>;
	/** The network; it rejects when there is none. */
	network(request: Request): Promise<Response>;
}

export async function answer(
	request: Request,
	/** Whether the request opens a page (`request.mode === 'navigate'`). */
	navigation: boolean,
	base: string,
	sources: OfflineSources
): Promise<Response> {
	const cached = await sources.cached(new URL(request.url).pathname);
	if (cached) return cached;
	try {
		return await sources.network(request);
	} catch (error) {
		const notFound = navigation ? await sources.cached(`${base}${NOT_FOUND_PAGE}`) : undefined;
		if (!notFound) throw error;
		return new Response(notFound.body, {
			status: 404,
			statusText: 'Not Found',
			headers: notFound.headers,
		});
	}
}
