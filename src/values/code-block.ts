/**
 * `<rt-code>`: one code block (`figure.code`), the only writer of what it shows. Its copy button copies
 * exactly the text on screen and says so; its value slots (`[data-slot]`, marked at build time by
 * src/content/shiki-slots.ts) follow the page's value store: the reader's value, checked and quoted for
 * the string it stands in, or the guide's example. A value is written as text, never as HTML. A block
 * with no slots never subscribes to the store.
 */
import { copyWithFeedback } from '../ui/clipboard';
import { isStringContext } from './powershell-quote';
import { fillSlots, isSlotKind, type SlotSpan } from './values';
import { reportRefusals, valueStore } from './page-values';

interface Slot extends SlotSpan {
	element: HTMLElement;
}

/** The block's slots as the build marked them; a span with an unknown kind or context is left alone. */
function slotsOf(block: Element): Slot[] {
	return [...block.querySelectorAll<HTMLElement>('[data-slot]')].flatMap((element) => {
		const { slot: kind, example, quote } = element.dataset;
		return kind && isSlotKind(kind) && example !== undefined && isStringContext(quote)
			? [{ element, kind, example, quote }]
			: [];
	});
}

class CodeBlockElement extends HTMLElement {
	#wired = false;
	#stop: (() => void) | undefined;
	#slots: Slot[] = [];

	connectedCallback(): void {
		if (!this.#wired) {
			this.#wired = true;
			this.#wireCopy();
			this.#slots = slotsOf(this);
		}
		if (this.#slots.length > 0 && !this.#stop)
			this.#stop = valueStore.subscribe((store) => this.#draw(store.shown));
	}

	disconnectedCallback(): void {
		this.#stop?.();
		this.#stop = undefined;
		reportRefusals(this, []);
	}

	#wireCopy(): void {
		const button = this.querySelector<HTMLButtonElement>('[data-copy-code]');
		const code = this.querySelector('pre code') ?? this.querySelector('pre');
		if (!button || !code) return;
		button.hidden = false;
		button.setAttribute('aria-label', 'Copy the command');
		button.addEventListener('click', () => void copyWithFeedback(button, code.textContent ?? ''));
	}

	/** Each slot shows the reader's value where it can go, or the guide's example. */
	#draw(values: Parameters<typeof fillSlots>[1]): void {
		const { shown, refused } = fillSlots(this.#slots, values);
		this.#slots.forEach(({ element, example }, i) => {
			const { text, mine } = shown[i]!;
			element.textContent = text;
			element.classList.toggle('user-value', mine);
			if (mine) element.title = `Your value; the guide's example is ${example}`;
			else element.removeAttribute('title');
		});
		this.querySelector('figure')?.classList.toggle(
			'has-user-values',
			shown.some(({ mine }) => mine)
		);
		reportRefusals(this, refused);
	}
}

customElements.define('rt-code', CodeBlockElement);
