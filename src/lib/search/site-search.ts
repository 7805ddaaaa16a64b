/**
 * The box as an ordinary site search ("quota", "how do I add a server to trustedhosts"): which pages of
 * the full-text index answer the reader's words. Plain TypeScript so it is unit-tested without the index.
 */
/**
 * The reader's own words: Pagefind's ranking of the whole query (which weighs titles and headings), but
 * only when every word is found somewhere on the site: words the site never uses ("bake bread") are not
 * about it, and one known word among them must not make a page look like the answer.
 */
export function rankWordQuery<T>(hitsPerTerm: readonly number[], wholeQuery: readonly T[], limit: number): T[] {
	if (hitsPerTerm.length === 0 || hitsPerTerm.some((hits) => hits === 0)) return [];
	return wholeQuery.slice(0, limit);
}
