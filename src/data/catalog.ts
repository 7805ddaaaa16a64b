/**
 * The content, loaded once and checked as a whole. Every page and endpoint reads the errors and fixes
 * through here, so a broken entry (an unknown fix, a duplicate message, a heading without an id, two
 * primary commands, a redirect to nowhere) stops the build with the file and the field named, before any
 * page ships. The bodies are checked through what their render recorded (a bad slot has already stopped
 * that render, naming file and line).
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { readRenames } from '../content/catalog-files';
import { primaryCommand, type SlotKind, type SlotRange } from '../values/code-meta';
import { checkContent, formatProblems } from '../content/content-checks';
import { renderedOutline, type ContentOutline } from '../content/content-outline';
import { checkRenameTargets } from '../content/redirects';
import { STAGE_IDS, TOPIC_IDS } from '../content/taxonomy';
import { leadCommand, type LeadCommand } from '../values/lead-command';

export type ErrorEntry = CollectionEntry<'errors'>;
export type FixEntry = CollectionEntry<'fixes'>;

/** A fix as one error lists it: the entry, when it is the likely one, and its rank for that error. */
export interface FixForError {
	fix: FixEntry;
	when: string;
	rank: number;
	/** What the fix addresses, when the error groups its fixes. */
	group: string | undefined;
}

/** An error's fixes that address one thing, under a sub-heading; `title` is unset when the error has no groups. */
export interface FixGroup {
	title: string | undefined;
	fixes: FixForError[];
}

/** An error a fix resolves, derived from the errors' own references. */
export interface ErrorForFix {
	error: ErrorEntry;
	when: string;
	rank: number;
}

export interface Catalog {
	/** Errors in the order of the connection path, then by title. */
	errors: ErrorEntry[];
	/** Fixes in the order of their topics, then by title. */
	fixes: FixEntry[];
	/** The fix with this slug; the content checks have made sure every referenced one exists. */
	fix(slug: string): FixEntry;
	fixesFor(error: ErrorEntry): FixForError[];
	/** The error's fixes split by their `group`, in order (the content checks keep a group's fixes together). */
	fixGroupsFor(error: ErrorEntry): FixGroup[];
	errorsFor(fix: FixEntry): ErrorForFix[];
	/** The one command a ticket about this fix should carry, with its slots, if it has one. */
	commandOf(fix: FixEntry): { code: string; slots: SlotRange[] } | undefined;
	/** The kinds of value the fix's commands hold, in the order they first appear. */
	slotKindsOf(fix: FixEntry): SlotKind[];
	/** The command a page about this fix leads with (its primary, else its first), with its step. */
	leadOf(fix: FixEntry): LeadCommand | undefined;
}

let loading: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
	loading ??= buildCatalog();
	return loading;
}

/** An entry with the file it came from and the outline its render recorded. */
async function withOutline<T extends ErrorEntry | FixEntry>(
	entry: T
): Promise<T & { filePath: string; outline: ContentOutline }> {
	const filePath = entry.filePath ?? `(${entry.collection} entry "${entry.id}")`;
	const { remarkPluginFrontmatter } = await render(entry);
	return { ...entry, filePath, outline: renderedOutline(remarkPluginFrontmatter, filePath) };
}

async function buildCatalog(): Promise<Catalog> {
	const [errorEntries, fixEntries] = await Promise.all([
		getCollection('errors'),
		getCollection('fixes'),
	]);
	const [errors, fixes] = await Promise.all([
		Promise.all(errorEntries.map(withOutline)),
		Promise.all(fixEntries.map(withOutline)),
	]);
	const problems = [
		formatProblems(checkContent(errors, fixes)),
		...checkRenameTargets(readRenames(), {
			errors: errors.map((e) => e.id),
			fixes: fixes.map((f) => f.id),
		}),
	].filter(Boolean);
	if (problems.length > 0) {
		throw new AstroError(
			'The content has problems; each line names the file and the field',
			problems.join('\n')
		);
	}

	const fixById = new Map(fixes.map((fix) => [fix.id, fix]));
	const byStage = (error: ErrorEntry) => STAGE_IDS.indexOf(error.data.stage);
	const byTopic = (fix: FixEntry) => TOPIC_IDS.indexOf(fix.data.topic);
	errors.sort((a, b) => byStage(a) - byStage(b) || a.data.title.localeCompare(b.data.title));
	fixes.sort((a, b) => byTopic(a) - byTopic(b) || a.data.title.localeCompare(b.data.title));

	const fixesFor = (error: ErrorEntry): FixForError[] =>
		error.data.fixes.map(({ fix, when, group }, i) => ({
			fix: fixById.get(fix.id)!,
			when,
			group,
			rank: i + 1,
		}));
	const errorsByFix = new Map<string, ErrorForFix[]>();
	for (const error of errors) {
		for (const { fix, when, rank } of fixesFor(error)) {
			const list = errorsByFix.get(fix.id) ?? [];
			list.push({ error, when, rank });
			errorsByFix.set(fix.id, list);
		}
	}
	for (const list of errorsByFix.values()) list.sort((a, b) => a.rank - b.rank);

	// Each fix's code blocks as rendered: the ticket command and the kinds of value come from them.
	const blocks = new Map(fixes.map((fix) => [fix.id, fix.outline.codeBlocks]));
	const outlines = new Map(fixes.map((fix) => [fix.id, fix.outline]));
	return {
		errors,
		fixes,
		fix: (slug) => fixById.get(slug)!,
		fixesFor,
		fixGroupsFor: (error) => {
			const groups: FixGroup[] = [];
			for (const fix of fixesFor(error)) {
				const last = groups.at(-1);
				if (last && last.title === fix.group) last.fixes.push(fix);
				else groups.push({ title: fix.group, fixes: [fix] });
			}
			return groups;
		},
		errorsFor: (fix) => errorsByFix.get(fix.id) ?? [],
		commandOf: (fix) => primaryCommand(blocks.get(fix.id)!),
		slotKindsOf: (fix) => [
			...new Set(blocks.get(fix.id)!.flatMap((block) => block.slots.map((slot) => slot.kind))),
		],
		leadOf: (fix) => {
			const outline = outlines.get(fix.id)!;
			return leadCommand(outline.codeBlocks, outline.headings);
		},
	};
}
