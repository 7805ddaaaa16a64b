/** Copies text and tells the reader it did, in the control and to screen readers. */
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

/** How long a "Copied" stays on screen. */
export const FEEDBACK_MS = 2000;

/** Copies `text`; the message to show and announce says whether it worked. */
export async function copyText(text: string, done = 'Copied'): Promise<string> {
	try {
		await writeClipboard(text);
		return done;
	} catch {
		return 'Copy failed: select the text and copy it';
	}
}

/** Copies `text`, then shows `done` on the button for a moment and announces it. */
export async function copyWithFeedback(
	button: HTMLButtonElement,
	text: string,
	done = 'Copied'
): Promise<void> {
	const label = button.dataset.label ?? button.textContent ?? '';
	button.dataset.label = label;
	const message = await copyText(text, done);
	button.textContent = message;
	announce(message);
	window.setTimeout(() => {
		button.textContent = label;
	}, FEEDBACK_MS);
}
