/**
 * Error codes and their messages, read from the Windows SDK's message headers (vendored in
 * `sources/windows-sdk/`): the WinRM codes of `wsmerror.h`, cross-checked against the code table
 * `sources/wsman-error-codes.tsv`, and the Windows codes of the `winerror.h` excerpt.
 *
 * A message is the header's MessageText as Windows prints it: the comment lines joined with single
 * spaces, `%n` as a line break and `%%` as `%`. An insert such as `%1` (or `%1!s!`) becomes the
 * placeholder `<insert1>`, the project's way of writing the part of a message that varies; the message
 * matcher lets it stand for a bounded run of text. Any other `%` escape stops the parse, naming the code,
 * so a newer header never ships a message Windows would print differently.
 */

/** A code and its message, from an SDK header. */
export interface HeaderCode {
	/** The header's symbol, e.g. `ERROR_WSMAN_INVALID_SELECTORS` or `SEC_E_TIME_SKEW`. */
	name: string;
	/** The unsigned 32-bit value. */
	value: number;
	/** Lower-case `0x` hex with eight digits, e.g. `0x80338012`: also the code's anchor on the reference page. */
	hex: string;
	/** Unsigned decimal, as a WSManFault's `Code` attribute holds it: `2150858770` (a Win32 code's number: `1326`). */
	decimal: string;
	/** Signed decimal, as the `winrm` command prints it: `Error number: -2144108526 0x80338012`. */
	signed: string;
	message: string;
}

/** A code's value written as lower-case `0x` hex with eight digits. */
export function codeHex(value: number): string {
	return `0x${value.toString(16).padStart(8, '0')}`;
}

export function codeRecord(name: string, value: number, message: string): HeaderCode {
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
// The three forms a header defines a code in, each perhaps followed by a comment: WinRM codes and some
// HRESULTs in hex (`0x80338012L`), most HRESULTs as `_HRESULT_TYPEDEF_(0x80090324L)`, Win32 codes in
// decimal (`1326L`).
const DEFINE =
	/^#define (\w+)\s+(?:0x([0-9A-Fa-f]{8})L|_HRESULT_TYPEDEF_\(0x([0-9A-Fa-f]{8})L\)|(\d{1,10})L)\s*(?:\/\/.*)?$/;

/** The value of a matched `#define`, or undefined when a decimal does not fit 32 bits. */
function definedValue([, , hex, hresult, decimal]: RegExpExecArray): number | undefined {
	const value = decimal !== undefined ? Number(decimal) : Number.parseInt((hex ?? hresult)!, 16);
	return value <= 0xffffffff ? value : undefined;
}

/** Turns a MessageText's `%` escapes into what Windows prints; `where` is for the error message. */
function printMessage(where: string, joined: string): string {
	const printed = joined.replace(
		/%(\d{1,2})(?:![^!]*!)?|%(.)|%$/g,
		(escape, insert: string | undefined, letter: string | undefined) => {
			if (insert !== undefined) return `<insert${insert}>`;
			if (letter === 'n') return '\n';
			if (letter === '%') return '%';
			throw new Error(
				`${where}: the message has the escape "${escape}", which this parser does not know`
			);
		}
	);
	return printed.replace(/ *\n */g, '\n').trim();
}

/**
 * Every MessageId block of a header with its `#define`. `file` names the header in errors: a block that
 * is cut short, whose `#define` names another symbol or is in no known form, or whose message has an
 * unknown escape stops the parse, naming the file, the line and the code.
 */
export function parseHeader(text: string, file: string): HeaderCode[] {
	const lines = text.split(/\r?\n/);
	const codes: HeaderCode[] = [];
	for (let i = 0; i < lines.length; i++) {
		const id = MESSAGE_ID.exec(lines[i]!);
		if (!id) continue;
		const name = id[1]!;
		const where = `${file} line ${i + 1} (${name})`;
		let j = i + 1;
		while (j < lines.length && lines[j]!.trim() === '//') j++;
		if (!MESSAGE_TEXT.test(lines[j] ?? ''))
			throw new Error(`${where}: no "// MessageText:" after the MessageId`);
		const parts: string[] = [];
		for (j++; j < lines.length && lines[j]!.startsWith('//'); j++) {
			const part = lines[j]!.slice(2).trim();
			if (part !== '') parts.push(part);
		}
		const define = DEFINE.exec(lines[j] ?? '');
		const value = define ? definedValue(define) : undefined;
		if (!define || define[1] !== name || value === undefined) {
			throw new Error(
				`${where}: the message is not followed by "#define ${name}" and a 32-bit value (0x…L, _HRESULT_TYPEDEF_(0x…L) or a decimal …L)`
			);
		}
		if (parts.length === 0) throw new Error(`${where}: the MessageText is empty`);
		codes.push(codeRecord(name, value, printMessage(where, parts.join(' '))));
		i = j;
	}
	return codes;
}

/** winerror.h: `#define FACILITY_WIN32 7`. */
const FACILITY_WIN32 = 7;

/**
 * The HRESULT each Win32 code of a header becomes, as winerror.h's `HRESULT_FROM_WIN32` maps it: the
 * code's low 16 bits, `FACILITY_WIN32` (7) above them and the error bit, so `ERROR_SERVICE_NOT_ACTIVE`
 * (1062) is `0x80070426`. A paste carries a Win32 failure in that form far more often than as a number
 * such as `1062`, which the search never reads as a code. Each keeps its Win32 code's message and is
 * named after the mapping (`HRESULT_FROM_WIN32(ERROR_SERVICE_NOT_ACTIVE)`).
 */
export function win32Hresults(codes: readonly HeaderCode[]): HeaderCode[] {
	return codes
		.filter((code) => code.value > 0 && code.value <= 0xffff)
		.map((code) =>
			codeRecord(
				`HRESULT_FROM_WIN32(${code.name})`,
				(0x80000000 | (FACILITY_WIN32 << 16) | code.value) >>> 0,
				code.message
			)
		);
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
		if (
			!name ||
			!/^\d+$/.test(decimal ?? '') ||
			!/^0x[0-9A-Fa-f]{8}$/.test(hex ?? '') ||
			Number.parseInt(hex!.slice(2), 16) !== value
		) {
			throw new Error(
				`wsman-error-codes.tsv line ${i + 1}: expected name, decimal and the same value in 0x hex, got ${JSON.stringify(line)}`
			);
		}
		rows.push({ name, value });
	});
	return rows;
}

/**
 * Where the header and the table disagree, one line per code: a table code the header lacks or gives
 * another value, and an `ERROR_WSMAN_` code of the header the table lacks. Empty when they agree.
 */
export function compareWithTable(
	codes: readonly HeaderCode[],
	rows: readonly TableRow[]
): string[] {
	const byName = new Map(codes.map((code) => [code.name, code]));
	const listed = new Set(rows.map((row) => row.name));
	return [
		...rows
			.filter((row) => byName.get(row.name)?.value !== row.value)
			.map(
				(row) =>
					`${row.name}: the table has ${row.value}, the header ${byName.get(row.name)?.value ?? 'does not define it'}`
			),
		...codes
			.filter((code) => code.name.startsWith('ERROR_WSMAN_') && !listed.has(code.name))
			.map((code) => `${code.name}: in the header, not in the table`),
	];
}
