/**
 * The reader's own values on a page. They arrive in the address fragment (from a search result) or from
 * this browser's storage (only if the reader chose to remember them), are checked for their kind and
 * quoted for the string each lands in, and are written into the commands as text, never as HTML.
 * Nothing here sends them anywhere.
 */
import type { SlotKind, SlotRange } from '../lib/code-meta';
import { formatFragment, parseFragment } from '../lib/fragment';
import { fillCommand, isSlotKind, placeValue, slotsToFill, valueParams, type Values } from '../lib/values';

const STORAGE_KEY = 'psrt-values';

function stored(): Values {
	try {
		const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
		return Object.fromEntries(Object.entries(saved).filter(([kind, value]) => isSlotKind(kind) && typeof value === 'string'));
	} catch {
		return {};
	}
}

function fromAddress(): Values {
	const values: Values = {};
	for (const [key, value] of parseFragment(location.hash).params) if (isSlotKind(key)) values[key] = value;
	return values;
}

let current: Values = { ...stored(), ...fromAddress() };
let showOriginal = false;

export function pageValues(): Values {
	return current;
}

export function isRemembered(): boolean {
	try {
		return localStorage.getItem(STORAGE_KEY) !== null;
	} catch {
		return false;
	}
}

/**
 * Replaces the page's values, keeps them in storage when the reader chose to (and only then), and
 * redraws the commands; returns the values that could not be placed.
 */
export function setValues(values: Values, remember: boolean): Refusal[] {
	current = values;
	try {
		if (remember) localStorage.setItem(STORAGE_KEY, JSON.stringify(values));
		else localStorage.removeItem(STORAGE_KEY);
	} catch {
		// Storage may be off; the values then last for this page only.
	}
	return applyValues();
}

/** Takes the values out of the address, keeping any query or step anchor. */
export function dropValuesFromAddress(): void {
	const { query, anchor } = parseFragment(location.hash);
	history.replaceState(history.state, '', `${location.pathname}${formatFragment({ query, anchor })}`);
}

export function setShowOriginal(original: boolean): void {
	showOriginal = original;
	applyValues();
}

/** A command with the page's values in place, for a ticket snippet. */
export function commandWithValues(code: string, slots: readonly SlotRange[]): string {
	return showOriginal ? code : fillCommand(code, slots, current);
}

export interface Refusal {
	kind: SlotKind;
	reason: string;
}

/**
 * Writes the values into every command of the page, each block on its own: the first example of a kind
 * takes the value, and a value that cannot go where a slot stands leaves the example there.
 */
function applyValues(): Refusal[] {
	const refusals: Refusal[] = [];
	for (const block of document.querySelectorAll<HTMLElement>('figure.code')) {
		const spans = [...block.querySelectorAll<HTMLElement>('[data-slot]')];
		const fill = slotsToFill(spans.map((span) => ({ kind: span.dataset.slot as SlotKind, example: span.dataset.example! })));
		for (const span of spans) {
			const kind = span.dataset.slot as SlotKind;
			const example = span.dataset.example!;
			const value = current[kind];
			const placed =
				!showOriginal && value !== undefined && fill.has(`${kind}=${example}`)
					? placeValue(kind, value, span.dataset.quote as Parameters<typeof placeValue>[2])
					: undefined;
			if (placed && !placed.ok) refusals.push({ kind, reason: placed.reason });
			const mine = placed?.ok === true;
			span.textContent = mine ? placed.text : example;
			span.classList.toggle('user-value', mine);
			if (mine) span.title = `Your value; the guide's example is ${example}`;
			else span.removeAttribute('title');
		}
		block.classList.toggle('has-user-values', block.querySelector('.user-value') !== null);
	}
	return refusals;
}

/** Makes links to other entries carry the page's values along, in their fragment. */
export function carryValues(links: Iterable<HTMLAnchorElement>): void {
	if (Object.keys(current).length === 0) return;
	for (const link of links) {
		const url = new URL(link.href);
		const anchor = parseFragment(url.hash).anchor;
		url.hash = formatFragment({ anchor, params: valueParams(current) });
		link.href = url.href;
	}
}
