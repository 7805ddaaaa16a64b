/**
 * `<rt-search-results>`: the one writer of its `[data-search-results]` region, of that region's
 * `aria-busy` and of its own visibility. The search (`<rt-error-search>`) hands it what to show.
 */
import { announce } from '../../ui/announce';

export type SearchState = 'blank' | 'no-match' | 'not-in-catalog' | 'failed';

export class SearchResultsElement extends HTMLElement {
	/** The valid values of the paste shown: a followed result takes them to its page in the tab's storage. */
	carried: ReadonlyMap<string, string> = new Map();

	get region(): HTMLElement {
		return this.querySelector<HTMLElement>('[data-search-results]')!;
	}

	setBusy(busy: boolean): void {
		this.region.setAttribute('aria-busy', String(busy));
	}

	/** A state's message from this element's templates, as nodes to show. */
	state(name: SearchState): Node {
		const template = this.querySelector<HTMLTemplateElement>(`template[data-state="${name}"]`)!;
		return template.content.cloneNode(true);
	}

	/** Shows `nodes` in place of what was there, opens the panel and announces `summary`. */
	show(nodes: readonly Node[], summary: string): void {
		this.region.replaceChildren(...nodes);
		this.hidden = false;
		if (summary) announce(summary);
	}

	/** Shows a state alone; the blank state also closes a panel, which has nothing to say then. */
	showState(name: SearchState, summary = ''): void {
		this.show([this.state(name)], summary);
		if (name === 'blank' && this.classList.contains('panel')) this.hidden = true;
	}

	close(): void {
		if (this.classList.contains('panel')) this.hidden = true;
	}

	links(): HTMLAnchorElement[] {
		return [...this.region.querySelectorAll<HTMLAnchorElement>('li a')];
	}

	/** Brings the first result into view when a paste left it out of view, on any screen. */
	reveal(): void {
		const first = this.region.querySelector('li') ?? this.region.firstElementChild;
		if (!first) return;
		const box = first.getBoundingClientRect();
		if (box.top >= 0 && box.top + Math.min(box.height, 160) <= window.innerHeight) return;
		this.scrollIntoView({ block: 'start' });
	}
}

customElements.define('rt-search-results', SearchResultsElement);
