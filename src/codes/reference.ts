/**
 * The rows of the code reference page and of `codes.json`: every WinRM code of `wsmerror.h` with the
 * error page that covers it, and every Windows code of the `winerror.h` excerpt and every other code the
 * catalog's errors name (Win32 numbers, HRESULTs), with the pages that name them. Nothing here is written
 * by hand: the messages come from the headers, or, for a code no header gives, from the error pages.
 */
import { normalizeCode } from '../search/signals';
import { codeHex, type HeaderCode } from './header';

/** An error of the catalog, as far as the codes are concerned. */
export interface CodedError {
	slug: string;
	title: string;
	url: string;
	/** The messages exactly as Windows prints them. */
	messages: readonly string[];
	/** `signals.codes`: decimal or `0x` hex. */
	codes: readonly string[];
}

export interface WinrmRow {
	code: HeaderCode;
	/** The error pages whose `signals.codes` name this code (the content checks allow one at most). */
	errors: CodedError[];
}

export interface WindowsRow {
	/** Lower-case `0x` hex with eight digits: the anchor. */
	id: string;
	value: number;
	/**
	 * The code as it is best known: a code of the header as the header writes it (an HRESULT in hex, a
	 * Win32 code as its number), any other as the content writes it (`5`, `0x80070005`).
	 */
	written: string;
	/** The header's name and message, when the `winerror.h` excerpt defines the code. */
	code?: HeaderCode;
	errors: CodedError[];
}

export interface CodeReference {
	winrm: WinrmRow[];
	windows: WindowsRow[];
}

/** A header code as its header writes it: winerror.h gives an HRESULT in hex, a Win32 code in decimal. */
function headerWritten(code: HeaderCode): string {
	return code.value > 0x7fffffff ? code.hex : code.decimal;
}

/**
 * Throws, naming the error and the code, on a `signals.codes` entry that is not a code, and naming both
 * symbols on a value the two headers both define.
 */
export function buildCodeReference(
	winrmCodes: readonly HeaderCode[],
	windowsCodes: readonly HeaderCode[],
	errors: readonly CodedError[]
): CodeReference {
	const winrm = new Map(
		winrmCodes.map((code) => [code.value, { code, errors: [] as CodedError[] }])
	);
	const windows = new Map<number, WindowsRow>();
	for (const code of windowsCodes) {
		const twice = winrm.get(code.value)?.code ?? windows.get(code.value)?.code;
		if (twice) throw new Error(`${code.name} and ${twice.name} are both ${code.hex}`);
		windows.set(code.value, {
			id: code.hex,
			value: code.value,
			written: headerWritten(code),
			code,
			errors: [],
		});
	}
	for (const error of errors) {
		for (const written of error.codes) {
			const value = normalizeCode(written);
			if (value === undefined)
				throw new Error(
					`errors/${error.slug}: signals.codes has "${written}", which is not a code`
				);
			const row = winrm.get(value) ??
				windows.get(value) ?? { id: codeHex(value), value, written, errors: [] };
			if ('id' in row) windows.set(value, row);
			if (!row.errors.includes(error)) row.errors.push(error);
		}
	}
	return {
		winrm: [...winrm.values()].sort((a, b) => a.code.value - b.code.value),
		windows: [...windows.values()].sort((a, b) => a.value - b.value),
	};
}
