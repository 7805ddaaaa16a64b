/**
 * `<rt-fix-list>`: an error's fixes. Its links carry the reader's values (only the store's valid ones)
 * on to the fix pages, so their commands open with the values in place, and, once followed, this
 * error's slug, so the fix's ticket snippet names it (the links as shown and copied stay plain). The
 * note says which values will be used, or that a link's value was ignored, and nothing more.
 */
import { describeIgnored } from './value-store';
import { VALUE_KINDS } from './values';
import { carryValues, ignoredFromLink, valueStore, ValueStoreElement } from './page-values';

class FixListElement extends ValueStoreElement {
	/** Wires the links once; returns the redraw of the links and the note from the store. */
	protected wire(): () => void {
		const note = this.querySelector<HTMLElement>('[data-values-note]')!;
		const links = [...this.querySelectorAll<HTMLAnchorElement>('.fix-list a')];
		const error = this.dataset.error;
		const follow = (event: MouseEvent) => {
			const link = (event.target as Element).closest('a');
			if (link && links.includes(link)) carryValues(link, error);
		};
		this.addEventListener('click', follow);
		this.addEventListener('auxclick', follow);
		return () => {
			if (valueStore.size > 0) for (const link of links) carryValues(link);
			const values = valueStore.entries();
			const parts = [
				values.length > 0
					? `The commands in these fixes will show your values: ${values.map(([kind, value]) => `${VALUE_KINDS[kind].noun} ${value}`).join(', ')}.`
					: '',
				describeIgnored(ignoredFromLink, 'the link'),
			].filter(Boolean);
			note.textContent = parts.join(' ');
			note.hidden = parts.length === 0;
		};
	}
}

customElements.define('rt-fix-list', FixListElement);
