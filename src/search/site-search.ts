import { stem } from './paste/match';
import { words } from './text';

/**
 * The box as an ordinary site search ("quota", "how do I add a server to trustedhosts"): which pages of
 * the full-text index answer the reader's words. Plain TypeScript so it is unit-tested without the index.
 */
/** A page of the index as one term's search or the whole query returned it. */
export interface IndexHit {
	id: string;
}

/**
 * The reader's own words: Pagefind's ranking of the whole query (which weighs titles and headings)
 * first, then, to fill the list, the best pages of each word in turn, for words no page holds together.
 * Nothing when a word is found nowhere on the site: words the site never uses ("bake bread") are not
 * about it, and one known word among them must not make a page look like the answer.
 */
export function rankWordQuery<T extends IndexHit>(
	perTerm: readonly (readonly T[])[],
	wholeQuery: readonly T[],
	limit: number
): T[] {
	if (perTerm.length === 0 || perTerm.some((hits) => hits.length === 0)) return [];
	const ranked = new Map<string, T>();
	const add = (hit: T | undefined) => {
		if (hit && ranked.size < limit && !ranked.has(hit.id)) ranked.set(hit.id, hit);
	};
	wholeQuery.forEach(add);
	for (let rank = 0; ranked.size < limit && perTerm.some((hits) => rank < hits.length); rank++) {
		for (const hits of perTerm) add(hits[rank]);
	}
	return [...ranked.values()];
}

/**
 * The words the whole query asks for: with three or more, all but the one found on the most pages, which
 * says least about what the reader wants ("server" in "add a server to trustedhosts") and would rule out
 * the page that answers them in other words.
 */
export function wholeQueryTerms(
	terms: readonly string[],
	pagesPerTerm: readonly number[]
): string[] {
	if (terms.length < 3) return [...terms];
	const commonest = pagesPerTerm.indexOf(Math.max(...pagesPerTerm));
	return terms.filter((_, i) => i !== commonest);
}

/**
 * The pages the index found, put in the order a reader of the words expects: pages whose title holds
 * more of the words first, and among them the page whose title is most about those words (fewest other
 * words: "Access is denied" before "The WMI service returned an access denied error" for "access
 * denied"), the index's own order after that. Words compare by their stems ("hop" and "hops").
 */
export function rankByTitle<T extends { title: string }>(
	pages: readonly T[],
	terms: readonly string[]
): T[] {
	const wanted = new Set(terms.map((term) => stem(term.toLowerCase())));
	if (wanted.size === 0) return [...pages];
	const scored = pages.map((page, order) => {
		const title = new Set(
			words(page.title)
				.filter((word) => word.length > 2)
				.map(stem)
		);
		const held = [...wanted].filter((term) => title.has(term)).length;
		return {
			page,
			order,
			coverage: held / wanted.size,
			focus: title.size > 0 ? held / title.size : 0,
		};
	});
	scored.sort((a, b) => b.coverage - a.coverage || b.focus - a.focus || a.order - b.order);
	return scored.map((entry) => entry.page);
}
