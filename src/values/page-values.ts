/**
 * The browser side of the value store (src/values/value-store.ts): the page's one store, fed once from the
 * address fragment and, if the reader chose to remember them, this browser's storage. Both pass the
 * store's checks, so a refused value from a link reaches no element; the address keeps only the valid
 * ones. It is also the one writer of the commands' value slots. Nothing here sends values anywhere.
 */
import type { SlotKind, SlotRange } from './code-meta';
import { formatFragment, parseFragment } from './fragment';
import { admitValues, ValueStore } from './value-store';
import { fillCommand, placeValue, slotsToFill, type Values } from './values';

const STORAGE_KEY = 'psrt-values';

function readStorage(): [string, unknown][] {
	try {
		const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
		return saved && typeof saved === 'object' ? Object.entries(saved) : [];
	} catch {
		return [];
	}
}

const fragment = parseFragment(location.hash);
const fromLink = admitValues(fragment.params);
const fromStorage = admitValues(readStorage());

/** The page's values: the link's win over the remembered ones. */
export const valueStore = new ValueStore([
	...Object.entries(fromLink.values),
	...Object.entries(fromStorage.values),
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

/** The address without the values and, when asked, without the pasted query; anchors and `from` stay. */
export function rewriteAddress(keep: { values: boolean; query: boolean }): void {
	const now = parseFragment(location.hash);
	const params = new Map<string, string>();
	const from = now.params.get('from');
	if (from !== undefined) params.set('from', from);
	if (keep.values) for (const [kind, value] of valueStore.entries()) params.set(kind, value);
	const hash = formatFragment({
		query: keep.query ? now.query : undefined,
		anchor: now.anchor,
		params,
	});
	history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

// A refused value does not stay in the address either, where the reader could take it for ours.
if (fromLink.ignored > 0) rewriteAddress({ values: true, query: true });

export function isRemembered(): boolean {
	try {
		return localStorage.getItem(STORAGE_KEY) !== null;
	} catch {
		return false;
	}
}

let remembering = isRemembered();

/** Keeps the values in this browser's storage from now on, or forgets them there. */
export function remember(on: boolean): void {
	remembering = on;
	saveValues();
}

function saveValues(): void {
	try {
		if (remembering)
			localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(valueStore.entries())));
		else localStorage.removeItem(STORAGE_KEY);
	} catch {
		// Storage may be off; the values then last for this page only.
	}
}

export interface Refusal {
	kind: SlotKind;
	reason: string;
}

let refusals: Refusal[] = [];

/** The values the last redraw could not place in a command, with why. */
export function commandRefusals(): readonly Refusal[] {
	return refusals;
}

/**
 * Writes the shown values into every command's slots, each block on its own: the first example of a
 * kind takes the value, and a value that cannot go where a slot stands leaves the example there.
 */
function fillCommands(values: Readonly<Values>): Refusal[] {
	const refused: Refusal[] = [];
	for (const block of document.querySelectorAll<HTMLElement>('figure.code')) {
		const spans = [...block.querySelectorAll<HTMLElement>('[data-slot]')];
		const fill = slotsToFill(
			spans.map((span) => ({ kind: span.dataset.slot as SlotKind, example: span.dataset.example! }))
		);
		for (const span of spans) {
			const kind = span.dataset.slot as SlotKind;
			const example = span.dataset.example!;
			const value = values[kind];
			const placed =
				value !== undefined && fill.has(`${kind}=${example}`)
					? placeValue(kind, value, span.dataset.quote as Parameters<typeof placeValue>[2])
					: undefined;
			if (placed && !placed.ok) refused.push({ kind, reason: placed.reason });
			const mine = placed?.ok === true;
			span.textContent = mine ? placed.text : example;
			span.classList.toggle('user-value', mine);
			if (mine) span.title = `Your value; the guide's example is ${example}`;
			else span.removeAttribute('title');
		}
		block.classList.toggle('has-user-values', block.querySelector('.user-value') !== null);
	}
	return refused;
}

valueStore.subscribe((store) => {
	refusals = fillCommands(store.shown);
	saveValues();
});

/** A command with the shown values in place, for a ticket snippet. */
export function commandWithValues(code: string, slots: readonly SlotRange[]): string {
	return fillCommand(code, slots, valueStore.shown);
}

/** Points a link at its page with the values (and the error the reader came from) in its fragment. */
export function carryValues(link: HTMLAnchorElement, from?: string): void {
	const url = new URL(link.href);
	const params = new Map<string, string>(from ? [['from', from]] : []);
	for (const [kind, value] of valueStore.entries()) params.set(kind, value);
	url.hash = formatFragment({ anchor: parseFragment(url.hash).anchor, params });
	link.href = url.href;
}
