/**
 * The reader's own values in a fix's commands: which values a paste offers, whether a value is valid for
 * its kind, and how it is written into the PowerShell string it lands in. A value that is not valid, or
 * cannot be written safely where it goes, is refused with a reason and the guide's example stays.
 */
import { SLOT_KINDS, type SlotKind, type SlotRange } from './code-meta';
import type { PasteIdentifiers } from '../search/paste/identifiers';
import {
	isDomainName,
	isDomainUser,
	isHostName,
	isIpv4,
	isPort,
	isWindowsPath,
} from '../search/paste/identifiers';
import {
	quoteFor,
	stringContextAt,
	type QuoteResult,
	type StringContext,
} from './powershell-quote';

export type Values = Partial<Record<SlotKind, string>>;

/** How each kind of value is named to the reader, with an example of the expected form. */
export const VALUE_KINDS: Record<SlotKind, { label: string; noun: string; example: string }> = {
	computer: {
		label: 'Computer name',
		noun: 'computer name',
		example: 'SRV01 or srv01.corp.example.com',
	},
	ip: { label: 'IP address', noun: 'IP address', example: '10.0.0.12' },
	domain: { label: 'Domain', noun: 'domain', example: 'corp.example.com' },
	user: { label: 'User', noun: 'user', example: 'CORP\\jsmith' },
	port: { label: 'Port', noun: 'port', example: '5986' },
	configuration: {
		label: 'Session configuration',
		noun: 'session configuration',
		example: 'Microsoft.PowerShell',
	},
	path: { label: 'File path', noun: 'file path', example: 'C:\\Scripts\\Tools.psm1' },
};

/** "computer name, user and port": the kinds named in a sentence. */
export function listKinds(kinds: readonly SlotKind[]): string {
	const nouns = kinds.map((kind) => VALUE_KINDS[kind].noun);
	return nouns.length <= 1
		? (nouns[0] ?? '')
		: `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)}`;
}

export function isSlotKind(value: string): value is SlotKind {
	return (SLOT_KINDS as readonly string[]).includes(value);
}

const UPN = /^[A-Za-z0-9][\w.-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;
const CONFIGURATION = /^[A-Za-z][\w.-]{0,127}$/;

/** Whether `raw` is a value of this kind; a valid value comes back trimmed. */
export function checkValue(
	kind: SlotKind,
	raw: string
): { ok: true; value: string } | { ok: false; reason: string } {
	const value = raw.trim();
	if (value === '') return { ok: false, reason: 'empty' };
	if (value.length > 260) return { ok: false, reason: 'too long' };
	const valid = {
		computer: () => isHostName(value) || isIpv4(value),
		ip: () => isIpv4(value),
		domain: () => isDomainName(value),
		user: () => isDomainUser(value) || UPN.test(value),
		port: () => isPort(value),
		configuration: () => CONFIGURATION.test(value),
		path: () => isWindowsPath(value),
	}[kind]();
	if (valid) return { ok: true, value };
	const expected = {
		computer: 'a computer name (letters, digits, hyphens and dots) or an IP address',
		ip: 'an IPv4 address such as 10.0.0.12',
		domain: 'a DNS domain such as corp.example.com',
		user: 'DOMAIN\\user or user@domain',
		port: 'a port number from 1 to 65535',
		configuration: 'a session configuration name (letters, digits, dots, hyphens, underscores)',
		path: 'a Windows path such as C:\\Scripts\\Tools.psm1',
	}[kind];
	return { ok: false, reason: `not ${expected}` };
}

/** A value checked for its kind and written for the string context it lands in. */
export function placeValue(
	kind: SlotKind,
	raw: string,
	context: Parameters<typeof quoteFor>[1]
): QuoteResult {
	const checked = checkValue(kind, raw);
	return checked.ok ? quoteFor(checked.value, context) : checked;
}

/** The values a paste offers: its first computer, address, domain, user, port and file path. */
export function valuesFromIdentifiers(ids: PasteIdentifiers): Values {
	const values: Values = {};
	const first = {
		computer: ids.hosts[0] ?? ids.ips[0],
		ip: ids.ips[0],
		domain: ids.domains[0],
		user: ids.users[0],
		port: ids.ports[0],
		path: ids.paths[0],
	};
	for (const [kind, value] of Object.entries(first) as [SlotKind, string | undefined][]) {
		if (value !== undefined && checkValue(kind, value).ok) values[kind] = value;
	}
	return values;
}

/** The valid values only, as fragment parameters to carry to another page. */
export function valueParams(values: Values): Map<string, string> {
	const params = new Map<string, string>();
	for (const kind of SLOT_KINDS) {
		const value = values[kind];
		const checked = value === undefined ? undefined : checkValue(kind, value);
		if (checked?.ok) params.set(kind, checked.value);
	}
	return params;
}

/**
 * Which slots of a block take the reader's values: for each kind, the first example declared gets the
 * value everywhere it stands; a second example of the same kind (a second computer, say) keeps its text.
 */
export function slotsToFill(slots: readonly Pick<SlotRange, 'kind' | 'example'>[]): Set<string> {
	const chosen = new Map<SlotKind, string>();
	for (const slot of slots) if (!chosen.has(slot.kind)) chosen.set(slot.kind, slot.example);
	return new Set([...chosen].map(([kind, example]) => `${kind}=${example}`));
}

/** One slot of a rendered command: its kind, the guide's example and the string context it stands in. */
export interface SlotSpan {
	kind: SlotKind;
	example: string;
	quote: StringContext;
}

/** A value that could not go where a slot stands, and why. */
export interface Refusal {
	kind: SlotKind;
	reason: string;
}

/**
 * What each slot of one command shows for `values`: the reader's value, checked and quoted for where it
 * stands, in the slots `slotsToFill` chooses; the guide's example everywhere else, and wherever a value
 * cannot be written safely (that refusal is returned, so the page can say why).
 */
export function fillSlots(
	spans: readonly SlotSpan[],
	values: Readonly<Values>
): { shown: { text: string; mine: boolean }[]; refused: Refusal[] } {
	const fill = slotsToFill(spans);
	const refused: Refusal[] = [];
	const shown = spans.map(({ kind, example, quote }) => {
		const value = values[kind];
		const placed =
			value !== undefined && fill.has(`${kind}=${example}`)
				? placeValue(kind, value, quote)
				: undefined;
		if (placed && !placed.ok) refused.push({ kind, reason: placed.reason });
		return placed?.ok ? { text: placed.text, mine: true } : { text: example, mine: false };
	});
	return { shown, refused };
}

/** The command with the reader's values in place, as text (for a ticket snippet). */
export function fillCommand(code: string, slots: readonly SlotRange[], values: Values): string {
	const fill = slotsToFill(slots);
	let text = '';
	let at = 0;
	for (const slot of [...slots].sort((a, b) => a.start - b.start)) {
		const value = values[slot.kind];
		text += code.slice(at, slot.start);
		const placed =
			value !== undefined && fill.has(`${slot.kind}=${slot.example}`)
				? placeValue(slot.kind, value, stringContextAt(code, slot.start))
				: undefined;
		text += placed?.ok ? placed.text : slot.example;
		at = slot.end;
	}
	return text + code.slice(at);
}
