/**
 * The rows of the code reference page and of `codes.json`: every WinRM code of the header with the
 * error page that covers it, and every other code the catalog's errors name (Win32 numbers, HRESULTs)
 * with the pages that name them. Nothing here is written by hand: the WinRM messages come from the
 * header, the others' from the error pages.
 */
import { normalizeCode } from '../signals';
import { codeHex, type WinrmCode } from './header';

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
	code: WinrmCode;
	/** The error pages whose `signals.codes` name this code (the content checks allow one at most). */
	errors: CodedError[];
}

export interface WindowsRow {
	/** Lower-case `0x` hex with eight digits: the anchor. */
	id: string;
	value: number;
	/** The code as the content writes it (`5`, `0x80070005`). */
	written: string;
	errors: CodedError[];
}

export interface CodeReference {
	winrm: WinrmRow[];
	windows: WindowsRow[];
}

/** Throws, naming the error and the code, on a `signals.codes` entry that is not a code. */
export function buildCodeReference(codes: readonly WinrmCode[], errors: readonly CodedError[]): CodeReference {
	const winrm = new Map(codes.map((code) => [code.value, { code, errors: [] as CodedError[] }]));
	const windows = new Map<number, WindowsRow>();
	for (const error of errors) {
		for (const written of error.codes) {
			const value = normalizeCode(written);
			if (value === undefined) throw new Error(`errors/${error.slug}: signals.codes has "${written}", which is not a code`);
			const row = winrm.get(value) ?? windows.get(value) ?? { id: codeHex(value), value, written, errors: [] };
			if (!('code' in row)) windows.set(value, row);
			if (!row.errors.includes(error)) row.errors.push(error);
		}
	}
	return {
		winrm: [...winrm.values()].sort((a, b) => a.code.value - b.code.value),
		windows: [...windows.values()].sort((a, b) => a.value - b.value),
	};
}
