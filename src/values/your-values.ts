/**
 * `<rt-your-values>`: the "Your values" form. Each field feeds the page's value store, which checks it;
 * the field says why a value is not used, and which command had to keep the guide's example. Closed, its
 * summary line names the values the commands show, so it never needs to open (and push the steps down)
 * to say so; it opens by itself only when a link's value was refused, to say that.
 */
import { describeIgnored } from './value-store';
import { isSlotKind, VALUE_KINDS } from './values';
import { announce } from '../ui/announce';
import {
	commandRefusals,
	forgetAll,
	ignoredFromLink,
	isRemembered,
	onRefusals,
	remember,
	valueStore,
	ValueStoreElement,
} from './page-values';

class YourValuesElement extends ValueStoreElement {
	/** Fills the form from the store and wires its fields once; returns the redraw of its notes. */
	protected wire(): () => void {
		const panel = this.querySelector('details')!;
		const form = this.querySelector('form')!;
		const inputs = [...form.querySelectorAll<HTMLInputElement>('input[type="text"]')].filter(
			(input) => isSlotKind(input.name)
		);
		const rememberBox = form.querySelector<HTMLInputElement>('[data-remember]')!;
		const original = form.querySelector<HTMLButtonElement>('[data-show-original]')!;
		const ignored = form.querySelector<HTMLElement>('[data-ignored]')!;
		const noteOf = (input: HTMLInputElement) =>
			form.querySelector<HTMLElement>(`#${CSS.escape(input.id)}-note`)!;
		/** What is wrong with what the reader typed, per field; empty when it is used. */
		const typedProblems = new Map<HTMLInputElement, string>();

		const showNotes = () => {
			const refused = commandRefusals();
			for (const input of inputs) {
				const refusal = refused.find((r) => r.kind === input.name);
				const problem = typedProblems.get(input) ?? '';
				input.setAttribute('aria-invalid', String(problem !== ''));
				noteOf(input).textContent =
					problem || (refusal ? `Kept the guide's example in one command: ${refusal.reason}.` : '');
			}
		};
		const typed = (input: HTMLInputElement) => {
			const checked = valueStore.set(
				input.name as Parameters<typeof valueStore.set>[0],
				input.value
			);
			typedProblems.set(
				input,
				input.value.trim() !== '' && !checked.ok ? `Not used: ${checked.reason}.` : ''
			);
		};

		const inUse = this.querySelector<HTMLElement>('[data-values-in-use]')!;
		/** The closed panel's line: which of this page's kinds of value the commands show now, if any. */
		const showInUse = () => {
			const kinds = new Set(inputs.map((input) => input.name));
			const entries = valueStore.entries().filter(([kind]) => kinds.has(kind));
			inUse.textContent =
				entries.length === 0
					? ''
					: valueStore.showingExamples
						? "showing the guide's examples"
						: entries.map(([kind, value]) => `${VALUE_KINDS[kind].noun} ${value}`).join(', ');
			inUse.hidden = entries.length === 0;
		};

		for (const input of inputs)
			input.value = valueStore.values[input.name as keyof typeof valueStore.values] ?? '';
		rememberBox.checked = isRemembered();
		ignored.textContent = describeIgnored(ignoredFromLink, 'the link');
		ignored.hidden = ignoredFromLink === 0;
		if (ignoredFromLink > 0) panel.open = true;
		onRefusals(showNotes);

		form.addEventListener('input', (event) => {
			const input = event.target as HTMLInputElement;
			if (inputs.includes(input)) {
				typed(input);
				showNotes();
			}
		});
		rememberBox.addEventListener('change', () => remember(rememberBox.checked));
		form.addEventListener('submit', (event) => event.preventDefault());
		original.addEventListener('click', () => {
			const showing = !valueStore.showingExamples;
			original.setAttribute('aria-pressed', String(showing));
			original.textContent = showing ? 'Show my values' : "Show the guide's examples";
			valueStore.showExamples(showing);
			announce(
				showing ? "The commands show the guide's examples." : 'The commands show your values.'
			);
		});
		form.querySelector<HTMLButtonElement>('[data-forget]')!.addEventListener('click', () => {
			for (const input of inputs) input.value = '';
			typedProblems.clear();
			rememberBox.checked = false;
			forgetAll();
			announce('Your values are forgotten, in this tab and in this browser.');
		});
		return () => {
			showNotes();
			showInUse();
		};
	}
}

customElements.define('rt-your-values', YourValuesElement);
