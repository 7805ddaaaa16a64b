import type { APIRoute } from 'astro';
import { loadCatalog } from '../data/catalog';
import { entryHref } from '../data/site';
import { buildErrorsIndex } from '../search/errors-index';

/** `/errors.json`: every error with its messages and fixes, generated from the same content as the pages. */
export const GET: APIRoute = async () => {
	const catalog = await loadCatalog();
	const index = buildErrorsIndex({
		base: import.meta.env.BASE_URL,
		url: entryHref,
		errors: catalog.errors,
		fix: (slug) => catalog.fix(slug).data,
	});
	return new Response(JSON.stringify(index), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
