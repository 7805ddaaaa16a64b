/** A cheap first look at a paste, kept apart from the code table so the page loads it without the table. */

/**
 * Whether the text may hold a code the code table knows: a WinRM code (0x80338000 to 0x8033FFFF, as hex,
 * unsigned or signed decimal) or a Windows code as the search reads one (eight hex digits, or an HRESULT's
 * ten-digit decimal), so the table is fetched only for a paste that needs it. A cheap over-approximation:
 * the table decides.
 */
export function mayNameCode(text: string): boolean {
	return /0x[0-9a-f]{8}|(?<![\d-])[2-4]\d{9}(?!\d)|-[12]\d{9}(?!\d)/i.test(text);
}
