/**
 * Orders what a search shows: the best error first, then the other errors the paste prints after it
 * (each on its own evidence, so a paste of several errors shows each), then the best error's fixes in
 * the error's own order, then the other errors with evidence, then related pages from the full-text
 * index, with no page twice. Only an error whose message the paste contains is marked `exact`.
 */
import type { IndexedError, IndexedFix } from './errors-index';
import type { ErrorEvidence } from './paste/match';
import { MAX_OTHER_ERRORS, MAX_RESULTS, type Confidence } from './tuning';

export interface RelatedPage {
	url: string;
	title: string;
	excerpt: string;
}

/**
 * A result's `confidence` is what the reader is told: an error's own; a fix's is its error's, since it
 * is listed for that error; a page from the full-text index is only ever `possible`.
 */
export type SearchResult =
	| {
			kind: 'error';
			url: string;
			title: string;
			match: 'exact' | 'related';
			confidence: Confidence;
			evidence: ErrorEvidence;
	  }
	| {
			kind: 'fix';
			url: string;
			title: string;
			match: 'related';
			confidence: Confidence;
			fix: IndexedFix;
			error: IndexedError;
			rank: number;
	  }
	| {
			kind: 'page';
			url: string;
			title: string;
			match: 'related';
			confidence: 'possible';
			page: RelatedPage;
	  };

/** The error, its fixes in its order, other errors, then at most `maxPages` pages of the full-text index. */
export function orderResults(
	evidence: readonly ErrorEvidence[],
	related: readonly RelatedPage[],
	maxPages: number
): SearchResult[] {
	const results: SearchResult[] = [];
	const seen = new Set<string>();
	/** Adds a result unless its page is already listed or the list is full; says whether it did. */
	const push = (result: SearchResult): boolean => {
		if (seen.has(result.url) || results.length >= MAX_RESULTS) return false;
		seen.add(result.url);
		results.push(result);
		return true;
	};
	const errorResult = (e: ErrorEvidence): SearchResult => ({
		kind: 'error',
		url: e.error.url,
		title: e.error.title,
		match: e.match,
		confidence: e.confidence,
		evidence: e,
	});
	const [best, ...others] = evidence;
	const separate = others.filter((e) => e.separate).slice(0, MAX_OTHER_ERRORS);
	if (best) {
		push(errorResult(best));
		separate.forEach((e) => push(errorResult(e)));
		best.error.fixes.forEach((fix, i) =>
			push({
				kind: 'fix',
				url: fix.url,
				title: fix.title,
				match: 'related',
				confidence: best.confidence,
				fix,
				error: best.error,
				rank: i + 1,
			})
		);
	}
	for (const other of others
		.filter((e) => !e.separate)
		.slice(0, MAX_OTHER_ERRORS - separate.length))
		push(errorResult(other));
	let pages = 0;
	for (const page of related) {
		if (pages === maxPages) break;
		if (
			push({
				kind: 'page',
				url: page.url,
				title: page.title,
				match: 'related',
				confidence: 'possible',
				page,
			})
		)
			pages++;
	}
	return results;
}
