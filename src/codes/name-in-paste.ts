/**
 * The codes a paste names, for the search to say what each one is: its name, its message as Windows
 * prints it, and where to read more (the error page that covers it, or its line on the code reference).
 * A paste names a WinRM code by writing it (in any form Windows prints it) or, failing that, by carrying
 * one of the header's messages; a Windows code only by writing it (see `findCodes`).
 */
import { MAX_NAMED_CODES } from '../search/tuning';
import { findCodes, matchWinrmMessage, type CodeFamily, type CodeTable } from './find';
import type { HeaderCode } from './header';
import type { DecodedCodes } from './json';

export interface NamedCode {
	code: HeaderCode;
	family: CodeFamily;
	/** The covering error page, or the code's entry on the reference page. */
	href: string;
	/** Whether an error page of the catalog covers the code. */
	covered: boolean;
}

/**
 * The WinRM codes the paste writes, in the order they appear (when it writes none and `byMessage` is
 * set, the WinRM codes whose message it carries), then the Windows codes it writes: a WinRM code says
 * more about a remoting failure than the Windows code beneath it. At most `MAX_NAMED_CODES`, each once.
 */
export function namedCodes(
	text: string,
	table: CodeTable,
	decoded: DecodedCodes,
	byMessage: boolean
): NamedCode[] {
	const found = findCodes(text, table);
	let winrm = found.filter((code) => code.family === 'winrm').map((code) => code.code);
	if (winrm.length === 0 && byMessage)
		winrm = matchWinrmMessage(text, table).map((matched) => matched.code);
	const windows = found.filter((code) => code.family === 'windows').map((code) => code.code);
	const seen = new Set<number>();
	const named: NamedCode[] = [];
	for (const [family, codes] of [
		['winrm', winrm],
		['windows', windows],
	] as const) {
		for (const code of codes) {
			if (seen.has(code.value) || named.length === MAX_NAMED_CODES) continue;
			seen.add(code.value);
			const page = decoded.errorUrls.get(code.value);
			named.push({
				code,
				family,
				href: page ?? decoded.referenceUrl(code),
				covered: page !== undefined,
			});
		}
	}
	return named;
}
