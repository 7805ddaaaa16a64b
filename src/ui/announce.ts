/** Says a short message to screen readers through the page's one polite live region (#announcer). */
export function announce(message: string): void {
	const region = document.getElementById('announcer');
	if (!region) return;
	// Clearing first makes a repeated message ("Copied") be announced again.
	region.textContent = '';
	window.setTimeout(() => {
		region.textContent = message;
	}, 50);
}
