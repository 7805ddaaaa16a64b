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
/** Characters read at all: beyond this a paste is cut, head and tail, before even blank lines are squeezed. */
export const HARD_CHARS = 2_000_000;
/** The query kept in the address bar is cut to this many characters. */
export const MAX_FRAGMENT_CHARS = 2_000;
