/**
 * `<rt-fix-list>`: an error's fixes, and the "what to run" panel that leads the error page. Its links,
 * once followed, carry this error's slug (`#from=<slug>`), so the fix's ticket snippet can name it; the
 * links as shown and copied stay plain. The reader's values go with them through this tab's storage,
 * never in a link. The note says which values the fixes' commands will show, or that a link's value was
 * ignored, and nothing more.
 */
import { describeIgnored } from './value-store';
import { VALUE_KINDS } from './values';
import { carryFrom, ignoredFromLink, valueStore, ValueStoreElement } from './page-values';

class FixListElement extends ValueStoreElement {
	/** Wires the links once; returns the redraw of the note from the store. */
	protected wire(): () => void {
		const note = this.querySelector<HTMLElement>('[data-values-note]');
		const error = this.dataset.error;
		const follow = (event: MouseEvent) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-fix-link]');
			if (link && error && this.contains(link)) carryFrom(link, error);
		};
		this.addEventListener('click', follow);
		this.addEventListener('auxclick', follow);
		return () => {
			if (!note) return;
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
