/**
 * `<rt-long-text>`: a quoted text that may run to many lines (a WinRM message can fill a phone's
 * screen), shown to a few lines with a button that shows the rest. The whole text stays in the page,
 * for search, copying and screen readers; only its height is limited. It limits itself only when the
 * text is longer than the limit, and only where this script runs: without it, the text is shown whole.
 */
class LongTextElement extends HTMLElement {
	#wired = false;

	connectedCallback(): void {
		if (this.#wired) return;
		const text = this.querySelector<HTMLElement>('[data-long-text]');
		const button = this.querySelector<HTMLButtonElement>('button[data-long-text-toggle]');
		if (!text || !button) return;
		this.#wired = true;
		this.dataset.clamped = '';
		if (text.scrollHeight <= text.clientHeight + 1) {
			delete this.dataset.clamped;
			return;
		}
		const show = (whole: boolean) => {
			if (whole) delete this.dataset.clamped;
			else this.dataset.clamped = '';
			button.setAttribute('aria-expanded', String(whole));
			button.textContent = whole ? 'Show less' : (button.dataset.more ?? 'Show all');
		};
		button.dataset.more = button.textContent?.trim() ?? 'Show all';
		button.hidden = false;
		show(false);
		button.addEventListener('click', () => show(this.dataset.clamped !== undefined));
	}
}

customElements.define('rt-long-text', LongTextElement);
