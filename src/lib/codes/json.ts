/**
 * `codes.json`, the compact form of the WinRM codes the browser search loads when it needs them: one
 * array per code, `[value, name, message]`, with the URL of the error page that covers it as a fourth
 * item when the catalog has one. Everything else a record holds (hex, decimal, signed) is derived from
 * the value, so it is not sent.
 */
import { codeRecord, type WinrmCode } from './header';
import type { WinrmRow } from './reference';

export const CODES_JSON_VERSION = 1;

type Entry = [value: number, name: string, message: string, errorUrl?: string];

export interface CodesJson {
	version: typeof CODES_JSON_VERSION;
	/** The reference page; a code's own entry is this URL with the code's hex as the fragment. */
	page: string;
	codes: Entry[];
}

export function encodeCodesJson(rows: readonly WinrmRow[], page: string): CodesJson {
	return {
		version: CODES_JSON_VERSION,
		page,
		codes: rows.map(({ code, errors }): Entry => {
			const entry: Entry = [code.value, code.name, code.message];
			if (errors[0]) entry.push(errors[0].url);
			return entry;
		}),
	};
}

export interface DecodedCodes {
	codes: WinrmCode[];
	/** The covering error page of each code that has one, by value. */
	errorUrls: Map<number, string>;
	/** The URL of a code's entry on the reference page. */
	referenceUrl(code: WinrmCode): string;
}

/** Reads `codes.json` as fetched; throws a clear error on anything else (an old version, a broken file). */
export function decodeCodesJson(data: unknown): DecodedCodes {
	const json = data as Partial<CodesJson> | null;
	if (json?.version !== CODES_JSON_VERSION || typeof json.page !== 'string' || !Array.isArray(json.codes)) {
		throw new Error(`codes.json: expected version ${CODES_JSON_VERSION} with a page and a codes list`);
	}
	const codes: WinrmCode[] = [];
	const errorUrls = new Map<number, string>();
	for (const entry of json.codes as unknown[]) {
		const [value, name, message, url] = Array.isArray(entry) ? entry : [];
		if (!Number.isInteger(value) || typeof name !== 'string' || typeof message !== 'string' || (url !== undefined && typeof url !== 'string')) {
			throw new Error(`codes.json: malformed entry ${JSON.stringify(entry).slice(0, 200)}`);
		}
		codes.push(codeRecord(name, value as number, message));
		if (url !== undefined) errorUrls.set(value, url);
	}
	const page = json.page;
	return { codes, errorUrls, referenceUrl: (code) => `${page}#${code.hex}` };
}
