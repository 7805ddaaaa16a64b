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
		errors: catalog.errors.map((error) => ({
			slug: error.id,
			title: error.data.title,
			summary: error.data.summary,
			messages: error.data.messages.map((message) => message.text),
			otherWordings: error.data.otherWordings.map((wording) => wording.text),
			signals: error.data.signals,
			stage: error.data.stage,
			retired: error.data.retired !== undefined,
			fixes: catalog.fixesFor(error).map(({ fix, when }) => ({
				slug: fix.id,
				title: fix.data.title,
				elevated: fix.data.elevated,
				when,
			})),
		})),
	});
	return new Response(JSON.stringify(index), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
