/**
 * The WinRM codes a paste names, for the search to say what each one is: its name, its message as
 * Windows prints it, and where to read more (the error page that covers it, or its line on the code
 * reference). A paste names a code by writing it (in any form Windows prints it) or, failing that, by
 * carrying one of the header's messages.
 */
import { MAX_NAMED_CODES } from '../search/tuning';
import { findWinrmCodes, matchWinrmMessage, type CodeTable } from './find';
import type { WinrmCode } from './header';
import type { DecodedCodes } from './json';

export interface NamedCode {
	code: WinrmCode;
	/** The covering error page, or the code's entry on the reference page. */
	href: string;
	/** Whether an error page of the catalog covers the code. */
	covered: boolean;
}

/**
 * Whether the text may hold a WinRM code (0x80338000 to 0x8033FFFF, as hex, unsigned or signed decimal),
 * so the code table is fetched only for a paste that needs it. A cheap over-approximation: the table
 * decides.
 */
export function mayNameWinrmCode(text: string): boolean {
	return /0x8033[0-9a-f]{4}|(?<![\d-])2150(?:8[5-9]|9[0-2])\d{4}(?!\d)|-2144(?:0[4-9]|10)\d{4}(?!\d)/i.test(text);
}

/**
 * The codes the paste writes, in the order they appear; when it writes none and `byMessage` is set, the
 * codes whose message it carries. At most `MAX_NAMED_CODES`, each once.
 */
export function namedCodes(text: string, table: CodeTable, decoded: DecodedCodes, byMessage: boolean): NamedCode[] {
	let codes = findWinrmCodes(text, table).map((found) => found.code);
	if (codes.length === 0 && byMessage) codes = matchWinrmMessage(text, table).map((matched) => matched.code);
	const seen = new Set<number>();
	const named: NamedCode[] = [];
	for (const code of codes) {
		if (seen.has(code.value) || named.length === MAX_NAMED_CODES) continue;
		seen.add(code.value);
		const page = decoded.errorUrls.get(code.value);
		named.push({ code, href: page ?? decoded.referenceUrl(code), covered: page !== undefined });
	}
	return named;
}
