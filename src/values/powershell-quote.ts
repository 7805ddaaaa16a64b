/**
 * Where a value lands inside a PowerShell command, and how to write it there so that it stays a value.
 * The lexer walks the command once and reports the string context at a position; `quoteFor` escapes a
 * value for that context or refuses it with a reason.
 */

export const STRING_CONTEXTS = [
	'bare',
	'single',
	'double',
	'here-single',
	'here-double',
	'comment',
] as const;
export type StringContext = (typeof STRING_CONTEXTS)[number];

/** Whether a slot's `data-quote`, as the page carries it, names a context this module knows. */
export function isStringContext(value: string | undefined): value is StringContext {
	return (STRING_CONTEXTS as readonly (string | undefined)[]).includes(value);
}

// PowerShell treats the typographic quotes as quotes too, so they need the same care as the ASCII ones.
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e']);

/** The string context of the character at `index` in `code`. */
export function stringContextAt(code: string, index: number): StringContext {
	let state: StringContext = 'bare';
	let blockComment = false;
	for (let i = 0; i < index && i < code.length; i++) {
		const ch = code[i]!;
		const next = code[i + 1];
		switch (state) {
			case 'bare':
				if (blockComment) {
					if (ch === '#' && next === '>') {
						blockComment = false;
						i++;
					}
				} else if (ch === '<' && next === '#') {
					blockComment = true;
					i++;
				} else if (ch === '#') {
					state = 'comment';
				} else if (ch === '`') {
					i++; // an escaped character outside strings is just that character
				} else if (
					ch === '@' &&
					(next === "'" || next === '"') &&
					/^[ \t]*\r?\n/.test(code.slice(i + 2, i + 40))
				) {
					state = next === "'" ? 'here-single' : 'here-double';
					i++;
				} else if (SINGLE_QUOTES.has(ch)) {
					state = 'single';
				} else if (DOUBLE_QUOTES.has(ch)) {
					state = 'double';
				}
				break;
			case 'comment':
				if (ch === '\n') state = 'bare';
				break;
			case 'single':
				if (SINGLE_QUOTES.has(ch)) {
					if (next !== undefined && SINGLE_QUOTES.has(next)) i++;
					else state = 'bare';
				}
				break;
			case 'double':
				if (ch === '`') i++;
				else if (DOUBLE_QUOTES.has(ch)) {
					if (next !== undefined && DOUBLE_QUOTES.has(next)) i++;
					else state = 'bare';
				}
				break;
			case 'here-single':
			case 'here-double': {
				const closer = state === 'here-single' ? "'@" : '"@';
				if (state === 'here-double' && ch === '`') i++;
				else if (ch === '\n' && code.startsWith(closer, i + 1)) {
					state = 'bare';
					i += 2;
				}
				break;
			}
		}
	}
	return state;
}

export type QuoteResult = { ok: true; text: string } | { ok: false; reason: string };

// Characters that keep a bare argument a single literal token in PowerShell's argument mode.
const BARE_SAFE = /^[\p{L}\p{N}._\-\\:*]+$/u;

/** Writes `value` so that PowerShell reads it back unchanged in `context`, or says why it cannot. */
export function quoteFor(value: string, context: StringContext): QuoteResult {
	if (/[\r\n\0]/.test(value))
		return { ok: false, reason: 'a value cannot span lines or hold a NUL character' };
	switch (context) {
		case 'bare':
			return BARE_SAFE.test(value)
				? { ok: true, text: value }
				: {
						ok: false,
						reason: 'only letters, digits and . _ - \\ : * can stand unquoted in this command',
					};
		case 'single':
			return {
				ok: true,
				text: [...value].map((ch) => (SINGLE_QUOTES.has(ch) ? ch + ch : ch)).join(''),
			};
		case 'double':
		case 'here-double':
			return {
				ok: true,
				text: [...value]
					.map((ch) => (ch === '`' || ch === '$' || DOUBLE_QUOTES.has(ch) ? '`' + ch : ch))
					.join(''),
			};
		case 'here-single':
			return { ok: true, text: value };
		case 'comment':
			return { ok: true, text: value };
	}
}
