/**
 * Recognises WinRM error codes and messages in a paste. Both searches are linear in the paste: the code
 * search is one pass of a regular expression without nested repetition, and the message search folds
 * the paste once and looks each message up with `indexOf`.
 */
import { MAX_ANCHOR_TRIES, MAX_PLACEHOLDER_CHARS } from '../paste/limits';
import { foldText } from '../text';
import type { WinrmCode } from './header';

/**
 * How a code was written: `hex` (`0x80338012`, any case), `decimal` (`2150858770`, as WSManFault and
 * `winrm` print it) or `signed` (`-2144108526`, as .NET prints an HRESULT).
 */
export type CodeForm = 'hex' | 'decimal' | 'signed';

export interface FoundCode {
	code: WinrmCode;
	/** Each form the code was written in, in the order first seen. */
	forms: CodeForm[];
	/** Where in the paste the code first appears. */
	index: number;
}

export interface MatchedMessage {
	code: WinrmCode;
	/** Where in the folded paste (letters and digits only, lower case) the message starts and ends. */
	start: number;
	end: number;
}

interface FoldedMessage {
	code: WinrmCode;
	/** The message's folded text between its inserts. */
	segments: string[];
}

/** The codes, indexed once for both searches. */
export interface CodeTable {
	codes: readonly WinrmCode[];
	byValue: ReadonlyMap<number, WinrmCode>;
	messages: readonly FoldedMessage[];
}

/** Messages the header keeps for retired codes: Windows never prints them, so they identify nothing. */
const UNUSED_MESSAGE = /^<?not used\b/i;

export function createCodeTable(codes: readonly WinrmCode[]): CodeTable {
	return {
		codes,
		byValue: new Map(codes.map((code) => [code.value, code])),
		messages: codes
			.filter((code) => !UNUSED_MESSAGE.test(code.message))
			.map((code) => ({ code, segments: code.message.split(/<insert\d+>/).map(foldText).filter(Boolean) }))
			.filter((message) => message.segments.length > 0),
	};
}

// A number with its sign (a hyphen, or the minus sign a web page may print) or prefix; the character
// before it is checked by hand, since a letter, a digit, `_`, `.` or a sign there makes it part of a
// longer token (`KB2150858770`, `v1.2150858770`, `srv-2150858770`).
const NUMBER = /0[xX][0-9A-Fa-f]+|[-\u2212]?[0-9]+/g;
const WORD_CHAR = /[0-9A-Za-z_]/;
// Colour codes a terminal left in the text: blanked to spaces so positions stay those of the paste.
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

function formOf(token: string): { form: CodeForm; value: number } | undefined {
	if (token[1] === 'x' || token[1] === 'X') {
		const digits = token.slice(2).replace(/^0+(?=.)/, '');
		return digits.length <= 8 ? { form: 'hex', value: Number.parseInt(digits, 16) } : undefined;
	}
	const signed = token[0] === '-' || token[0] === '\u2212';
	const digits = signed ? token.slice(1) : token;
	if (digits.length > 10) return undefined;
	const number = Number(digits);
	if (signed) return number <= 0x80000000 ? { form: 'signed', value: 0x100000000 - number } : undefined;
	return number <= 0xffffffff ? { form: 'decimal', value: number } : undefined;
}

/**
 * The WinRM codes in a paste, one entry per code in order of first appearance, with the forms it was
 * written in. A number counts only as a whole token: never the tail or head of a longer number, a
 * version (`1.2150858770`) or a word.
 */
export function findWinrmCodes(text: string, table: CodeTable): FoundCode[] {
	const clean = text.includes('\u001b') ? text.replace(ANSI_ESCAPE, (escape) => ' '.repeat(escape.length)) : text;
	const found = new Map<number, FoundCode>();
	for (const match of clean.matchAll(NUMBER)) {
		const token = match[0];
		const index = match.index;
		const before = clean[index - 1];
		const after = clean[index + token.length];
		if (before !== undefined && (WORD_CHAR.test(before) || before === '.' || before === '-' || before === '\u2212')) continue;
		if (after !== undefined && (WORD_CHAR.test(after) || (after === '.' && /[0-9]/.test(clean[index + token.length + 1] ?? '')))) continue;
		const read = formOf(token);
		const code = read && table.byValue.get(read.value);
		if (!read || !code) continue;
		const entry = found.get(code.value);
		if (!entry) found.set(code.value, { code, forms: [read.form], index });
		else if (!entry.forms.includes(read.form)) entry.forms.push(read.form);
	}
	return [...found.values()];
}

/** Where a message's segments occur in order, each within an insert's length of the previous one. */
function locate(folded: string, segments: readonly string[]): { start: number; end: number } | undefined {
	const [first, ...rest] = segments;
	let start = folded.indexOf(first!);
	for (let tries = 0; start !== -1 && tries < MAX_ANCHOR_TRIES; tries++) {
		let end = start + first!.length;
		const fits = rest.every((segment) => {
			const at = folded.indexOf(segment, end);
			if (at === -1 || at - end > MAX_PLACEHOLDER_CHARS) return false;
			end = at + segment.length;
			return true;
		});
		if (fits) return { start, end };
		start = folded.indexOf(first!, start + 1);
	}
	return undefined;
}

/**
 * The header messages a paste carries, whatever its case, punctuation, spacing or wrapping (even in the
 * middle of a word): each insert stands for at most `MAX_PLACEHOLDER_CHARS` folded characters. Codes
 * that share one text are all returned. In order of position.
 */
export function matchWinrmMessage(text: string, table: CodeTable): MatchedMessage[] {
	const folded = foldText(text);
	const matches: MatchedMessage[] = [];
	for (const { code, segments } of table.messages) {
		const at = locate(folded, segments);
		if (at) matches.push({ code, ...at });
	}
	return matches.sort((a, b) => a.start - b.start || a.code.value - b.code.value);
}
