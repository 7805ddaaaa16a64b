/**
 * `<rt-your-values>`: the "Your values" form. Each field feeds the page's value store, which checks it;
 * the field says why a value is not used, and which command had to keep the guide's example.
 */
import { describeIgnored } from './value-store';
import { isSlotKind } from './values';
import { announce } from '../ui/announce';
import {
	commandRefusals,
	ignoredFromLink,
	isRemembered,
	remember,
	rewriteAddress,
	valueStore,
	ValueStoreElement,
} from './page-values';

/** Below this width an open panel would push the first command screens down. */
const SMALL_SCREEN = '(max-width: 40rem)';

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

		for (const input of inputs)
			input.value = valueStore.values[input.name as keyof typeof valueStore.values] ?? '';
		rememberBox.checked = isRemembered();
		ignored.textContent = describeIgnored(ignoredFromLink, 'the link');
		ignored.hidden = ignoredFromLink === 0;
		if ((valueStore.size > 0 || ignoredFromLink > 0) && !matchMedia(SMALL_SCREEN).matches)
			panel.open = true;

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
			remember(false);
			valueStore.clear();
			rewriteAddress({ values: false, query: true });
			announce('Your values are forgotten.');
		});
		return showNotes;
	}
}

customElements.define('rt-your-values', YourValuesElement);
