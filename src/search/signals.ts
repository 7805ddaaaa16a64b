/**
 * Error codes as they appear in pastes and in the content: WSManFault `Code="2150858770"`, HRESULTs
 * such as `0x80338012`, `Error number: -2144108526`, Win32 numbers such as `ErrorCode 5`. All forms of
 * one code compare equal once normalised to an unsigned 32-bit number.
 */

/** A code as the content writes it: decimal (possibly negative) or `0x` hex. */
export const SIGNAL_CODE = /^(?:-?\d{1,10}|0[xX][0-9A-Fa-f]{1,8})$/;

/** The unsigned 32-bit value of a code, or `undefined` when the text is not a code. */
export function normalizeCode(text: string): number | undefined {
	const trimmed = text.trim();
	if (!SIGNAL_CODE.test(trimmed)) return undefined;
	const value = trimmed.toLowerCase().startsWith('0x')
		? Number.parseInt(trimmed.slice(2), 16)
		: Number(trimmed);
	if (!Number.isSafeInteger(value) || value < -0x80000000 || value > 0xffffffff) return undefined;
	return value < 0 ? value + 0x100000000 : value;
}
