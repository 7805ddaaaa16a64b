/**
 * Identifiers that name a failure in any language and any client: error codes in every form Windows and
 * its clients print them, symbolic names (`MI_RESULT_FAILED`, `SEC_E_WRONG_PRINCIPAL`), exception and
 * error class names (.NET, Python's dotted paths, Ruby's `::`), provider DLLs (`pwrshplugin.dll`) and HTTP
 * statuses as clients word them. The same readers run over a paste and over the catalog's own wordings,
 * so the search indexes every identifier the content holds without a list written by hand.
 *
 * Every pattern here is linear: a literal or a bounded character class first, no nested repetition.
 */
import { normalizeCode } from '../signals';

/** The kinds of identifier, each compared in its own namespace. */
export type IdentifierKind = 'code' | 'name' | 'exception' | 'errorId' | 'http' | 'file' | 'errno';

/** Where `HRESULT_FROM_WIN32` puts a Win32 code: `0x8007xxxx` carries Win32 code `xxxx`. */
const WIN32_FACILITY = 0x80070000;

/**
 * One code for every form of one failure: an HRESULT that wraps a Win32 code (`0x80070005`) is that Win32
 * code (`5`), so a page that names either form is found by both.
 */
export function canonicalCode(value: number): number {
	return (value & 0xffff0000) >>> 0 === WIN32_FACILITY ? value & 0xffff : value;
}

/**
 * Codes written with what introduces them: `Error number: -2144108526`, `errorcode 0x80090322`,
 * `Code="2150858770"`, `'wsmanfault_code': 2150858770`, `HRESULT 0x80070005`, `(Exception from HRESULT: 0x…)`.
 * A key ending in `code` counts (`wsmanfault_code`), except an HTTP status key, read by `httpStatuses`.
 */
const INTRODUCED_CODE =
	/(?<![a-z])(?:[a-z_]{0,40}code|error\s?number|hresult|error)['"]?\s{0,3}[:=#]?\s{0,3}["']?(-?\d{1,10}|0x[0-9a-f]{1,8})(?![\w.])/gi;
/** Eight hex digits after `0x` stand for a code wherever they stand. */
const HEX_CODE = /(?<![\w.])0x[0-9a-f]{8}(?![\w.])/gi;
/** `HRESULT_FROM_WIN32(5)` or `HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED)`: the first is a code. */
const FROM_WIN32 = /HRESULT_FROM_WIN32\((\d{1,5})\)/gi;
/** A key that holds an HTTP status rather than a Windows code. */
const HTTP_KEY = /http|status/i;

/** A Windows socket error as Python prints it, `[WinError 10061]`: a Win32 code. */
const WIN_ERROR = /\[WinError (\d{1,5})\]/g;

/** Codes in the text, each normalised to an unsigned 32-bit number (before `canonicalCode`). */
export function codesIn(text: string): number[] {
	if (!/\d/.test(text)) return [];
	const found: number[] = [];
	for (const match of text.matchAll(INTRODUCED_CODE)) {
		if (HTTP_KEY.test(match[0])) continue;
		const code = normalizeCode(match[1]!);
		if (code !== undefined) found.push(code);
	}
	if (/0x/i.test(text))
		for (const match of text.matchAll(HEX_CODE)) {
			const code = normalizeCode(match[0]);
			if (code !== undefined) found.push(code);
		}
	if (/FROM_WIN32/i.test(text))
		for (const match of text.matchAll(FROM_WIN32)) found.push(Number(match[1]));
	if (text.includes('WinError'))
		for (const match of text.matchAll(WIN_ERROR)) found.push(Number(match[1]));
	return found;
}

/**
 * The operating system's error numbers under a client's socket errors, as Python prints them: `[Errno 111]`,
 * `[Errno -2]`, `error(104, 'Connection reset by peer')`, `OSError(113, …)`. Each says which network
 * failure it was (refused, reset, no route, timed out) whatever words surround it; `(104, 'ECONNRESET')`
 * is one too, with its symbolic name.
 */
const ERRNO =
	/\[Errno (-?\d{1,5})\]|\b(?:error|[A-Z]\w{0,40}Error)\((-?\d{1,5}), ['"]|\((-?\d{1,5}), ['"]E[A-Z]{3,20}['"]\)/g;

export function errnosIn(text: string): number[] {
	if (!/Errno|Error\(|error\(|, ['"]E[A-Z]/.test(text)) return [];
	return [...text.matchAll(ERRNO)].map((match) => Number(match[1] ?? match[2] ?? match[3]));
}

/**
 * A paste that is nothing but codes (`2150858770`, `-2144108526`, `0x80338012 5`): a reader looking one
 * up. Numbers alone in a paste with words are counts, ports or line numbers, so they count only here.
 */
export function bareCodes(text: string): number[] | undefined {
	if (text.length > 200) return undefined;
	const tokens = text.trim().split(/[\s,;]+/);
	if (tokens.length === 0 || tokens.length > 8) return undefined;
	const codes: number[] = [];
	for (const token of tokens) {
		const code = normalizeCode(token.replace(/^\((.*)\)$/, '$1').replace(/\u2212/g, '-'));
		if (code === undefined) return undefined;
		codes.push(code);
	}
	return codes;
}

/** `MI_RESULT_FAILED`, `SEC_E_WRONG_PRINCIPAL`, `ERROR_WSMAN_INVALID_SELECTORS`: capitals joined by `_`. */
const SYMBOLIC_NAME = /(?<![\w])[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,12}(?![\w])/g;

export function namesIn(text: string): string[] {
	if (!text.includes('_')) return [];
	return [...text.matchAll(SYMBOLIC_NAME)].map((match) => match[0]);
}

/**
 * The families a symbolic name belongs to, longest first: `MI_RESULT_SERVER_LIMITS_EXCEEDED` is of
 * `MI_RESULT_SERVER_LIMITS`, `MI_RESULT_SERVER` and `MI_RESULT` (a family keeps two parts at least).
 */
export function nameFamilies(name: string): string[] {
	const parts = name.split('_');
	const families: string[] = [];
	for (let n = parts.length - 1; n >= 2; n--) families.push(parts.slice(0, n).join('_'));
	return families;
}

/**
 * Exception and error classes, as .NET (`System.Management.Automation.Remoting.PSRemotingTransportException`),
 * Python (`winrm.exceptions.InvalidCredentialsError`) and Ruby (`WinRM::WinRMAuthorizationError`) print
 * them. The class is the last part: modules and namespaces differ between versions of one client.
 */
const CLASS_NAME =
	/(?<![\w])(?:[A-Za-z_]\w{0,80}(?:\.|::)){0,10}([A-Z]\w{0,80}?(?:Exception|Error|Fault))(?![\w])/g;

export function exceptionsIn(text: string): string[] {
	if (!/Exception|Error|Fault/.test(text)) return [];
	const found: string[] = [];
	for (const match of text.matchAll(CLASS_NAME)) {
		const name = match[1]!;
		// `Error` or `Exception` alone is a word; a class has a name before its suffix.
		if (!/^(?:Exception|Error|Fault)$/.test(name)) found.push(name);
	}
	return found;
}

/** A class name as it is compared: its last part, in lower case. */
export function classKey(name: string): string {
	return (name.split(/\.|::/).at(-1) ?? name).toLowerCase();
}

/** Provider and plug-in libraries: `pwrshplugin.dll`, `WsmSvc.dll`. */
const DLL = /(?<![\w.-])[A-Za-z][\w.-]{0,60}\.dll(?![\w])/gi;

export function filesIn(text: string): string[] {
	if (!/\.dll/i.test(text)) return [];
	return [...text.matchAll(DLL)].map((match) => match[0].toLowerCase());
}

/** The reason phrases of the statuses WinRM clients meet, as HTTP libraries print them after the number. */
const REASON =
	'Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Request Timeout|Payload Too Large|Request Entity Too Large|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout|Client Error|Server Error|Proxy Authentication Required';
/**
 * An HTTP status as clients print it: `HTTP 401`, `HTTP/1.1 500 Internal Server Error`, `status code 503`,
 * `'http_status_code': 500`, `http response error: 401 - invalid content type`, `http error 404:`,
 * `Bad HTTP response returned from server. Code 500`, `401 Unauthorized`, `(401)`, `Error: 401 -`.
 */
const HTTP_STATUS = new RegExp(
	[
		`\\bHTTP(?:/\\d(?:\\.\\d)?)?\\s{0,3}(?:status\\s{0,3})?(?:code\\s{0,3})?(?:of\\s{1,3})?[:=]?\\s{0,3}([1-5]\\d\\d)\\b`,
		`\\bHTTP\\s[a-z ]{0,30}?status\\s{0,3}\\(([1-5]\\d\\d)\\)`,
		`\\bstatus(?:[ _]?code)?['"]?\\s{0,3}[:=]?\\s{0,3}([1-5]\\d\\d)\\b`,
		`\\bhttp[ _](?:response[ _])?(?:error|status(?:[ _]code)?)['"]?\\s{0,3}[:=]?\\s{0,3}([1-5]\\d\\d)\\b`,
		`\\bresponse[^\\n]{0,50}?\\bCode\\s{0,3}[:=]?\\s{0,3}([1-5]\\d\\d)\\b`,
		`(?<![\\w.:/-])\\(?([45]\\d\\d)\\)?\\s{0,3}[-:]?\\s{0,3}(?:${REASON})\\b`,
		`\\berror:?\\s{0,3}([45]\\d\\d)\\s{1,3}-\\s`,
	].join('|'),
	'gi'
);

export function httpStatuses(text: string): number[] {
	if (!/[1-5]\d\d/.test(text)) return [];
	const found: number[] = [];
	for (const match of text.matchAll(HTTP_STATUS)) {
		const status = match.slice(1).find((group) => group !== undefined);
		if (status) found.push(Number(status));
	}
	return found;
}

/** Every identifier in a text, as `kind:value` keys the index compares. */
export function identifierKeys(text: string): Set<string> {
	const keys = new Set<string>();
	for (const code of codesIn(text)) keys.add(`code:${canonicalCode(code)}`);
	for (const name of namesIn(text)) keys.add(`name:${name}`);
	for (const name of exceptionsIn(text)) keys.add(`exception:${classKey(name)}`);
	for (const file of filesIn(text)) keys.add(`file:${file}`);
	for (const status of httpStatuses(text)) keys.add(`http:${status}`);
	for (const errno of errnosIn(text)) keys.add(`errno:${errno}`);
	return keys;
}
