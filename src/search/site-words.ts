/**
 * `site-words.json`: every word the catalog's pages are written with, so that a site search for a word
 * no page uses ("how do I make coffee") answers "no matching page" without loading the full-text index,
 * whose wasm and index chunks are most of the bytes of a first search. It only ever spares the index:
 * a word it knows still goes to the index, which has the last word on what matches.
 */
import { words } from './text';
import { MAX_TERM_CHARS, MIN_WORD_TERM_CHARS, STEM_SLACK } from './tuning';

export const SITE_WORDS_VERSION = 1;

export interface SiteWordsJson {
	version: typeof SITE_WORDS_VERSION;
	/** Sorted, each once, lower case: the words a search term may be (see `MIN_WORD_TERM_CHARS`). */
	words: string[];
}

/** The words of these texts that could be search terms, sorted. */
export function buildSiteWords(texts: Iterable<string>): SiteWordsJson {
	const found = new Set<string>();
	for (const text of texts) {
		for (const word of words(text))
			if (word.length >= MIN_WORD_TERM_CHARS && word.length <= MAX_TERM_CHARS) found.add(word);
	}
	return { version: SITE_WORDS_VERSION, words: [...found].sort() };
}

/** Reads `site-words.json` as fetched; throws a clear error on anything else. */
export function decodeSiteWords(data: unknown): string[] {
	const json = data as Partial<SiteWordsJson> | null;
	if (
		json?.version !== SITE_WORDS_VERSION ||
		!Array.isArray(json.words) ||
		json.words.some((word) => typeof word !== 'string')
	) {
		throw new Error(`site-words.json: expected version ${SITE_WORDS_VERSION} with a list of words`);
	}
	return json.words;
}

/**
 * Whether a page may use the term. The index matches a word's stem, so a site word that shares all but
 * the term's last `STEM_SLACK` letters counts ("policies" and "policy"); this errs towards asking the
 * index, never towards a wrong "no matching page".
 */
export function siteMayUse(sortedWords: readonly string[], term: string): boolean {
	const stem = term.slice(0, Math.max(MIN_WORD_TERM_CHARS, term.length - STEM_SLACK));
	let low = 0;
	let high = sortedWords.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sortedWords[middle]! < stem) low = middle + 1;
		else high = middle;
	}
	return sortedWords[low]?.startsWith(stem) ?? false;
}
