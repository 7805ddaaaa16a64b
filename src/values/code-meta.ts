/**
 * The meta string of a fenced code block in a fix, e.g.
 * ```` ```powershell primary slots="computer=Server01 user=Domain01\Admin01" ````.
 * `slots` names the example values a reader replaces with their own; `primary` marks the one command a
 * ticket should carry; `check="reason"` marks a command the reader runs only to look (its text need not be
 * quoted by a cited source; see docs/REVIEWING.md); `ps="7"` scopes the block to PowerShell 7 (its commands are
 * checked against the PowerShell 7.6 cmdlet reference instead of Windows PowerShell 5.1's, and the block is
 * captioned "PowerShell 7"). One parser serves the content-outline plugin (which
 * records each block and stops the build on a bad declaration) and the Shiki transformer (which marks the
 * slots in the HTML).
 */

/** Kinds of example value a command can hold, each validated and quoted by its own rules. */
export const SLOT_KINDS = [
	'computer',
	'ip',
	'domain',
	'user',
	'port',
	'configuration',
	'path',
] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

export interface SlotDeclaration {
	kind: SlotKind;
	/** The example text in the command, replaced by the reader's value. */
	example: string;
}

export interface CodeMeta {
	primary: boolean;
	slots: SlotDeclaration[];
	/** Why the block is the reader's own check rather than a command quoted from a source, if it is one. */
	check: string | undefined;
	/** The PowerShell the block is scoped to (`ps="7"`); `undefined` means Windows PowerShell 5.1. */
	ps: PowerShellScope | undefined;
}

/** The PowerShell versions a block can be scoped to: only 7 (PowerShell 7, checked against the 7.6 reference). */
export const POWERSHELL_SCOPES = ['7'] as const;
export type PowerShellScope = (typeof POWERSHELL_SCOPES)[number];

export interface SlotRange extends SlotDeclaration {
	start: number;
	end: number;
}

export class CodeMetaError extends Error {}

const SLOTS_ATTRIBUTE = /(?:^|\s)slots="([^"]*)"/;
const CHECK_ATTRIBUTE = /(?:^|\s)check="([^"]*)"/;
const PS_ATTRIBUTE = /(?:^|\s)ps="([^"]*)"/;

function isSlotKind(value: string): value is SlotKind {
	return (SLOT_KINDS as readonly string[]).includes(value);
}

/** The bare words of a meta string, with the `slots="…"`, `check="…"` and `ps="…"` attributes taken out. */
function metaWords(raw: string): string[] {
	return raw
		.replace(SLOTS_ATTRIBUTE, ' ')
		.replace(CHECK_ATTRIBUTE, ' ')
		.replace(PS_ATTRIBUTE, ' ')
		.split(/\s+/)
		.filter(Boolean);
}

/** Parses a fence's meta string; throws `CodeMetaError` naming what is wrong. */
export function parseCodeMeta(meta: string | undefined): CodeMeta {
	const raw = meta ?? '';
	const words = metaWords(raw);
	const unknown = words.filter((word) => word !== 'primary');
	if (unknown.length > 0) {
		throw new CodeMetaError(
			`unknown code block option "${unknown[0]}" (expected "primary", slots="kind=example …", check="reason" or ps="7")`
		);
	}
	const check = CHECK_ATTRIBUTE.exec(raw)?.[1]?.trim();
	if (check === '')
		throw new CodeMetaError('check="" gives no reason why the block is only a check');
	const ps = PS_ATTRIBUTE.exec(raw)?.[1];
	if (ps !== undefined && !(POWERSHELL_SCOPES as readonly string[]).includes(ps))
		throw new CodeMetaError(`ps="${ps}" is not a PowerShell scope (expected ps="7")`);
	const slots: SlotDeclaration[] = [];
	const declared = SLOTS_ATTRIBUTE.exec(raw)?.[1];
	if (declared !== undefined) {
		for (const pair of declared.split(/\s+/).filter(Boolean)) {
			const equals = pair.indexOf('=');
			const kind = pair.slice(0, Math.max(equals, 0));
			const example = pair.slice(equals + 1);
			if (equals < 1 || example === '') {
				throw new CodeMetaError(`slot "${pair}" must be written kind=example`);
			}
			if (!isSlotKind(kind)) {
				throw new CodeMetaError(`slot kind "${kind}" is not one of ${SLOT_KINDS.join(', ')}`);
			}
			slots.push({ kind, example });
		}
		if (slots.length === 0) throw new CodeMetaError('slots="" declares no slot');
	}
	return {
		primary: words.includes('primary'),
		slots,
		check,
		ps: ps as PowerShellScope | undefined,
	};
}

/**
 * Every place each slot's example stands in the code. Throws when an example is missing from its block
 * or when two slots claim overlapping text, since a reader's value could not be put in unambiguously.
 */
export function locateSlots(code: string, slots: readonly SlotDeclaration[]): SlotRange[] {
	const ranges: SlotRange[] = [];
	for (const slot of slots) {
		let at = code.indexOf(slot.example);
		if (at < 0)
			throw new CodeMetaError(
				`slot ${slot.kind}="${slot.example}" does not occur in its code block`
			);
		while (at >= 0) {
			ranges.push({ ...slot, start: at, end: at + slot.example.length });
			at = code.indexOf(slot.example, at + slot.example.length);
		}
	}
	ranges.sort((a, b) => a.start - b.start);
	for (let i = 1; i < ranges.length; i++) {
		const previous = ranges[i - 1]!;
		const current = ranges[i]!;
		if (current.start < previous.end) {
			throw new CodeMetaError(
				`slots ${previous.kind}="${previous.example}" and ${current.kind}="${current.example}" overlap`
			);
		}
	}
	return ranges;
}

/** The one command a ticket carries: the first PowerShell block marked primary, with its slots. */
export function primaryCommand(
	blocks: readonly { lang: string; code: string; primary: boolean; slots: SlotRange[] }[]
): { code: string; slots: SlotRange[] } | undefined {
	const block = blocks.find((candidate) => candidate.lang === 'powershell' && candidate.primary);
	return block && { code: block.code, slots: block.slots };
}
