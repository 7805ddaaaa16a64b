/** A cheap first look at a paste, kept apart from the code table so the page loads it without the table. */

/**
 * Whether the text may hold a WinRM code (0x80338000 to 0x8033FFFF, as hex, unsigned or signed decimal),
 * so the code table is fetched only for a paste that needs it. A cheap over-approximation: the table
 * decides.
 */
export function mayNameWinrmCode(text: string): boolean {
	return /0x8033[0-9a-f]{4}|(?<![\d-])2150(?:8[5-9]|9[0-2])\d{4}(?!\d)|-2144(?:0[4-9]|10)\d{4}(?!\d)/i.test(text);
}
