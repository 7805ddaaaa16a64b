/**
 * How the pages the full-text index returns for each term are ranked, for related pages of an error
 * paste and for the box as an ordinary site search ("quota", "how do I add a server to trustedhosts").
 * Plain TypeScript so the ranking is unit-tested without the index; its numbers are in tuning.ts.
 */
import { MIN_SHARED_TERMS } from './tuning';

export interface TermHit<T> {
	id: string;
	score: number;
	page: T;
}

/**
 * Ranks pages found for each term on its own: pages that hold more of the terms come first, then the
 * higher summed score. With two terms or more, a page must hold at least two of them, so one common
 * word ("server") cannot fill the list on its own.
 */
export function rankPages<T>(perTerm: readonly (readonly TermHit<T>[])[], limit: number): T[] {
	const tally = new Map<string, { score: number; hits: number; page: T }>();
	for (const hits of perTerm) {
		for (const hit of hits) {
			const entry = tally.get(hit.id) ?? { score: 0, hits: 0, page: hit.page };
			entry.score += hit.score;
			entry.hits += 1;
			tally.set(hit.id, entry);
		}
	}
	const needed = Math.min(MIN_SHARED_TERMS, perTerm.filter((hits) => hits.length > 0).length);
	return [...tally.values()]
		.filter((entry) => entry.hits >= needed)
		.sort((a, b) => b.hits - a.hits || b.score - a.score)
		.slice(0, limit)
		.map((entry) => entry.page);
}

/**
 * The reader's own words: Pagefind's ranking of the whole query (which weighs titles and headings), but
 * only when every word is found somewhere on the site: words the site never uses ("bake bread") are not
 * about it, and one known word among them must not make a page look like the answer.
 */
export function rankWordQuery<T>(hitsPerTerm: readonly number[], wholeQuery: readonly T[], limit: number): T[] {
	if (hitsPerTerm.length === 0 || hitsPerTerm.some((hits) => hits === 0)) return [];
	return wholeQuery.slice(0, limit);
}
