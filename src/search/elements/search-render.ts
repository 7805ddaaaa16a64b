/**
 * Turns search results into DOM. Everything that came from the paste is inserted as text nodes, never
 * as HTML, so markup in a paste is shown, not run. Parts that sit side by side on screen are also
 * separated in the text (a space, a colon), so screen readers and copies never run words together.
 * Classes are prefixed (`rt-`): these elements are built outside any component's style scope.
 */
import { formatFragment } from '../../values/fragment';
import type { ErrorEvidence } from '../paste/match';
import type { SearchResult } from '../results';
import { words } from '../text';

/** Longest stretch of the user's own text quoted back in a result. */
const MAX_QUOTE_CHARS = 600;
/** Shared words named for a page the distinctive-words stage found: the rarest say why. */
const MAX_SHARED_WORDS = 8;

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** The matched part of the paste, with the text that filled the message's placeholders marked. */
function quoteHit(text: string, evidence: ErrorEvidence): HTMLElement {
	const quote = el('q', 'rt-quote');
	const hit = evidence.hit!;
	let at = hit.start;
	const end = Math.min(hit.end, hit.start + MAX_QUOTE_CHARS);
	for (const [start, stop] of hit.fills) {
		if (start >= end) break;
		quote.append(text.slice(at, start).replace(/\s+/g, ' '));
		const mark = el('mark', 'rt-user-text', text.slice(start, Math.min(stop, end)));
		mark.title = 'Your own value';
		quote.append(mark);
		at = Math.min(stop, end);
	}
	quote.append(text.slice(at, end).replace(/\s+/g, ' ') + (hit.end > end ? '…' : ''));
	return quote;
}

/** The wording with the words the paste shares marked. */
function quoteWording(wording: string, matched: readonly string[]): HTMLElement {
	const quote = el('q', 'rt-quote');
	const found = new Set(matched);
	for (const part of wording.split(/([\p{L}\p{N}]+)/u)) {
		if (part && found.has(words(part)[0] ?? '')) quote.append(el('mark', undefined, part));
		else quote.append(part);
	}
	return quote;
}

/** Why an error is listed, in the words of the stage that found it. */
function whyError(p: HTMLElement, evidence: ErrorEvidence, pasteText: string): void {
	if (evidence.separate) p.append('Also in your paste. ');
	if (evidence.match === 'exact' && evidence.hit) {
		p.append('Your paste contains this message: ', quoteHit(pasteText, evidence));
	} else if (evidence.hit) {
		p.append(
			'Your paste contains another known wording of this error: ',
			quoteHit(pasteText, evidence)
		);
	} else if (evidence.stage === 'words' && evidence.sharedWords.length > 0) {
		p.append(
			`Words your paste shares with this page, rarest first: ${evidence.sharedWords.slice(0, MAX_SHARED_WORDS).join(', ')}.`
		);
	} else if (evidence.matchedWords.length > 0 && evidence.wording) {
		const total = new Set(words(evidence.wording)).size;
		p.append(
			`Your paste shares ${evidence.matchedWords.length} of ${total} words with the message: `,
			quoteWording(evidence.wording, evidence.matchedWords)
		);
	}
	if (evidence.signals.length > 0) {
		if (p.childNodes.length > 0) p.append(' ');
		p.append(
			`Recognised by ${evidence.signals.join(', ')}, which stay the same in every language.`
		);
	}
	if (evidence.error.generalMessage && evidence.match !== 'exact') {
		if (p.childNodes.length > 0) p.append(' ');
		p.append(
			'Windows and PowerShell print this message outside remoting too, and nothing around it in your paste says a remote connection failed.'
		);
	}
}

function why(result: SearchResult, pasteText: string): HTMLElement {
	const p = el('p', 'rt-why');
	if (result.kind === 'error') whyError(p, result.evidence, pasteText);
	else if (result.kind === 'fix')
		p.append(
			`Fix ${result.rank} of ${result.error.fixes.length} for “${result.error.title}”: ${result.fix.when}`
		);
	else p.append(result.page.excerpt);
	return p;
}

/** What a page of the full-text index is, by its address: an error, a fix or another page. */
function pageKind(url: string): string {
	if (/\/errors\/[^/]+\/?(?:[#?]|$)/.test(url)) return 'Error page';
	if (/\/fixes\/[^/]+\/?(?:[#?]|$)/.test(url)) return 'Fix';
	return 'Page';
}

/**
 * The badge: how sure the search is of an error (an exact message, another known wording of it, a likely
 * or a possible match); for a fix, that it is one; for a page a site search found, what kind of page it is.
 */
function label(result: SearchResult): string {
	if (result.match === 'exact') return 'Exact match';
	if (result.kind === 'error') {
		if (result.evidence.hit) return 'Known wording';
		return result.confidence === 'likely' ? 'Likely match' : 'Possible match';
	}
	return result.kind === 'fix' ? 'Fix' : pageKind(result.url);
}

function renderResult(result: SearchResult, pasteText: string, href: string): HTMLLIElement {
	const li = el('li', 'rt-result');
	li.dataset.match = result.match;
	li.dataset.kind = result.kind;
	const head = el('div', 'rt-result-head');
	const link = el('a', 'rt-result-link', result.title);
	link.href = href;
	head.append(link, ' ', el('span', `result-badge ${result.match}`, label(result)));
	if (result.kind === 'fix') {
		head.append(
			' ',
			el(
				'span',
				`badge ${result.fix.elevated ? 'elevated' : 'standard'}`,
				result.fix.elevated ? 'Needs Run as administrator' : 'No elevation needed'
			)
		);
	}
	li.append(head, ' ', why(result, pasteText));
	return li;
}

/**
 * The results as one ordered list. A fix's link carries the error it was listed for, so its ticket
 * snippet can name that error; no link carries the paste's values (they go through the tab's storage).
 */
export function renderResults(
	results: readonly SearchResult[],
	pasteText: string
): HTMLOListElement {
	const list = el('ol', 'rt-results');
	list.setAttribute('aria-label', 'Results, best first');
	for (const result of results) {
		const params = new Map(result.kind === 'fix' ? [['from', result.error.slug]] : []);
		list.append(renderResult(result, pasteText, `${result.url}${formatFragment({ params })}`));
	}
	return list;
}
