/**
 * The browser side of the value store (src/values/value-store.ts): the page's one store of the reader's
 * values. It starts from what this tab keeps (src/values/tab-storage.ts: what a followed search result
 * or an earlier page left there), under the values of a link the reader copied on purpose
 * (`#computer=…`) and over the values this browser remembers, if the reader asked it to. A link's values
 * move into the tab at once and leave the address, so they stay out of history. Everything passes the
 * store's checks, so a refused value reaches no element. Nothing here sends values anywhere.
 *
 * The elements that show values (each command block, the values form, examples in prose, the fix list)
 * subscribe to the store and draw themselves; this module only keeps the store and its storage.
 */
import type { SlotRange } from './code-meta';
import { formatFragment, parseFragment } from './fragment';
import {
	forgetPastes,
	holdsValues,
	readValues,
	writeValues,
	type KeyValueStorage,
} from './tab-storage';
import { admitValues, ValueStore } from './value-store';
import { fillCommand, isSlotKind, type Refusal } from './values';

/** A Web Storage area, or nothing where the browser refuses it (storage turned off). */
function storageArea(name: 'sessionStorage' | 'localStorage'): KeyValueStorage | undefined {
	try {
		return window[name];
	} catch {
		return undefined;
	}
}

/** This tab's storage: the values live here while the tab is open. */
const tab = storageArea('sessionStorage');
/** This browser's storage: the values live here too only while the reader asks to remember them. */
const browser = storageArea('localStorage');

const fragment = parseFragment(location.hash);
const fromLink = admitValues(fragment.params);

/** The page's values: a link's win over the tab's, and the tab's over the remembered ones. */
export const valueStore = new ValueStore([
	...Object.entries(fromLink.values),
	...Object.entries(readValues(tab)),
	...Object.entries(readValues(browser)),
]);

/**
 * An element that redraws from the value store while it is in the page: `wire` sets its subtree up once
 * and returns the redraw, which runs now and on every change until the element leaves the page.
 */
export abstract class ValueStoreElement extends HTMLElement {
	#stop: (() => void) | undefined;
	#redraw: (() => void) | undefined;

	protected abstract wire(): () => void;

	connectedCallback(): void {
		this.#redraw ??= this.wire();
		this.#stop = valueStore.subscribe(this.#redraw);
	}

	disconnectedCallback(): void {
		this.#stop?.();
	}
}

/** How many values the link carried that were refused (never which). */
export const ignoredFromLink = fromLink.ignored;
/** The `from=` parameter as the link gave it; admit it against the known errors before use. */
export const fromErrorParam = fragment.params.get('from');

/**
 * The address without any value, valid or not: the values are in the store (and the tab) now. A pasted
 * query (`#q=`), a step and the error the reader came from (`from=`) stay.
 */
function dropValuesFromAddress(): void {
	const now = parseFragment(location.hash);
	const params = new Map([...now.params].filter(([key]) => !isSlotKind(key)));
	const hash = formatFragment({ query: now.query, anchor: now.anchor, params });
	history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

if ([...fragment.params.keys()].some(isSlotKind)) dropValuesFromAddress();

/** Whether the reader asked this browser to remember their values. */
export function isRemembered(): boolean {
	return holdsValues(browser);
}

let remembering = isRemembered();

/** Keeps the values in this browser's storage from now on, or forgets them there. */
export function remember(on: boolean): void {
	remembering = on;
	saveValues();
}

function saveValues(): void {
	const entries = valueStore.entries();
	writeValues(tab, entries);
	writeValues(browser, remembering ? entries : []);
}

valueStore.subscribe(saveValues);

/** Forgets the values everywhere the site kept them, and the pastes this tab kept for Back. */
export function forgetAll(): void {
	remember(false);
	valueStore.clear();
	forgetPastes(tab);
}

// What each command block could not place, by block: the values form says why a value was not used.
const refusalsByBlock = new Map<object, readonly Refusal[]>();
const refusalListeners = new Set<() => void>();

/** A command block reports the values it had to refuse at its last redraw (none: an empty list). */
export function reportRefusals(block: object, refused: readonly Refusal[]): void {
	const before = refusalsByBlock.get(block) ?? [];
	if (before.length === 0 && refused.length === 0) return;
	if (refused.length === 0) refusalsByBlock.delete(block);
	else refusalsByBlock.set(block, refused);
	for (const listener of refusalListeners) listener();
}

/** The values the blocks could not place in a command, with why. */
export function commandRefusals(): Refusal[] {
	return [...refusalsByBlock.values()].flat();
}

/** Calls `listener` whenever a block's refusals change; returns the way to stop. */
export function onRefusals(listener: () => void): () => void {
	refusalListeners.add(listener);
	return () => refusalListeners.delete(listener);
}

/** A command with the shown values in place, for a ticket snippet. */
export function commandWithValues(code: string, slots: readonly SlotRange[]): string {
	return fillCommand(code, slots, valueStore.shown);
}

/**
 * Points a link at its page with the error the reader came from in its fragment (`from=<slug>`), so
 * the fix's ticket snippet can name it. The reader's values never go in a link: the tab carries them.
 */
export function carryFrom(link: HTMLAnchorElement, from: string): void {
	const url = new URL(link.href);
	url.hash = formatFragment({
		anchor: parseFragment(url.hash).anchor,
		params: new Map([['from', from]]),
	});
	link.href = url.href;
}
