/**
 * `<rt-example>`: a guide's example value in prose, replaced by the reader's own value of the same kind
 * from the page's value store (valid values only), and put back when they show the examples or forget
 * their values. It writes only its own text and marks.
 */
import { isSlotKind } from './values';
import { valueStore } from './page-values';

class ExampleElement extends HTMLElement {
	#stop: (() => void) | undefined;
	/** The guide's example and its title, read once: later the element may show the reader's value. */
	#example: { text: string; title: string } | undefined;

	connectedCallback(): void {
		const kind = this.dataset.kind ?? '';
		const value = this.querySelector<HTMLElement>('[data-source]');
		const label = this.querySelector<HTMLElement>('.sr-only');
		if (!isSlotKind(kind) || !value || !label || this.#stop) return;
		this.#example ??= { text: value.textContent ?? '', title: value.title };
		const { text: example, title: exampleTitle } = this.#example;
		const noun = this.dataset.noun ?? kind;
		this.#stop = valueStore.subscribe((store) => {
			const yours = store.shown[kind];
			value.textContent = yours ?? example;
			value.dataset.source = yours === undefined ? 'example' : 'yours';
			value.title =
				yours === undefined ? exampleTitle : `Your ${noun}; the guide's example is ${example}`;
			label.textContent = yours === undefined ? ` (an example ${noun})` : ` (your ${noun})`;
		});
	}

	disconnectedCallback(): void {
		this.#stop?.();
		this.#stop = undefined;
	}
}

customElements.define('rt-example', ExampleElement);
