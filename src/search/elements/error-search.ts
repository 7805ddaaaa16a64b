/**
 * `<rt-error-search>`: one paste box and its search. It wires typing, pasting, Enter and the arrow keys
 * for its own box, and fetches the search code only when first needed, so a page that is only read
 * carries almost no script. Each box has its own search and shows it in the results element its
 * textarea controls, so two boxes on a page never mix. The first box on the page answers `#q=` links
 * and the `/` shortcut.
 *
 * The text is never written to the address (the reader copies a link on request). This tab keeps it
 * (src/values/tab-storage.ts), so Back, or a reload, shows the paste and its results again; and a
 * followed result takes the paste's values (host, user, port…) to its page the same way, never in the
 * link. Nothing here is sent anywhere.
 */
import { formatFragment, parseFragment } from '../../values/fragment';
import { MAX_FRAGMENT_CHARS } from '../paste/limits';
import type { SearchFunction } from './search-app';
import type { SearchResultsElement } from './search-results';
import './search-results';

type TabStorage = typeof import('../../values/tab-storage');

/** This tab's storage, or nothing where the browser refuses it. */
function tabStorage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}

/** Whether the page was reached by Back or Forward, or reloaded: the moments a kept paste comes back. */
function returning(): boolean {
	const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	return entry?.type === 'back_forward' || entry?.type === 'reload';
}

class ErrorSearchElement extends HTMLElement {
	#search: Promise<SearchFunction> | undefined;
	/** The tab-storage code, loaded with the search: ready by the time a result can be followed. */
	#tab: TabStorage | undefined;
	#box!: HTMLTextAreaElement;
	#results!: SearchResultsElement;
	#wired = false;

	connectedCallback(): void {
		if (this.#wired) return;
		const box = this.querySelector<HTMLTextAreaElement>('textarea[name="q"]');
		const results = document.getElementById(box?.getAttribute('aria-controls') ?? '');
		if (!box || results?.localName !== 'rt-search-results') {
			console.error(
				'<rt-error-search> needs a textarea[name="q"] whose aria-controls names an <rt-search-results>'
			);
			return;
		}
		this.#wired = true;
		this.#box = box;
		this.#results = results as SearchResultsElement;
		const form = this.querySelector('form')!;
		const shareRow = this.querySelector<HTMLElement>('[data-share-search]')!;
		const shareButton = this.querySelector<HTMLButtonElement>('[data-copy-search-link]')!;

		box.addEventListener('input', (event) => {
			shareRow.hidden = box.value.trim() === '';
			this.#forgetAddressQuery();
			void this.run({ reveal: event.inputType === 'insertFromPaste' });
		});
		// Reaching for the box (a paste needs it focused) is the moment to fetch the search, so the paste that
		// follows is answered without a wait and a page nobody searches from never loads it.
		for (const intent of ['focus', 'pointerenter', 'touchstart'])
			box.addEventListener(intent, () => void this.#load(), { once: true, passive: true });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.run();
		});
		box.addEventListener('keydown', (event) => {
			const links = this.#results.links();
			if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
				event.preventDefault();
				void this.run();
			} else if (
				event.key === 'ArrowDown' &&
				box.selectionStart === box.value.length &&
				links.length > 0
			) {
				event.preventDefault();
				links[0]!.focus();
			} else if (event.key === 'Escape') {
				this.#results.close();
			}
		});
		this.#results.addEventListener('keydown', (event) => {
			if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
			const links = this.#results.links();
			const at = links.indexOf(document.activeElement as HTMLAnchorElement);
			if (at < 0) return;
			event.preventDefault();
			if (event.key === 'ArrowUp' && at === 0) box.focus();
			else
				links[
					Math.max(0, Math.min(links.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))
				]!.focus();
		});
		shareButton.addEventListener('click', () => {
			const link = `${location.origin}${location.pathname}${formatFragment({ query: box.value.slice(0, MAX_FRAGMENT_CHARS) })}`;
			// Copying is rare here: its code loads on the click, not with every page.
			void import('../../ui/clipboard').then(({ copyWithFeedback }) =>
				copyWithFeedback(shareButton, link, 'Link copied')
			);
		});

		// Following a result (a click, or Enter on it) takes the paste's values along in the tab's storage.
		const follow = (event: MouseEvent) => {
			const link = (event.target as Element).closest('a');
			if (link && this.#results.region.contains(link))
				this.#tab?.mergeValues(tabStorage(), this.#results.carried);
		};
		this.#results.addEventListener('click', follow);
		this.#results.addEventListener('auxclick', follow);

		if (this.#isFirst()) {
			window.addEventListener('hashchange', () => this.#fromAddress());
			if (!this.#fromAddress() && returning()) void this.#fromTab();
		}
	}

	focusBox(): void {
		this.#box?.focus();
	}

	/** Runs the search for the box's text; `reveal` brings the results into view on a small screen. */
	async run(options: { reveal?: boolean } = {}): Promise<void> {
		const results = this.#results;
		results.setBusy(true);
		try {
			const search = await this.#load();
			await search(this.#box.value);
			if (this.#isFirst()) this.#tab?.keepPaste(tabStorage(), location.pathname, this.#box.value);
			if (options.reveal) results.reveal();
		} catch {
			results.showState('failed');
			results.setBusy(false);
		}
	}

	#isFirst(): boolean {
		return document.querySelector('rt-error-search') === this;
	}

	#load(): Promise<SearchFunction> {
		if (!this.#search) {
			// The errors index and the search code load side by side: one round trip, not two.
			this.#search = Promise.all([import('./search-app'), import('../../values/tab-storage')]).then(
				([{ createSearch }, tab]) => {
					this.#tab = tab;
					return createSearch(this.#results);
				}
			);
			// A failed load (offline, a deploy in progress) is tried again at the next search.
			this.#search.catch(() => (this.#search = undefined));
		}
		return this.#search;
	}

	/** A `#q=` link fills the box and searches; it is the only way a query enters from the address. */
	#fromAddress(): boolean {
		const { query } = parseFragment(location.hash);
		if (query === undefined) return false;
		this.#fill(query);
		void this.run({ reveal: true });
		return true;
	}

	/**
	 * Back (or a reload) to a page where this tab searched: the box shows that paste again and its results
	 * come back, where they were. A box the reader has typed in meanwhile is theirs and stays as it is.
	 */
	async #fromTab(): Promise<void> {
		const tab = await import('../../values/tab-storage');
		const kept = tab.keptPaste(tabStorage(), location.pathname);
		if (kept === undefined || this.#box.value !== '') return;
		this.#fill(kept);
		await this.run();
	}

	#fill(text: string): void {
		this.#box.value = text;
		this.querySelector<HTMLElement>('[data-share-search]')!.hidden = text.trim() === '';
	}

	/** Once the reader edits a text a link brought, the address stops holding it: it is theirs now. */
	#forgetAddressQuery(): void {
		if (!this.#isFirst()) return;
		const now = parseFragment(location.hash);
		if (now.query === undefined) return;
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${location.search}${formatFragment({ anchor: now.anchor, params: now.params })}`
		);
	}
}

customElements.define('rt-error-search', ErrorSearchElement);

// `/` anywhere outside a field goes to the page's first box.
document.addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement;
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
	if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
	const first = document.querySelector<ErrorSearchElement>('rt-error-search');
	if (!first) return;
	event.preventDefault();
	first.focusBox();
});
