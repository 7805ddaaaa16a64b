/**
 * The command a page leads with, so a reader mid-incident sees what to run in the first screen: a fix's
 * primary command (the one its ticket snippet carries), or, in a fix that marks none, the first PowerShell
 * command of its procedure; with the step it belongs to, so the page can say where it comes from. Chosen
 * from what the fix's render recorded (src/content/content-outline.ts), never from a second parse.
 */
import type { SlotRange } from './code-meta';

/** A code block as the outline records it. */
export interface OutlineBlock {
	lang: string;
	code: string;
	primary: boolean;
	slots: SlotRange[];
	check?: string | undefined;
	line: number;
}

/** A heading as the outline records it. */
export interface OutlineHeadingLine {
	depth: number;
	text: string;
	id: string | undefined;
	line: number;
}

export interface LeadCommand {
	code: string;
	slots: SlotRange[];
	/** Whether the fix marks it as the command to run, rather than it being simply the first one. */
	primary: boolean;
	/**
	 * The fence's meta string for the highlighter's slot marks: the block's options but `primary`, which
	 * stays the mark of the block in its step (the lead says in words which command it shows).
	 */
	meta: string;
	/**
	 * Where the command stands: the nearest heading above it (a step, or a part of one), and the number
	 * of the step (h2) it belongs to, as a procedure numbers its steps.
	 */
	step: { id: string; text: string; number: number; of: number } | undefined;
}

/** What an outline records of a block beside its meta options. */
const NOT_OPTIONS = new Set(['lang', 'code', 'line', 'primary', 'slots']);

/**
 * The meta string that declares a block's options again, from what the outline recorded: `primary`,
 * `slots="kind=example …"` (each declared example once, in order), and every other option the outline
 * carries as text (`check="reason"`, and any added later) as `name="value"`.
 */
export function metaOf(block: OutlineBlock): string {
	const parts: string[] = [];
	if (block.primary) parts.push('primary');
	const declared = [...new Set(block.slots.map((slot) => `${slot.kind}=${slot.example}`))];
	if (declared.length > 0) parts.push(`slots="${declared.join(' ')}"`);
	for (const [name, value] of Object.entries(block))
		if (!NOT_OPTIONS.has(name) && typeof value === 'string') parts.push(`${name}="${value}"`);
	return parts.join(' ');
}

/** The command a fix leads with, or undefined when its page holds no PowerShell command. */
export function leadCommand(
	blocks: readonly OutlineBlock[],
	headings: readonly OutlineHeadingLine[]
): LeadCommand | undefined {
	const powershell = blocks.filter((block) => block.lang === 'powershell');
	const block = powershell.find((candidate) => candidate.primary) ?? powershell[0];
	if (!block) return undefined;
	const steps = headings.filter((heading) => heading.depth === 2);
	const index = steps.findLastIndex((heading) => heading.line < block.line);
	const nearest = headings.findLast((heading) => heading.line < block.line && heading.depth <= 3);
	return {
		code: block.code,
		slots: block.slots,
		primary: block.primary,
		meta: metaOf({ ...block, primary: false }),
		step:
			index < 0 || nearest?.id === undefined
				? undefined
				: { id: nearest.id, text: nearest.text, number: index + 1, of: steps.length },
	};
}
