import type { APIRoute } from 'astro';
import { loadCodeReference } from '../data/codes';
import { href } from '../data/site';
import { encodeCodesJson } from '../codes/json';

/**
 * `/codes.json`: every WinRM code and every Windows code of the winerror.h excerpt with its message and
 * covering error page, for the browser search to load lazily.
 */
export const GET: APIRoute = async () => {
	return new Response(JSON.stringify(encodeCodesJson(await loadCodeReference(), href('/codes/'))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
