/**
 * Checks across content entries that a per-file schema cannot make: kebab-case slugs, stable heading
 * ids, one primary command, messages and signals owned by one error, fix references that resolve. The
 * bodies are checked through the outline their render recorded (src/content/content-outline.ts), so what is
 * checked is what ships. Each problem names the file and the field (or the line), so a broken entry
 * stops the build with a message that says where to look.
 */
import type { ContentOutline } from './content-outline';
import { normalizeCode } from '../search/signals';
import { isKebabCase, kebabOf } from './slug';
import { foldText } from '../search/text';

interface EntryInput {
	id: string;
	filePath: string;
	/** What the render of the body recorded. */
	outline: ContentOutline;
	data: { retired?: { replacedBy?: string | undefined } | undefined };
}

export interface ErrorEntryInput extends EntryInput {
	data: EntryInput['data'] & {
		messages: readonly { text: string }[];
		otherWordings: readonly { text: string }[];
		signals: { errorIds: readonly string[]; codes: readonly string[]; exceptions: readonly string[] };
		fixes: readonly { fix: { id: string }; group?: string | undefined }[];
	};
}

export type FixEntryInput = EntryInput;

export interface ContentProblem {
	file: string;
	field: string;
	message: string;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
	return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/** Every problem in the catalog, in file order; an empty list means the content is sound. */
export function checkContent(errors: readonly ErrorEntryInput[], fixes: readonly FixEntryInput[]): ContentProblem[] {
	const fixIds = new Set(fixes.map((fix) => fix.id));
	const errorIds = new Set(errors.map((error) => error.id));
	return [
		...[...errors, ...fixes].flatMap((entry) => [...checkSlug(entry), ...checkHeadings(entry), ...checkPrimary(entry)]),
		...checkMessageOwners(errors),
		...errors.flatMap((error) => checkFixReferences(error, fixIds)),
		...errors.flatMap(checkFixGroups),
		...checkSignalOwners(errors),
		...errors.flatMap((error) => checkReplacement(error, errorIds)),
		...fixes.flatMap((fix) => checkReplacement(fix, fixIds)),
	];
}

function checkSlug(entry: EntryInput): ContentProblem[] {
	if (isKebabCase(entry.id)) return [];
	return [
		{
			file: entry.filePath,
			field: 'slug',
			message: `"${entry.id}" is not kebab-case (lowercase letters and digits joined by single hyphens); rename the file`,
		},
	];
}

/** Every heading renders with an explicit, kebab-case id of its own, so a step link never moves. */
function checkHeadings(entry: EntryInput): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const problem = (line: number, message: string) => problems.push({ file: entry.filePath, field: `line ${line}`, message });
	const ids = new Set<string>();
	for (const { depth, text, id, line } of entry.outline.headings) {
		if (depth === 1) problem(line, 'an entry has no h1 of its own; the page title comes from `title`');
		if (id === undefined) {
			problem(line, `heading "${text}" needs an explicit stable id, e.g. "## ${text} {#${kebabOf(text)}}"`);
		} else if (!isKebabCase(id)) {
			problem(line, `heading id "${id}" is not kebab-case`);
		} else if (ids.has(id)) {
			problem(line, `heading id "${id}" is used twice`);
		}
		if (id) ids.add(id);
	}
	return problems;
}

function checkPrimary(entry: EntryInput): ContentProblem[] {
	const primaries = entry.outline.codeBlocks.filter((block) => block.primary);
	if (primaries.length <= 1) return [];
	const lines = primaries.map((block) => block.line).join(', ');
	return [{ file: entry.filePath, field: 'body', message: `the code blocks at lines ${lines} are all marked primary; at most one may be` }];
}

/** A message or another wording belongs to one error, whatever its case, spacing or punctuation. */
function checkMessageOwners(errors: readonly ErrorEntryInput[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const owners = new Map<string, { id: string; field: string }>();
	for (const error of errors) {
		const wordings = [
			...error.data.messages.map(({ text }, i) => ({ text, field: `messages[${i}]` })),
			...error.data.otherWordings.map(({ text }, i) => ({ text, field: `otherWordings[${i}]` })),
		];
		for (const { text, field } of wordings) {
			const key = foldText(text);
			const owner = owners.get(key);
			if (!owner) {
				owners.set(key, { id: error.id, field });
				continue;
			}
			const claimedBy = owner.id === error.id ? `this entry's ${owner.field}` : `error "${owner.id}" (${owner.field})`;
			problems.push({ file: error.filePath, field, message: `"${text}" is already claimed by ${claimedBy}; a message belongs to one error` });
		}
	}
	return problems;
}

function checkFixReferences(error: ErrorEntryInput, fixIds: ReadonlySet<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();
	error.data.fixes.forEach(({ fix }, i) => {
		const field = `fixes[${i}].fix`;
		if (!fixIds.has(fix.id)) {
			problems.push({ file: error.filePath, field, message: `no fix named "${fix.id}" exists in content/fixes/` });
		} else if (seen.has(fix.id)) {
			problems.push({ file: error.filePath, field, message: `"${fix.id}" is listed twice` });
		}
		seen.add(fix.id);
	});
	return problems;
}

/**
 * Groups split an error's fixes by what they address, keeping the most-likely-first order: every fix has
 * a group or none has, and a group's fixes stand together, so each group is shown once.
 */
function checkFixGroups(error: ErrorEntryInput): ContentProblem[] {
	const groups = error.data.fixes.map(({ group }) => group);
	if (groups.every((group) => group === undefined)) return [];
	const problems: ContentProblem[] = [];
	const closed = new Set<string>();
	groups.forEach((group, i) => {
		const field = `fixes[${i}].group`;
		const previous = i > 0 ? groups[i - 1] : undefined;
		if (group === undefined) {
			problems.push({ file: error.filePath, field, message: 'missing: when one fix of an error has a group, every fix needs one' });
		} else if (closed.has(group)) {
			problems.push({ file: error.filePath, field, message: `"${group}" was used before another group; a group's fixes stand together` });
		}
		if (previous !== undefined && previous !== group) closed.add(previous);
	});
	return problems;
}

/** A signal names one error, whatever the notation of a code (`0x80070005` is `2147942405`). */
function checkSignalOwners(errors: readonly ErrorEntryInput[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const owners = new Map<string, string>();
	for (const error of errors) {
		const { errorIds, exceptions, codes } = error.data.signals;
		const signals = [
			...errorIds.map((value, i) => ({ key: `id:${value.toLowerCase()}`, field: `signals.errorIds[${i}]`, value })),
			...exceptions.map((value, i) => ({ key: `ex:${value.toLowerCase()}`, field: `signals.exceptions[${i}]`, value })),
			...codes.map((value, i) => ({ key: `code:${normalizeCode(value)}`, field: `signals.codes[${i}]`, value })),
		];
		for (const { key, field, value } of signals) {
			const owner = owners.get(key);
			if (owner !== undefined && owner !== error.id) {
				problems.push({ file: error.filePath, field, message: `"${value}" is already a signal of error "${owner}"` });
			}
			owners.set(key, error.id);
		}
	}
	return problems;
}

function checkReplacement(entry: EntryInput, sameCollection: ReadonlySet<string>): ContentProblem[] {
	const replacedBy = entry.data.retired?.replacedBy;
	if (replacedBy === undefined || sameCollection.has(replacedBy)) return [];
	return [{ file: entry.filePath, field: 'retired.replacedBy', message: `no entry named "${replacedBy}"` }];
}
