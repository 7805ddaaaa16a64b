/**
 * The sentences PowerShell and WinRM wrap many different remoting errors in. They say that a remoting
 * error happened, never which one, so they are no evidence that two errors are related: they are taken
 * out of the text before partial scoring, distinctive phrases and full-text terms (never before the
 * exact match, which needs the text as pasted).
 */

// Each pattern is one wording class from PowerShell's remoting error strings, `\s+` between words so a
// console's line wrap between words does not hide it.
const WRAPPERS: RegExp[] = [
	/Connecting\s+to\s+(?:the\s+)?remote\s+server\s+\S{0,255}\s*failed\s+with\s+the\s+following\s+error\s+message\s*:/gi,
	/(?:Processing|Sending|Receiving)\s+data\s+(?:for|to|from)\s+a\s+remote\s+command\s+failed\s+with\s+the\s+following\s+error\s+message\s*:/gi,
	/Starting\s+a\s+command\s+on\s+the\s+remote\s+server\s+failed\s+with\s+the\s+following\s+error\s+message\s*:/gi,
	/For\s+more\s+information,?\s+see\s+the\s+about_Remote_Troubleshooting\s+Help\s+topic\.?/gi,
	/(?:The\s+)?WinRM\s+(?:client\s+)?cannot\s+process\s+the\s+request\.?/gi,
	/The\s+following\s+error\s+(?:with\s+error\s?code\s+\S{1,12}\s+)?occurred\s+while\s+using\s+\w{1,40}\s+authentication\s*:/gi,
];

/** True when the text carries one of the wrapper sentences: the shape of a remoting error. */
export function hasWrapper(text: string): boolean {
	// `search` ignores the global flag's `lastIndex`, so the shared patterns carry no state between calls.
	return WRAPPERS.some((pattern) => text.search(pattern) >= 0);
}

/** The text without its wrapper sentences; what is left is what tells one error from another. */
export function stripWrappers(text: string): string {
	let rest = text;
	for (const pattern of WRAPPERS) rest = rest.replace(pattern, ' ');
	return rest;
}
