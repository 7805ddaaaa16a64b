/**
 * `<rt-heading>`: a heading and its link to itself. Following the link still puts the step in the
 * address, as any anchor does; it also copies the step's link (the page and the step, never the
 * reader's paste or values) and says so, beside the link and to screen readers. A step named inside a
 * fragment that carries other parameters (`#to=step&from=…`) is not a native target: the heading
 * scrolls itself into view and marks itself as the browser would.
 */
import { announce } from '../ui/announce';
import { copyText, FEEDBACK_MS } from '../ui/clipboard';
import { parseFragment } from './fragment';

class HeadingElement extends HTMLElement {
	#wired = false;

	connectedCallback(): void {
		if (this.#wired) return;
		this.#wired = true;
		const heading = this.querySelector<HTMLElement>(':scope > :is(h2, h3, h4)[id]');
		const link = this.querySelector<HTMLAnchorElement>(':scope > a.rt-anchor');
		if (!heading || !link) return;
		const status = document.createElement('span');
		status.className = 'rt-anchor-status';
		status.hidden = true;
		this.append(status);
		let clear: number | undefined;
		link.addEventListener('click', (event) => {
			// A click that opens a new tab or window is the browser's own; only a plain click copies.
			if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
				return;
			void copyText(`${location.origin}${location.pathname}#${heading.id}`, 'Link copied').then(
				(message) => {
					status.textContent = message;
					status.hidden = false;
					announce(`${message}: ${heading.textContent?.trim() ?? ''}`);
					window.clearTimeout(clear);
					clear = window.setTimeout(() => (status.hidden = true), FEEDBACK_MS);
				}
			);
		});

		// Not the browser's target, yet named by the address: the fragment carried more than the step, or a
		// script has since taken the rest out of the address (which moves no scroll and no :target).
		const { anchor, params } = parseFragment(location.hash);
		if (anchor === heading.id && (params.size > 0 || !heading.matches(':target'))) {
			heading.dataset.targeted = '';
			heading.scrollIntoView();
		}
	}
}

customElements.define('rt-heading', HeadingElement);
