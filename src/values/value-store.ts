/**
 * The one store of the reader's values (computer, ip, domain, user, port, configuration, path) on a
 * page. Every value is checked for its kind as it enters, whether it comes from the address, the
 * "Your values" form or this browser's storage; a value that fails is kept nowhere, so nothing a link
 * carries reaches the page unless it is a valid value of its kind. Plain TypeScript: the browser
 * adapter (src/values/page-values.ts) feeds it and listens to it.
 */
import { SLOT_KINDS, type SlotKind } from './code-meta';
import { checkValue, isSlotKind, type Values } from './values';

export interface Admitted {
	/** The valid values, trimmed. */
	values: Values;
	/** How many values of a known kind were refused; they are not kept, not even to be shown. */
	ignored: number;
}

/**
 * Keeps the pairs that are values of a known kind and valid for it. Other keys (a step anchor, the
 * error a reader came from) are not values and are neither kept nor counted.
 */
export function admitValues(pairs: Iterable<readonly [string, unknown]>): Admitted {
	const values: Values = {};
	let ignored = 0;
	for (const [kind, raw] of pairs) {
		if (!isSlotKind(kind) || values[kind] !== undefined) continue;
		const checked = typeof raw === 'string' ? checkValue(kind, raw) : undefined;
		if (checked?.ok) values[kind] = checked.value;
		else ignored++;
	}
	return { values, ignored };
}

/** "1 value from the link was ignored": the only word the page says about a refused value. */
export function describeIgnored(ignored: number, from: string): string {
	if (ignored <= 0) return '';
	return `${ignored} value${ignored === 1 ? '' : 's'} from ${from} ${ignored === 1 ? 'was' : 'were'} ignored because ${ignored === 1 ? 'it is not' : 'they are not'} valid.`;
}

export type ValueListener = (store: ValueStore) => void;

export class ValueStore {
	#values: Values;
	#showingExamples = false;
	readonly #listeners = new Set<ValueListener>();

	constructor(initial: Iterable<readonly [string, unknown]> = []) {
		this.#values = admitValues(initial).values;
	}

	/** The reader's valid values. */
	get values(): Readonly<Values> {
		return this.#values;
	}

	/** Whether the reader asked to see the guide's examples instead of their values. */
	get showingExamples(): boolean {
		return this.#showingExamples;
	}

	/** The values the page shows now: none while the guide's examples are shown. */
	get shown(): Readonly<Values> {
		return this.#showingExamples ? {} : this.#values;
	}

	get size(): number {
		return Object.keys(this.#values).length;
	}

	/**
	 * Sets one kind from what the reader typed. A blank or invalid entry removes the kind's value; the
	 * result says why it was refused.
	 */
	set(kind: SlotKind, raw: string): ReturnType<typeof checkValue> {
		const checked = checkValue(kind, raw);
		const next = { ...this.#values };
		if (checked.ok) next[kind] = checked.value;
		else delete next[kind];
		this.#replace(next);
		return checked;
	}

	/** Forgets every value. */
	clear(): void {
		this.#replace({});
	}

	showExamples(showing: boolean): void {
		if (showing === this.#showingExamples) return;
		this.#showingExamples = showing;
		this.#notify();
	}

	/** Calls `listener` now and after every change; returns the way to stop. */
	subscribe(listener: ValueListener): () => void {
		this.#listeners.add(listener);
		listener(this);
		return () => this.#listeners.delete(listener);
	}

	/** The values as ordered pairs, in the kinds' own order, for a fragment or storage. */
	entries(): [SlotKind, string][] {
		return SLOT_KINDS.flatMap((kind) =>
			this.#values[kind] === undefined ? [] : [[kind, this.#values[kind]] as [SlotKind, string]]
		);
	}

	#replace(next: Values): void {
		const same = SLOT_KINDS.every((kind) => next[kind] === this.#values[kind]);
		this.#values = next;
		if (!same) this.#notify();
	}

	#notify(): void {
		for (const listener of this.#listeners) listener(this);
	}
}

/** The error a reader came from, carried as `from=<slug>`: kept only when it names one of `known`. */
export function admitErrorSlug<T>(
	raw: string | undefined,
	known: ReadonlyMap<string, T>
): T | undefined {
	return raw === undefined ? undefined : known.get(raw);
}
