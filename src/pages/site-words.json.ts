import type { APIRoute } from 'astro';
import { loadCatalog } from '../data/catalog';
import { buildSiteWords } from '../search/site-words';

/**
 * `/site-words.json`: the words the error and fix pages are written with (see `src/search/site-words.ts`),
 * from the same content as the pages, so a site search can tell at once that no page uses a word.
 */
export const GET: APIRoute = async () => {
	const { errors, fixes, fixesFor } = await loadCatalog();
	const texts = [
		...errors.flatMap((error) => [
			error.data.title,
			error.data.summary,
			error.body ?? '',
			...error.data.messages.map((message) => message.text),
			...error.data.otherWordings.map((wording) => wording.text),
			...fixesFor(error).map(({ when }) => when),
		]),
		...fixes.flatMap((fix) => [fix.data.title, fix.data.summary, fix.body ?? '']),
	];
	return new Response(JSON.stringify(buildSiteWords(texts)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
