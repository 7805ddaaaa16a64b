/**
 * Bounds on the work one search may do, whatever the paste. Every step of the analysis is linear in
 * the text it examines, and the text examined is capped here, so a 1 MB log or a 200,000-character
 * word answers as fast as a short paste. (The matcher's own caps are in `search/tuning.ts`.)
 */

/** Characters examined from the start of a paste; errors usually come first. */
export const HEAD_CHARS = 48_000;
/** Characters examined from the end of a longer paste; logs often end with the failure. */
export const TAIL_CHARS = 16_000;
/** Longer lines are cut to this before any pattern runs on them. */
export const MAX_LINE_CHARS = 4_000;
/**
 * A paste is squeezed (blank lines and runs of spaces) this many characters at a time from each end, and
 * only until its head and tail are read: a paste of many megabytes costs what its ends cost.
 */
export const SQUEEZE_CHUNK = 65_536;
/** The query kept in the address bar is cut to this many characters. */
export const MAX_FRAGMENT_CHARS = 2_000;
