/**
 * The search behind one box, loaded on first use: it fetches the errors index, the code table (WinRM
 * and Windows codes) when a paste names a code, and for words the site's word list and then the Pagefind
 * bundle, all from this site only. An error paste is answered from the errors index (related errors only
 * on evidence, never on shared words); words are an ordinary site search over titles, headings and
 * text. A newer search always wins over an older one still running, and the results element's
 * `aria-busy` is true exactly while a search is under way.
 */
import { mayNameCode } from '../../codes/hint';
import type { NamedCode } from '../../codes/name-in-paste';
import type { ErrorsIndex } from '../errors-index';
import { prepareModel, type PreparedModel } from '../paste/match';
import { analyzePaste, type Analysis } from '../analyze';
import { orderResults, type RelatedPage, type SearchResult } from '../results';
import { rankByTitle, rankWordQuery, wholeQueryTerms } from '../site-search';
import { decodeSiteWords, siteMayUse } from '../site-words';
import { MAX_WORD_RESULTS } from '../tuning';
import { valueParams, valuesFromIdentifiers } from '../../values/values';
import { renderResults } from './search-render';
import type { SearchResultsElement } from './search-results';

export type SearchFunction = (text: string) => Promise<void>;

/** The part of Pagefind's browser API the search uses. */
export interface Pagefind {
	options(options: { baseUrl: string; noWorker?: boolean }): Promise<void>;
	search(
		term: string
	): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] }>;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
}

const base = import.meta.env.BASE_URL;

// The index and the Pagefind bundle are the same for every box on the page: each is fetched once.
let model: Promise<PreparedModel> | undefined;
let pagefind: Promise<Pagefind | undefined> | undefined;
let siteWords: Promise<string[] | undefined> | undefined;
let codeNamer: Promise<(text: string, byMessage: boolean) => NamedCode[]> | undefined;

function loadModel(): Promise<PreparedModel> {
	model ??= fetch(`${base}errors.json`)
		.then((response) => {
			if (!response.ok) throw new Error(`errors.json: HTTP ${response.status}`);
			return response.json() as Promise<ErrorsIndex>;
		})
		.then((loaded) => prepareModel(loaded.errors));
	model.catch(() => (model = undefined));
	return model;
}

/**
 * What names the codes in a paste: the code table and its code, fetched the first time a paste
 * needs them (it names a code, or its error is not in the catalog), so no other search pays for them.
 */
function loadCodeNamer(): Promise<(text: string, byMessage: boolean) => NamedCode[]> {
	codeNamer ??= Promise.all([
		fetch(`${base}codes.json`).then((response) => {
			if (!response.ok) throw new Error(`codes.json: HTTP ${response.status}`);
			return response.json();
		}),
		import('../../codes/find'),
		import('../../codes/json'),
		import('../../codes/name-in-paste'),
	]).then(([json, { createCodeTable }, { decodeCodesJson }, { namedCodes }]) => {
		const decoded = decodeCodesJson(json);
		const table = createCodeTable(decoded.winrm, decoded.windows);
		return (text, byMessage) => namedCodes(text, table, decoded, byMessage);
	});
	codeNamer.catch(() => (codeNamer = undefined));
	return codeNamer;
}

/** The codes the paste names; WinRM ones by message too when its error is not in the catalog. */
async function codesIn(text: string, analysis: Analysis): Promise<NamedCode[]> {
	// Without the table the answer from the errors index still stands.
	const name = await loadCodeNamer().catch(() => undefined);
	return name ? name(text, analysis.uncovered) : [];
}

/**
 * One line per named code: its hex and name, its message as its header (wsmerror.h or winerror.h) gives
 * it, and where to read more.
 */
function codeNote(named: NamedCode): HTMLElement {
	const note = document.createElement('p');
	note.className = 'rt-search-note rt-code-note';
	const code = document.createElement('code');
	code.textContent = `${named.code.hex} ${named.code.name}`;
	const link = Object.assign(document.createElement('a'), {
		href: named.href,
		textContent: named.covered ? 'Its page here' : 'Not in our catalog yet: the code reference',
	});
	note.append(
		named.family === 'winrm' ? 'WinRM error ' : 'Windows error ',
		code,
		`: ${named.code.message} `,
		link,
		'.'
	);
	return note;
}

/** The words the pages use (see `src/search/site-words.ts`); without them every word goes to the index. */
function loadSiteWords(): Promise<string[] | undefined> {
	siteWords ??= fetch(`${base}site-words.json`)
		.then((response) => {
			if (!response.ok) throw new Error(`site-words.json: HTTP ${response.status}`);
			return response.json();
		})
		.then(decodeSiteWords)
		.catch(() => {
			siteWords = undefined;
			return undefined;
		});
	return siteWords;
}

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

/** Pages of the full-text index for the reader's words: the whole query ranks them (see rankWordQuery). */
async function pagesFor(terms: readonly string[]): Promise<RelatedPage[]> {
	if (terms.length === 0) return [];
	// A word no page uses means no page answers the words (see rankWordQuery), so the index need not load.
	const used = await loadSiteWords();
	if (used && !terms.every((term) => siteMayUse(used, term))) return [];
	const index = await loadPagefind();
	if (!index) return [];
	// Each word alone says whether the site uses it at all and how common it is; the words together rank the pages.
	const responses = await Promise.all(terms.map((term) => index.search(term)));
	const together = await index.search(
		wholeQueryTerms(
			terms,
			responses.map((response) => response.results.length)
		).join(' ')
	);
	const best = rankWordQuery(
		responses.map((response) => response.results),
		together.results,
		MAX_WORD_RESULTS
	);
	const pages = await Promise.all(best.map((result) => result.data()));
	const found = pages.map((page) => ({
		url: page.url,
		title: page.meta.title ?? page.url,
		excerpt: excerptText(page.excerpt),
	}));
	return rankByTitle(found, terms);
}

/**
 * Pagefind's excerpt is HTML (escaped text, matched words in <mark>); it is shown as plain text. An
 * inert document parses it: nothing in it runs or loads.
 */
function excerptText(html: string): string {
	const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
	return text.replace(/\s+/g, ' ').trim();
}

function describe(
	results: readonly SearchResult[],
	analysis: Analysis,
	uncovered: boolean
): string {
	if (results.length === 0)
		return uncovered
			? 'This error is not in our catalog yet.'
			: analysis.uncovered
				? 'Its code has a page here: see the note.'
				: 'No matching page. Browse the errors or the fixes instead.';
	const count = `${results.length} result${results.length === 1 ? '' : 's'}.`;
	if (analysis.kind === 'words') return `${count} First: ${results[0]!.title}.`;
	const exact = results.find((result) => result.match === 'exact');
	return `${count} ${exact ? `Exact match: ${exact.title}.` : `Best guess: ${results[0]!.title}.`}`;
}

/** The search for one box, showing its answers in `view`. */
export function createSearch(view: SearchResultsElement): SearchFunction {
	let generation = 0;
	// The box was reached for (focus, pointer, touch): the errors index loads and is prepared now, so the
	// paste that follows is answered at once. A failure here is tried again by the search itself.
	loadModel().catch(() => undefined);

	function show(
		analysis: Analysis,
		pages: readonly RelatedPage[],
		codes: readonly NamedCode[] = []
	): void {
		// The paste's own values (its computer, user, port…) go with a followed result through this tab's
		// storage (see error-search.ts), never in a link.
		view.carried =
			analysis.blank || analysis.kind === 'words'
				? new Map()
				: valueParams(valuesFromIdentifiers(analysis.clean.identifiers));
		if (analysis.blank) {
			view.showState('blank');
			return;
		}
		// Plain words list only pages (what matched them is the site's text); an error paste lists only errors and fixes.
		const results =
			analysis.kind === 'words'
				? orderResults([], pages, MAX_WORD_RESULTS)
				: orderResults(analysis.evidence, [], 0);
		const nodes: Node[] = [];
		if (analysis.clean.truncated) {
			nodes.push(
				Object.assign(document.createElement('p'), {
					className: 'rt-search-note',
					textContent:
						'Your paste is very long: the search read its beginning and its end. If the error is in the middle, paste just that part.',
				})
			);
		}
		// A code the paste names that has its page here is an answer: the paste is not "not in our catalog".
		const uncovered = analysis.uncovered && !codes.some((named) => named.covered);
		if (uncovered) nodes.push(view.state('not-in-catalog'));
		nodes.push(...codes.map(codeNote));
		if (results.length > 0) {
			nodes.push(renderResults(results, analysis.clean.text));
		} else if (!analysis.uncovered) {
			nodes.push(view.state('no-match'));
		}
		view.show(nodes, describe(results, analysis, uncovered));
	}

	/**
	 * An error paste is answered from the errors index at once. A second update follows, with `aria-busy`
	 * true again while the code table is fetched, when the paste may name a code or its error is not in
	 * the catalog (what each code is, or which code's message it carries). Words are answered from the
	 * full-text index alone.
	 */
	return async function search(text: string): Promise<void> {
		const current = ++generation;
		const busy = (state: boolean) => {
			if (current === generation) view.setBusy(state);
		};
		busy(true);
		try {
			const prepared = await loadModel();
			if (current !== generation) return;
			const analysis = analyzePaste(text, prepared);
			if (analysis.kind === 'words' && !analysis.blank) {
				const pages = await pagesFor(analysis.terms);
				if (current === generation) show(analysis, pages);
				return;
			}
			show(analysis, []);
			busy(false);
			if (analysis.blank || !(mayNameCode(text) || analysis.uncovered)) return;
			busy(true);
			const codes = await codesIn(text, analysis);
			if (current !== generation || codes.length === 0) return;
			show(analysis, [], codes);
		} catch (error) {
			if (current !== generation) return;
			view.showState('failed');
			console.error(error);
		} finally {
			busy(false);
		}
	};
}
