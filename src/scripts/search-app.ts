/**
 * The paste search, loaded on first use: it fetches the errors index and, for related pages, the
 * Pagefind bundle, both from this site only. A newer search always wins over an older one still
 * running, and `aria-busy` on the results is true exactly while a search is under way.
 */
import type { ErrorsIndex } from '../lib/errors-index';
import { formatFragment } from '../lib/fragment';
import { valueParams, valuesFromIdentifiers } from '../lib/values';
import { decodeHtmlEntities } from '../lib/paste/decode';
import { MAX_FRAGMENT_CHARS } from '../lib/paste/limits';
import { prepareModel } from '../lib/paste/match';
import { analyzePaste, type Analysis } from '../lib/search/analyze';
import { MAX_RELATED_PAGES, orderResults, type RelatedPage, type SearchResult } from '../lib/search/results';
import { announce } from './announce';
import { renderResult } from './search-render';

export interface SearchUi {
	box: HTMLTextAreaElement;
	results: HTMLElement;
	panel: HTMLElement | null;
	blankState: HTMLTemplateElement;
	noMatchState: HTMLTemplateElement;
}

interface Pagefind {
	options(options: { baseUrl: string; noWorker: boolean }): Promise<void>;
	search(term: string): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] }>;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
}

const base = import.meta.env.BASE_URL;
let pagefind: Promise<Pagefind | undefined> | undefined;

function loadPagefind(): Promise<Pagefind | undefined> {
	pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)
		.then(async (module: Pagefind) => {
			// Our index is small: searching on the main thread saves loading a worker script.
			await module.options({ baseUrl: base, noWorker: true });
			return module;
		})
		// Without the index (a dev server, say) the search still answers from the errors index.
		.catch(() => undefined);
	return pagefind;
}

/** Related pages for the paste's key words: each word is searched alone and the pages that share most win. */
async function relatedPages(terms: readonly string[]): Promise<RelatedPage[]> {
	const index = await loadPagefind();
	if (!index) return [];
	const responses = await Promise.all(terms.map((term) => index.search(term)));
	const tally = new Map<string, { score: number; hits: number; result: { data(): Promise<PagefindData> } }>();
	for (const response of responses) {
		for (const result of response.results.slice(0, 10)) {
			const entry = tally.get(result.id) ?? { score: 0, hits: 0, result };
			entry.score += result.score;
			entry.hits += 1;
			tally.set(result.id, entry);
		}
	}
	const needed = Math.min(2, terms.length);
	const best = [...tally.values()]
		.filter((entry) => entry.hits >= needed)
		.sort((a, b) => b.hits - a.hits || b.score - a.score)
		.slice(0, MAX_RELATED_PAGES);
	const pages = await Promise.all(best.map((entry) => entry.result.data()));
	return pages.map((page) => ({
		url: page.url,
		title: page.meta.title ?? page.url,
		// Pagefind marks the matched words with <mark>; the excerpt is shown as plain text.
		excerpt: decodeHtmlEntities(page.excerpt.replace(/<[^>]*>/g, '')),
	}));
}

function fill(container: HTMLElement, template: HTMLTemplateElement): void {
	container.replaceChildren(template.content.cloneNode(true));
}

function describe(results: readonly SearchResult[]): string {
	const exact = results.find((result) => result.match === 'exact');
	if (results.length === 0) return 'No matching page. Browse the errors or the fixes instead.';
	const count = `${results.length} result${results.length === 1 ? '' : 's'}.`;
	return `${count} ${exact ? `Exact match: ${exact.title}.` : `Best guess: ${results[0]!.title}.`}`;
}

function keepInAddress(query: string): void {
	const url = `${location.pathname}${location.search}${query ? formatFragment({ query }) : ''}`;
	history.replaceState(history.state, '', url);
}

/** The search for one page's box; `index` is the response for errors.json, requested with the code. */
export function createSearch(ui: SearchUi, index: Promise<Response>) {
	let generation = 0;
	const model = index
		.then((response) => {
			if (!response.ok) throw new Error(`errors.json: HTTP ${response.status}`);
			return response.json() as Promise<ErrorsIndex>;
		})
		.then((loaded) => prepareModel(loaded.errors));

	function show(analysis: Analysis, related: readonly RelatedPage[]): void {
		if (ui.panel) ui.panel.hidden = analysis.blank;
		if (analysis.blank) {
			fill(ui.results, ui.blankState);
			return;
		}
		const results = orderResults(analysis.evidence, related);
		if (results.length === 0) {
			fill(ui.results, ui.noMatchState);
		} else {
			const list = document.createElement('ol');
			list.className = 'results';
			list.setAttribute('aria-label', 'Results, best first');
			// The paste's own values (its computer, user, port…) travel to the page in the fragment, never in a query.
			const carried = formatFragment({ params: valueParams(valuesFromIdentifiers(analysis.clean.identifiers)) });
			for (const result of results) list.append(renderResult(result, analysis.clean.text, `${result.url}${carried}`));
			ui.results.replaceChildren(list);
		}
		if (analysis.clean.truncated) {
			const note = Object.assign(document.createElement('p'), {
				className: 'search-note',
				textContent: 'Your paste is very long: the search read its beginning and its end. If the error is in the middle, paste just that part.',
			});
			ui.results.prepend(note);
		}
		announce(describe(results));
	}

	/**
	 * Answers from the errors index at once. When the answer is only a guess, related pages from the
	 * full-text index follow as a second update, with `aria-busy` true again while they are fetched.
	 */
	return async function search(text: string, options: { keepInAddress: boolean }): Promise<void> {
		const current = ++generation;
		const busy = (state: boolean) => {
			if (current === generation) ui.results.setAttribute('aria-busy', String(state));
		};
		busy(true);
		try {
			const prepared = await model;
			if (current !== generation) return;
			const analysis = analyzePaste(text, prepared);
			show(analysis, []);
			// A long paste is kept as its cleaned message, so the address stays shareable.
			if (options.keepInAddress) keepInAddress(analysis.blank ? '' : text.length <= MAX_FRAGMENT_CHARS ? text : analysis.clean.text);
			busy(false);

			// Only when the best error is a guess do related pages from the full-text index help.
			const recognised = analysis.evidence[0] !== undefined && analysis.evidence[0].confidence !== 'possible';
			if (analysis.blank || recognised || analysis.terms.length === 0) return;
			const related = await relatedPages(analysis.terms);
			if (current !== generation || related.length === 0) return;
			busy(true);
			show(analysis, related);
		} catch (error) {
			if (current !== generation) return;
			ui.results.replaceChildren(
				Object.assign(document.createElement('p'), {
					className: 'search-error',
					textContent: 'The search failed to load or to run. Reload the page, or browse the errors and fixes.',
				}),
			);
			console.error(error);
		} finally {
			busy(false);
		}
	};
}
