/**
 * The sentences PowerShell and WinRM wrap many different remoting errors in. They say that a remoting
 * error happened, never which one, so they are no evidence that two errors are related: they are taken
 * out of the text before partial scoring, distinctive phrases and full-text terms (never before the
 * exact match, which needs the text as pasted).
 */

// Each pattern is one wording class, `\s+` between words so a console's line wrap between words does not
// hide it. Every pattern starts with literal text, so no paste, however long, makes it backtrack far.
const WRAPPERS: RegExp[] = [
	/For\s+more\s+information,?\s+see\s+the\s+about_Remote_Troubleshooting\s+Help\s+topic\.?/gi,
	// WinRM's openers, each shared by dozens of messages in wsmerror.h: "The WinRM client cannot process the
	// request.", "The WS-Management service cannot process the request.", "The WinRM Shell client …".
	/(?:The\s+)?(?:WinRM|WinRS|WS-Management)\s+(?:Shell\s+)?(?:(?:client|service)\s+)?cannot\s+process\s+the\s+(?:request|operation)\.?/gi,
	/The\s+following\s+error\s+(?:with\s+error\s?code\s+\S{1,12}\s+)?occurred\s+while\s+using\s+\w{1,40}\s+authentication\s*:/gi,
	// Python's urllib3 around every connection failure pywinrm meets: refused, timed out, DNS, TLS, proxy.
	/HTTPS?ConnectionPool\(host=[^)\n]{0,300}\):\s*Max\s+retries\s+exceeded\s+with\s+url:\s*\S{0,300}(?:\s*\(Caused\s+by)?/gi,
	// Ansible around any exception a task or connection raised.
	/An\s+exception\s+occurred\s+during\s+task\s+execution\.\s+(?:To\s+see\s+the\s+full\s+traceback,\s+use\s+-vvv\.\s+)?The\s+error\s+was:/gi,
	// Terraform's communicator retries until its timeout, then reports the last error inside this.
	/timeout\s+-\s+last\s+error:/gi,
];

/**
 * The end of PowerShell's twelve "<what> failed with the following error message :" strings (connecting,
 * reconnecting, disconnecting, closing, sending, processing, starting a command, a session query); the
 * words before it, up to `LEAD_WORDS`, are the rest of the wrapper (see `leadStart`).
 */
const FAILED_WITH =
	/failed\s+(?:for\s+\S{1,255}\s+)?with\s+the\s+following\s+error\s+message\s*:/gi;
/** "Reconnecting to a command on the remote server" is the longest lead: seven words. */
const LEAD_WORDS = 8;
const MAX_WORD_CHARS = 255;

/**
 * Where the wrapper before "failed with…" starts: up to `LEAD_WORDS` words back, within the sentence. A
 * word ending in a full stop ends the sentence before; a word with a colon is a cmdlet's `Name :` prefix
 * or a previous message's end; a "word" longer than any host name is not one. A host name's dots sit
 * inside a word, so `srv.contoso.com` is included.
 */
function leadStart(text: string, at: number): number {
	let start = at;
	for (let n = 0; n < LEAD_WORDS; n++) {
		let end = start;
		while (end > 0 && /\s/.test(text[end - 1]!)) end--;
		let begin = end;
		while (begin > 0 && end - begin < MAX_WORD_CHARS && !/\s/.test(text[begin - 1]!)) begin--;
		const word = text.slice(begin, end);
		const cut = begin > 0 && !/\s/.test(text[begin - 1]!);
		if (word === '' || cut || word.endsWith('.') || word.includes(':')) break;
		start = begin;
	}
	return start;
}

/** True when the text carries one of the wrapper sentences: the shape of a remoting error. */
export function hasWrapper(text: string): boolean {
	// `search` ignores the global flag's `lastIndex`, so the shared patterns carry no state between calls.
	return text.search(FAILED_WITH) >= 0 || WRAPPERS.some((pattern) => text.search(pattern) >= 0);
}

/** The text without its wrapper sentences; what is left is what tells one error from another. */
export function stripWrappers(text: string): string {
	let rest = '';
	let kept = 0;
	for (const match of text.matchAll(FAILED_WITH)) {
		const start = Math.max(kept, leadStart(text, match.index));
		rest += `${text.slice(kept, start)} `;
		kept = match.index + match[0].length;
	}
	rest += text.slice(kept);
	for (const pattern of WRAPPERS) rest = rest.replace(pattern, ' ');
	return rest;
}

/**
 * Tokens that are the reader's own or the machine's, never words of a message: URLs, IP addresses with or
 * without a port, `host:port`, GUIDs and long hex numbers (addresses, thumbprints, object ids).
 */
const NOISE_TOKENS =
	/\bhttps?:\/\/[^\s"'<>)]{1,300}|(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?![\w.])|(?<![\w.-])[\w.-]{1,200}:\d{2,5}(?![\w:])|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b0x[0-9a-f]{9,16}\b|\b[0-9a-f]{32,64}\b/gi;

/** The text as the word stages read it: no wrapper sentences, no addresses, ids or URLs. */
export function distinctiveText(text: string): string {
	return stripWrappers(text).replace(NOISE_TOKENS, ' ');
}
