/**
 * The few lines every page loads for the paste box: they wire typing, pasting, Enter, `#q=` links and
 * the `/` shortcut, and fetch the search itself only when it is first needed, so a page that is only
 * read carries almost no script.
 */
import { parseFragment } from '../lib/fragment';

const form = document.querySelector<HTMLFormElement>('[data-error-search]');
const box = form?.querySelector<HTMLTextAreaElement>('textarea[name="q"]');
const results = document.querySelector<HTMLElement>('[data-search-results]');
const blankState = document.querySelector<HTMLTemplateElement>('template[data-blank-state]');
const noMatchState = document.querySelector<HTMLTemplateElement>('template[data-no-match-state]');

if (form && box && results && blankState && noMatchState) {
	const panel = document.querySelector<HTMLElement>('[data-search-panel]');
	let search: Promise<(text: string, options: { keepInAddress: boolean }) => Promise<void>> | undefined;
	const load = () => {
		// The errors index and the search code load side by side: one round trip, not two.
		if (!search) {
			const index = fetch(`${import.meta.env.BASE_URL}errors.json`);
			search = import('./search-app').then(({ createSearch }) =>
				createSearch({ box, results, panel, blankState, noMatchState }, index),
			);
			// A failed load (offline, a deploy in progress) is tried again at the next search.
			search.catch(() => (search = undefined));
		}
		return search;
	};
	const run = (keepInAddress = true) => {
		results.setAttribute('aria-busy', 'true');
		load()
			.then((search) => search(box.value, { keepInAddress }))
			.catch(() => {
				results.textContent = 'The search could not load. Check your connection and try again, or browse the errors and fixes.';
				results.setAttribute('aria-busy', 'false');
			});
	};
	const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a.result-link')];

	box.addEventListener('input', () => run());
	// On the home page searching is the point, so the search loads at once; elsewhere, reaching for the box
	// is the moment to fetch it, so the paste that follows is answered without a wait.
	if (form.hasAttribute('data-eager')) void load();
	for (const intent of ['focus', 'pointerenter', 'touchstart']) box.addEventListener(intent, () => void load(), { once: true, passive: true });
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		run();
	});
	box.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
			event.preventDefault();
			run();
		} else if (event.key === 'ArrowDown' && box.selectionStart === box.value.length && links().length > 0) {
			event.preventDefault();
			links()[0]!.focus();
		} else if (event.key === 'Escape' && panel && !panel.hidden) {
			panel.hidden = true;
		}
	});
	results.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const list = links();
		const at = list.indexOf(document.activeElement as HTMLAnchorElement);
		if (at < 0) return;
		event.preventDefault();
		if (event.key === 'ArrowUp' && at === 0) box.focus();
		else list[Math.max(0, Math.min(list.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
	});
	document.addEventListener('keydown', (event) => {
		const target = event.target as HTMLElement;
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
		if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
		event.preventDefault();
		box.focus();
	});

	const fromAddress = () => {
		const { query } = parseFragment(location.hash);
		if (query === undefined) return;
		box.value = query;
		run(false);
	};
	window.addEventListener('hashchange', fromAddress);
	fromAddress();
}
