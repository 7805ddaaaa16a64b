/**
 * The box as an ordinary site search, for words rather than an error ("quota", "how do I add a server
 * to trustedhosts"): which words to ask the full-text index about, and how to rank the pages it
 * returns for each. Plain TypeScript so the ranking is unit-tested without the index.
 */
import { words } from './text';

/** Words of a question that say nothing about what it is about. */
const QUESTION_WORDS = new Set(
	'a an and are as at be but by can could do does did for from get got has have how i if in into is it its me my of on or should so that the their then there this to was we what when where which who why will with would you your'.split(
		' ',
	),
);

/** At most this many words are looked up; a longer text is not a site search. */
export const MAX_SITE_SEARCH_TERMS = 6;

/** The words worth looking up, in the order typed, each once. */
export function siteSearchTerms(text: string): string[] {
	const terms: string[] = [];
	for (const word of words(text.slice(0, 2_000))) {
		if (word.length < 2 || QUESTION_WORDS.has(word) || terms.includes(word)) continue;
		terms.push(word);
		if (terms.length === MAX_SITE_SEARCH_TERMS) break;
	}
	return terms;
}

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
	const needed = Math.min(2, perTerm.filter((hits) => hits.length > 0).length);
	return [...tally.values()]
		.filter((entry) => entry.hits >= needed)
		.sort((a, b) => b.hits - a.hits || b.score - a.score)
		.slice(0, limit)
		.map((entry) => entry.page);
}
