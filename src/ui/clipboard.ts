/** Copies text and tells the reader it did, in the button and to screen readers. */
import { announce } from './announce';

async function writeClipboard(text: string): Promise<void> {
	if (navigator.clipboard?.writeText) {
		await navigator.clipboard.writeText(text);
		return;
	}
	// Pages served over plain HTTP have no Clipboard API; a selected, off-screen textarea still copies.
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	document.body.append(area);
	area.select();
	const copied = document.execCommand('copy');
	area.remove();
	if (!copied) throw new Error('copy refused');
}

/** Copies `text`, then shows `done` on the button for a moment and announces it. */
export async function copyWithFeedback(
	button: HTMLButtonElement,
	text: string,
	done = 'Copied'
): Promise<void> {
	const label = button.dataset.label ?? button.textContent ?? '';
	button.dataset.label = label;
	let message = done;
	try {
		await writeClipboard(text);
	} catch {
		message = 'Copy failed: select the text and copy it';
	}
	button.textContent = message;
	announce(message);
	window.setTimeout(() => {
		button.textContent = label;
	}, 2000);
}
