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
