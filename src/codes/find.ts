/**
 * Recognises error codes in a paste, WinRM and Windows ones, and WinRM messages. A Windows code counts
 * only where it cannot be a count or a line number: as eight hex digits or as an HRESULT's decimal, never
 * as a Win32 code's short number (`5`); Windows messages are too short and common (`Access is denied.`)
 * to identify anything, so only WinRM messages are looked for. Both searches are linear in the paste:
 * the code search is one pass of a regular expression without nested repetition; the message search folds the
 * paste once and passes over it once, looking up each window of `ANCHOR_CHARS` characters (by a rolling
 * hash) among the messages' anchors, so five hundred messages cost about as much as one.
 */
import { MAX_ANCHOR_TRIES, MAX_PLACEHOLDER_CHARS } from '../search/tuning';
import { foldText } from '../search/text';
import type { HeaderCode } from './header';

/**
 * How a code was written: `hex` (`0x80338012`, any case), `decimal` (`2150858770`, as a WSManFault's
 * `Code` attribute holds it) or `signed` (`-2144108526`, as the `winrm` command prints its error number).
 */
export type CodeForm = 'hex' | 'decimal' | 'signed';

/** Which header a code comes from: `wsmerror.h` (WinRM) or `winerror.h` (Windows). */
export type CodeFamily = 'winrm' | 'windows';

export interface FoundCode {
	code: HeaderCode;
	family: CodeFamily;
	/** Each form the code was written in, in the order first seen. */
	forms: CodeForm[];
	/** Where in the paste the code first appears. */
	index: number;
}

export interface MatchedMessage {
	code: HeaderCode;
	/** Where in the folded paste (letters and digits only, lower case) the message starts and ends. */
	start: number;
	end: number;
}

interface FoldedMessage {
	code: HeaderCode;
	/** The message's folded text between its inserts. */
	segments: string[];
	/**
	 * Where in the first segment the message's anchor starts: the stretch of `ANCHOR_CHARS` characters
	 * that the fewest messages share. Absent when the first segment is shorter than that.
	 */
	anchor?: number;
}

/** The codes, indexed once for both searches. */
export interface CodeTable {
	byValue: ReadonlyMap<number, { code: HeaderCode; family: CodeFamily }>;
	messages: readonly FoldedMessage[];
	/** Anchored messages by the hash of their anchor. */
	anchors: ReadonlyMap<number, FoldedMessage[]>;
	/** One bit per low 16 bits of an anchor hash: most windows of a paste are ruled out without a map lookup. */
	anchorBits: Uint8Array;
}

/** Messages the header keeps for retired codes: Windows never prints them, so they identify nothing. */
const UNUSED_MESSAGE = /^<?not used\b/i;

const ANCHOR_CHARS = 16;
const HASH_BASE = 257;
/** `HASH_BASE` to the power `ANCHOR_CHARS - 1`, modulo 2^32: the weight of the character leaving the window. */
const HASH_DROP = Array.from({ length: ANCHOR_CHARS - 1 }).reduce<number>(
	(power) => Math.imul(power, HASH_BASE),
	1
);

function hashAt(text: string, start: number): number {
	let hash = 0;
	for (let i = start; i < start + ANCHOR_CHARS; i++)
		hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(i)) | 0;
	return hash;
}

/** The hash of the window one character further on. */
function rollHash(hash: number, text: string, start: number): number {
	return (
		(Math.imul(hash - Math.imul(text.charCodeAt(start), HASH_DROP), HASH_BASE) +
			text.charCodeAt(start + ANCHOR_CHARS)) |
		0
	);
}

/** The hash of every window of a folded string, in order (none when it is shorter than a window). */
function windowHashes(text: string): Int32Array {
	const count = Math.max(0, text.length - ANCHOR_CHARS + 1);
	const hashes = new Int32Array(count);
	if (count === 0) return hashes;
	let hash = hashAt(text, 0);
	hashes[0] = hash;
	for (let i = 1; i < count; i++) {
		hash = rollHash(hash, text, i - 1);
		hashes[i] = hash;
	}
	return hashes;
}

/**
 * Gives each message whose first segment is long enough the anchor the fewest other messages share.
 * Windows are counted by their hash: a collision can only make an anchor a little less rare, never
 * wrong, since a window that matches an anchor's hash is compared in full before it counts.
 */
function chooseAnchors(messages: FoldedMessage[]): void {
	const windows = messages.map(({ segments: [first] }) => windowHashes(first!));
	const shared = new Map<number, number>();
	for (const list of windows)
		for (const hash of new Set(list)) shared.set(hash, (shared.get(hash) ?? 0) + 1);
	messages.forEach((message, m) => {
		let fewest = Infinity;
		windows[m]!.forEach((hash, i) => {
			const count = shared.get(hash)!;
			if (count < fewest) [fewest, message.anchor] = [count, i];
		});
	});
}

/** The WinRM codes, searched by code and by message, and the Windows codes, searched by code alone. */
export function createCodeTable(
	winrm: readonly HeaderCode[],
	windows: readonly HeaderCode[] = []
): CodeTable {
	const messages: FoldedMessage[] = winrm
		.filter((code) => !UNUSED_MESSAGE.test(code.message))
		.map((code) => ({
			code,
			segments: code.message
				.split(/<insert\d+>/)
				.map(foldText)
				.filter(Boolean),
		}))
		.filter((message) => message.segments.length > 0);
	chooseAnchors(messages);
	const anchors = new Map<number, FoldedMessage[]>();
	const anchorBits = new Uint8Array(1 << 13);
	for (const message of messages) {
		if (message.anchor === undefined) continue;
		const hash = hashAt(message.segments[0]!, message.anchor);
		anchors.set(hash, [...(anchors.get(hash) ?? []), message]);
		anchorBits[(hash & 0xffff) >>> 3]! |= 1 << (hash & 7);
	}
	const byValue = new Map<number, { code: HeaderCode; family: CodeFamily }>();
	for (const code of windows) byValue.set(code.value, { code, family: 'windows' });
	for (const code of winrm) byValue.set(code.value, { code, family: 'winrm' });
	return { byValue, messages, anchors, anchorBits };
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
	if (signed)
		return number <= 0x80000000 ? { form: 'signed', value: 0x100000000 - number } : undefined;
	return number <= 0xffffffff ? { form: 'decimal', value: number } : undefined;
}

/**
 * Whether a token may name a Windows code: eight hex digits (`0x8009030C`, `0x0000052E`) or a decimal of
 * an HRESULT (2^31 and up, or negative), never a short number a line, a column or a count also is.
 */
function namesWindowsCode(
	token: string,
	{ form, value }: { form: CodeForm; value: number }
): boolean {
	return form === 'hex' ? token.length === 10 : value > 0x7fffffff;
}

/**
 * The codes in a paste, one entry per code in order of first appearance, with the forms it was written
 * in. A number counts only as a whole token: never the tail or head of a longer number, a version
 * (`1.2150858770`) or a word; a Windows code only in a form that cannot be a mere number (see
 * `namesWindowsCode`).
 */
export function findCodes(text: string, table: CodeTable): FoundCode[] {
	const clean = text.includes('\u001b')
		? text.replace(ANSI_ESCAPE, (escape) => ' '.repeat(escape.length))
		: text;
	const found = new Map<number, FoundCode>();
	for (const match of clean.matchAll(NUMBER)) {
		const token = match[0];
		const index = match.index;
		const before = clean[index - 1];
		const after = clean[index + token.length];
		if (
			before !== undefined &&
			(WORD_CHAR.test(before) || before === '.' || before === '-' || before === '\u2212')
		)
			continue;
		if (
			after !== undefined &&
			(WORD_CHAR.test(after) ||
				(after === '.' && /[0-9]/.test(clean[index + token.length + 1] ?? '')))
		)
			continue;
		const read = formOf(token);
		const known = read && table.byValue.get(read.value);
		if (!read || !known || (known.family === 'windows' && !namesWindowsCode(token, read))) continue;
		const { code, family } = known;
		const entry = found.get(code.value);
		if (!entry) found.set(code.value, { code, family, forms: [read.form], index });
		else if (!entry.forms.includes(read.form)) entry.forms.push(read.form);
	}
	return [...found.values()];
}

/** Where the segments after the first end, each found within an insert's length of the one before. */
function fitRest(folded: string, segments: readonly string[], end: number): number | undefined {
	let at = end;
	for (const segment of segments.slice(1)) {
		const next = folded.indexOf(segment, at);
		if (next === -1 || next - at > MAX_PLACEHOLDER_CHARS) return undefined;
		at = next + segment.length;
	}
	return at;
}

/** The first place a message fits, trying at most `MAX_ANCHOR_TRIES` occurrences of its first segment. */
function locate(
	folded: string,
	segments: readonly string[]
): { start: number; end: number } | undefined {
	const first = segments[0]!;
	let start = folded.indexOf(first);
	for (let tries = 0; start !== -1 && tries < MAX_ANCHOR_TRIES; tries++) {
		const end = fitRest(folded, segments, start + first.length);
		if (end !== undefined) return { start, end };
		start = folded.indexOf(first, start + 1);
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
	const found = new Map<FoldedMessage, MatchedMessage>();
	const tries = new Map<FoldedMessage, number>();
	// One pass: windows are visited left to right, so the first fit of each message is its earliest.
	for (
		let i = 0, hash = hashAt(folded, 0);
		i + ANCHOR_CHARS <= folded.length;
		hash = rollHash(hash, folded, i), i++
	) {
		if (!(table.anchorBits[(hash & 0xffff) >>> 3]! & (1 << (hash & 7)))) continue;
		for (const message of table.anchors.get(hash) ?? []) {
			const start = i - message.anchor!;
			const first = message.segments[0]!;
			if (found.has(message) || start < 0 || !folded.startsWith(first, start)) continue;
			const tried = (tries.get(message) ?? 0) + 1;
			if (tried > MAX_ANCHOR_TRIES) continue;
			tries.set(message, tried);
			const end = fitRest(folded, message.segments, start + first.length);
			if (end !== undefined) found.set(message, { code: message.code, start, end });
		}
	}
	for (const message of table.messages) {
		if (message.anchor !== undefined) continue;
		const at = locate(folded, message.segments);
		if (at) found.set(message, { code: message.code, ...at });
	}
	return [...found.values()].sort((a, b) => a.start - b.start || a.code.value - b.code.value);
}
