/**
 * The WinRM error codes and their messages, read from the Windows SDK header `wsmerror.h` (vendored in
 * `sources/windows-sdk/`) and cross-checked against the code table `sources/wsman-error-codes.tsv`.
 *
 * A message is the header's MessageText as Windows prints it: the comment lines joined with single
 * spaces, `%n` as a line break and `%%` as `%`. An insert such as `%1` (or `%1!s!`) becomes the
 * placeholder `<insert1>`, the project's way of writing the part of a message that varies; the message
 * matcher lets it stand for a bounded run of text. Any other `%` escape stops the parse, naming the code,
 * so a newer header never ships a message Windows would print differently.
 */

export interface WinrmCode {
	/** The header's symbol, e.g. `ERROR_WSMAN_INVALID_SELECTORS`. */
	name: string;
	/** The unsigned 32-bit value. */
	value: number;
	/** Lower-case `0x` hex with eight digits, e.g. `0x80338012`: also the code's anchor on the reference page. */
	hex: string;
	/** Unsigned decimal, as a WSManFault's `Code` attribute holds it: `2150858770`. */
	decimal: string;
	/** Signed decimal, as the `winrm` command prints it: `Error number: -2144108526 0x80338012`. */
	signed: string;
	message: string;
}

/** A code's value written as lower-case `0x` hex with eight digits. */
export function codeHex(value: number): string {
	return `0x${value.toString(16).padStart(8, '0')}`;
}

export function codeRecord(name: string, value: number, message: string): WinrmCode {
	return {
		name,
		value,
		hex: codeHex(value),
		decimal: String(value),
		signed: String(value | 0),
		message,
	};
}

const MESSAGE_ID = /^\/\/ MessageId: (\w+)\s*$/;
const MESSAGE_TEXT = /^\/\/ MessageText:\s*$/;
const DEFINE = /^#define (\w+)\s+0x([0-9A-Fa-f]{8})L\s*$/;

/** Turns a MessageText's `%` escapes into what Windows prints; `name` is for the error message. */
function printMessage(name: string, joined: string): string {
	const printed = joined.replace(/%(\d{1,2})(?:![^!]*!)?|%(.)|%$/g, (escape, insert: string | undefined, letter: string | undefined) => {
		if (insert !== undefined) return `<insert${insert}>`;
		if (letter === 'n') return '\n';
		if (letter === '%') return '%';
		throw new Error(`wsmerror.h: ${name}: the message has the escape "${escape}", which this parser does not know`);
	});
	return printed.replace(/ *\n */g, '\n').trim();
}

/**
 * Every MessageId block of the header with its `#define`. Throws, naming the line, on a block that is
 * cut short or whose `#define` names another symbol.
 */
export function parseWsmanHeader(text: string): WinrmCode[] {
	const lines = text.split(/\r?\n/);
	const codes: WinrmCode[] = [];
	for (let i = 0; i < lines.length; i++) {
		const id = MESSAGE_ID.exec(lines[i]!);
		if (!id) continue;
		const name = id[1]!;
		const where = `wsmerror.h line ${i + 1} (${name})`;
		let j = i + 1;
		while (j < lines.length && lines[j]!.trim() === '//') j++;
		if (!MESSAGE_TEXT.test(lines[j] ?? '')) throw new Error(`${where}: no "// MessageText:" after the MessageId`);
		const parts: string[] = [];
		for (j++; j < lines.length && lines[j]!.startsWith('//'); j++) {
			const part = lines[j]!.slice(2).trim();
			if (part !== '') parts.push(part);
		}
		const define = DEFINE.exec(lines[j] ?? '');
		if (!define || define[1] !== name) throw new Error(`${where}: the message is not followed by "#define ${name} 0x…L"`);
		if (parts.length === 0) throw new Error(`${where}: the MessageText is empty`);
		codes.push(codeRecord(name, Number.parseInt(define[2]!, 16), printMessage(name, parts.join(' '))));
		i = j;
	}
	return codes;
}

export interface TableRow {
	name: string;
	value: number;
}

/**
 * The rows of `wsman-error-codes.tsv` (name, decimal, hex; `#` lines are comments). Throws, naming the
 * line, when a row's decimal and hex disagree.
 */
export function parseCodeTable(text: string): TableRow[] {
	const rows: TableRow[] = [];
	text.split(/\r?\n/).forEach((line, i) => {
		if (line.trim() === '' || line.startsWith('#')) return;
		const [name, decimal, hex] = line.split('\t');
		const value = Number(decimal);
		if (!name || !/^\d+$/.test(decimal ?? '') || !/^0x[0-9A-Fa-f]{8}$/.test(hex ?? '') || Number.parseInt(hex!.slice(2), 16) !== value) {
			throw new Error(`wsman-error-codes.tsv line ${i + 1}: expected name, decimal and the same value in 0x hex, got ${JSON.stringify(line)}`);
		}
		rows.push({ name, value });
	});
	return rows;
}

/**
 * Where the header and the table disagree, one line per code: a table code the header lacks or gives
 * another value, and an `ERROR_WSMAN_` code of the header the table lacks. Empty when they agree.
 */
export function compareWithTable(codes: readonly WinrmCode[], rows: readonly TableRow[]): string[] {
	const byName = new Map(codes.map((code) => [code.name, code]));
	const listed = new Set(rows.map((row) => row.name));
	return [
		...rows
			.filter((row) => byName.get(row.name)?.value !== row.value)
			.map((row) => `${row.name}: the table has ${row.value}, the header ${byName.get(row.name)?.value ?? 'does not define it'}`),
		...codes
			.filter((code) => code.name.startsWith('ERROR_WSMAN_') && !listed.has(code.name))
			.map((code) => `${code.name}: in the header, not in the table`),
	];
}
