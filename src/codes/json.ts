/**
 * `codes.json`, the compact form of the header codes the browser search loads when it needs them: the
 * WinRM codes of `wsmerror.h` and the Windows codes of the `winerror.h` excerpt, one array per code,
 * `[value, name, message]`, with the URL of the error page that covers it as a fourth item when the
 * catalog has one. Everything else a record holds (hex, decimal, signed) is derived from the value, so it
 * is not sent. A Windows code no header defines has no message to show, so it is not sent either.
 */
import { codeRecord, type HeaderCode } from './header';
import type { CodeReference, CodedError } from './reference';

export const CODES_JSON_VERSION = 2;

type Entry = [value: number, name: string, message: string, errorUrl?: string];

export interface CodesJson {
	version: typeof CODES_JSON_VERSION;
	/** The reference page; a code's own entry is this URL with the code's hex as the fragment. */
	page: string;
	/** The WinRM codes. */
	codes: Entry[];
	/** The Windows codes (Win32 numbers and HRESULTs). */
	windows: Entry[];
}

function entry(code: HeaderCode, errors: readonly CodedError[]): Entry {
	const entry: Entry = [code.value, code.name, code.message];
	if (errors[0]) entry.push(errors[0].url);
	return entry;
}

export function encodeCodesJson({ winrm, windows }: CodeReference, page: string): CodesJson {
	return {
		version: CODES_JSON_VERSION,
		page,
		codes: winrm.map((row) => entry(row.code, row.errors)),
		windows: windows.flatMap((row) => (row.code ? [entry(row.code, row.errors)] : [])),
	};
}

export interface DecodedCodes {
	winrm: HeaderCode[];
	windows: HeaderCode[];
	/** The covering error page of each code that has one, by value. */
	errorUrls: Map<number, string>;
	/** The URL of a code's entry on the reference page. */
	referenceUrl(code: HeaderCode): string;
}

/** Reads `codes.json` as fetched; throws a clear error on anything else (an old version, a broken file). */
export function decodeCodesJson(data: unknown): DecodedCodes {
	const json = data as Partial<CodesJson> | null;
	if (
		json?.version !== CODES_JSON_VERSION ||
		typeof json.page !== 'string' ||
		!Array.isArray(json.codes) ||
		!Array.isArray(json.windows)
	) {
		throw new Error(
			`codes.json: expected version ${CODES_JSON_VERSION} with a page, a codes list and a windows list`
		);
	}
	const errorUrls = new Map<number, string>();
	const read = (entries: unknown[]): HeaderCode[] =>
		entries.map((entry) => {
			const [value, name, message, url] = (Array.isArray(entry) ? entry : []) as unknown[];
			if (
				typeof value !== 'number' ||
				!Number.isInteger(value) ||
				typeof name !== 'string' ||
				typeof message !== 'string' ||
				(url !== undefined && typeof url !== 'string')
			) {
				throw new Error(`codes.json: malformed entry ${JSON.stringify(entry).slice(0, 200)}`);
			}
			if (url !== undefined) errorUrls.set(value, url);
			return codeRecord(name, value, message);
		});
	const page = json.page;
	return {
		winrm: read(json.codes),
		windows: read(json.windows),
		errorUrls,
		referenceUrl: (code) => `${page}#${code.hex}`,
	};
}
