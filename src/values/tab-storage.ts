/**
 * What the site keeps of the reader's own text, and where: never in the address, never on a server.
 *
 * - This tab (`sessionStorage`): the reader's values (computer, user, port…), so the page a search result
 *   or a fix link opens shows them in its commands, and the last paste of each page that has a box, so
 *   Back (or a reload) finds the paste and its results again. The tab forgets both when it closes.
 * - This browser (`localStorage`): the values only, and only once the reader ticks "Remember".
 *
 * Plain functions over a Storage-like object, so they are tested without a browser. Every read admits
 * the values again (a value of the wrong kind, written by anything else, is dropped), and every failure
 * of the storage (turned off, full, a private window) leaves the page working without it.
 */
import type { SlotKind } from './code-meta';
import { admitValues } from './value-store';
import type { Values } from './values';

/** The part of the Web Storage API used here. */
export interface KeyValueStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** The reader's values: in this tab's storage always, in this browser's only when remembered. */
export const VALUES_KEY = 'psrt-values';
/** The last paste of each page with a box, in this tab's storage only. */
export const PASTES_KEY = 'psrt-pastes';
/** How many pages' pastes a tab keeps; the oldest goes first. */
export const MAX_KEPT_PASTES = 8;
/** The longest paste kept for Back: a whole log is not worth filling the tab's storage with. */
export const MAX_KEPT_PASTE_CHARS = 200_000;

function read(storage: KeyValueStorage | undefined, key: string): unknown {
	try {
		const text = storage?.getItem(key);
		return text ? (JSON.parse(text) as unknown) : undefined;
	} catch {
		return undefined;
	}
}

function write(storage: KeyValueStorage | undefined, key: string, value: unknown): void {
	try {
		if (value === undefined) storage?.removeItem(key);
		else storage?.setItem(key, JSON.stringify(value));
	} catch {
		// Storage may be off or full; the page then keeps what it has for itself.
	}
}

function pairsOf(saved: unknown): [string, unknown][] {
	return saved && typeof saved === 'object' && !Array.isArray(saved) ? Object.entries(saved) : [];
}

/** The valid values a storage holds. */
export function readValues(storage: KeyValueStorage | undefined): Values {
	return admitValues(pairsOf(read(storage, VALUES_KEY))).values;
}

/** Replaces the values a storage holds; no values removes the entry. */
export function writeValues(
	storage: KeyValueStorage | undefined,
	entries: readonly (readonly [SlotKind, string])[]
): void {
	write(storage, VALUES_KEY, entries.length > 0 ? Object.fromEntries(entries) : undefined);
}

/** Whether a storage holds values (for this browser's: whether the reader chose to remember them). */
export function holdsValues(storage: KeyValueStorage | undefined): boolean {
	try {
		return storage?.getItem(VALUES_KEY) != null;
	} catch {
		return false;
	}
}

/**
 * Adds the values a followed search result brings to the tab's: each valid one replaces the tab's value
 * of its kind, and the tab keeps its other kinds (a user typed on an earlier page, say).
 */
export function mergeValues(
	storage: KeyValueStorage | undefined,
	pairs: Iterable<readonly [string, string]>
): void {
	const incoming = admitValues(pairs).values;
	if (Object.keys(incoming).length === 0) return;
	const merged = { ...readValues(storage), ...incoming };
	write(storage, VALUES_KEY, merged);
}

type KeptPastes = [path: string, text: string][];

function readPastes(storage: KeyValueStorage | undefined): KeptPastes {
	const saved = read(storage, PASTES_KEY);
	if (!Array.isArray(saved)) return [];
	return saved.filter(
		(entry): entry is [string, string] =>
			Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string'
	);
}

/** The paste this tab last searched for on the page at `path`, if it kept one. */
export function keptPaste(storage: KeyValueStorage | undefined, path: string): string | undefined {
	return readPastes(storage).find(([at]) => at === path)?.[1];
}

/**
 * Keeps the paste searched for on the page at `path`, as the most recent; an empty box forgets it. Only
 * the last `MAX_KEPT_PASTES` pages keep theirs, and a paste longer than `MAX_KEPT_PASTE_CHARS` is not kept.
 */
export function keepPaste(storage: KeyValueStorage | undefined, path: string, text: string): void {
	const others = readPastes(storage).filter(([at]) => at !== path);
	const keep = text.trim() !== '' && text.length <= MAX_KEPT_PASTE_CHARS;
	const next: KeptPastes = keep ? [...others, [path, text]] : others;
	write(storage, PASTES_KEY, next.length > 0 ? next.slice(-MAX_KEPT_PASTES) : undefined);
}

/** Forgets every paste this tab kept. */
export function forgetPastes(storage: KeyValueStorage | undefined): void {
	write(storage, PASTES_KEY, undefined);
}
