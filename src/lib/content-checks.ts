/**
 * Checks across content entries that a per-file schema cannot make: unique slugs and messages, fix
 * references that resolve, unique signals, stable heading ids and valid code-block slots. Each problem
 * names the file and the field, so a broken entry stops the build with a message that says where to look.
 */
import { CodeMetaError, declaresPrimary, locateSlots, parseCodeMeta } from './code-meta';
import { outlineMarkdown } from './mdx-outline';
import { normalizeCode } from './signals';
import { isKebabCase } from './slug';
import { foldText } from './text';

export interface ErrorEntryInput {
	id: string;
	filePath: string;
	body: string;
	data: {
		messages: readonly { text: string }[];
		otherWordings: readonly { text: string }[];
		signals: { errorIds: readonly string[]; codes: readonly string[]; exceptions: readonly string[] };
		fixes: readonly { fix: { id: string } }[];
		retired?: { replacedBy?: string | undefined } | undefined;
	};
}

export interface FixEntryInput {
	id: string;
	filePath: string;
	body: string;
	data: { retired?: { replacedBy?: string | undefined } | undefined };
}

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
	const problems: ContentProblem[] = [];
	const fixIds = new Set(fixes.map((fix) => fix.id));
	const errorIds = new Set(errors.map((error) => error.id));

	for (const entry of [...errors, ...fixes]) {
		if (!isKebabCase(entry.id)) {
			problems.push({
				file: entry.filePath,
				field: 'slug',
				message: `"${entry.id}" is not kebab-case (lowercase letters and digits joined by single hyphens); rename the file`,
			});
		}
		checkBody(entry, problems);
	}

	const messageOwners = new Map<string, { id: string; field: string }>();
	const signalOwners = new Map<string, string>();
	for (const error of errors) {
		const { data, filePath } = error;
		const wordings = [
			...data.messages.map(({ text }, i) => ({ text, field: `messages[${i}]` })),
			...data.otherWordings.map(({ text }, i) => ({ text, field: `otherWordings[${i}]` })),
		];
		for (const { text, field } of wordings) {
			const key = foldText(text);
			const owner = messageOwners.get(key);
			if (owner) {
				problems.push({
					file: filePath,
					field,
					message: `"${text}" is already claimed by ${owner.id === error.id ? `this entry's ${owner.field}` : `error "${owner.id}" (${owner.field})`}; a message belongs to one error`,
				});
			} else {
				messageOwners.set(key, { id: error.id, field });
			}
		}

		const seenFixes = new Set<string>();
		data.fixes.forEach(({ fix }, i) => {
			if (!fixIds.has(fix.id)) {
				problems.push({
					file: filePath,
					field: `fixes[${i}].fix`,
					message: `no fix named "${fix.id}" exists in content/fixes/`,
				});
			} else if (seenFixes.has(fix.id)) {
				problems.push({ file: filePath, field: `fixes[${i}].fix`, message: `"${fix.id}" is listed twice` });
			}
			seenFixes.add(fix.id);
		});

		const signals = [
			...data.signals.errorIds.map((value, i) => ({ key: `id:${value.toLowerCase()}`, field: `signals.errorIds[${i}]`, value })),
			...data.signals.exceptions.map((value, i) => ({ key: `ex:${value.toLowerCase()}`, field: `signals.exceptions[${i}]`, value })),
			...data.signals.codes.map((value, i) => ({ key: `code:${normalizeCode(value)}`, field: `signals.codes[${i}]`, value })),
		];
		for (const { key, field, value } of signals) {
			const owner = signalOwners.get(key);
			if (owner !== undefined && owner !== error.id) {
				problems.push({ file: filePath, field, message: `"${value}" is already a signal of error "${owner}"` });
			}
			signalOwners.set(key, error.id);
		}

		checkReplacement(error, errorIds, problems);
	}
	for (const fix of fixes) checkReplacement(fix, fixIds, problems);
	return problems;
}

function checkReplacement(
	entry: ErrorEntryInput | FixEntryInput,
	sameCollection: ReadonlySet<string>,
	problems: ContentProblem[],
): void {
	const replacedBy = entry.data.retired?.replacedBy;
	if (replacedBy !== undefined && !sameCollection.has(replacedBy)) {
		problems.push({ file: entry.filePath, field: 'retired.replacedBy', message: `no entry named "${replacedBy}"` });
	}
}

function checkBody(entry: ErrorEntryInput | FixEntryInput, problems: ContentProblem[]): void {
	const { headings, fences } = outlineMarkdown(entry.body);
	const ids = new Set<string>();
	for (const heading of headings) {
		const field = `body line ${heading.line}`;
		if (heading.depth === 1) {
			problems.push({ file: entry.filePath, field, message: 'an entry has no h1 of its own; the page title comes from `title`' });
		}
		if (heading.id === undefined) {
			problems.push({
				file: entry.filePath,
				field,
				message: `heading "${heading.text}" needs an explicit stable id, e.g. "## ${heading.text} {#${suggestId(heading.text)}}"`,
			});
		} else if (!isKebabCase(heading.id)) {
			problems.push({ file: entry.filePath, field, message: `heading id "${heading.id}" is not kebab-case` });
		} else if (ids.has(heading.id)) {
			problems.push({ file: entry.filePath, field, message: `heading id "${heading.id}" is used twice` });
		}
		if (heading.id) ids.add(heading.id);
	}

	let primaries = 0;
	for (const fence of fences) {
		const field = `code block at body line ${fence.line}`;
		if (declaresPrimary(fence.meta)) primaries++;
		try {
			const meta = parseCodeMeta(fence.meta);
			if ((meta.primary || meta.slots.length > 0) && fence.lang !== 'powershell') {
				throw new CodeMetaError('slots and primary are only for powershell blocks');
			}
			locateSlots(fence.code, meta.slots);
		} catch (error) {
			if (!(error instanceof CodeMetaError)) throw error;
			problems.push({ file: entry.filePath, field, message: error.message });
		}
	}
	if (primaries > 1) {
		problems.push({ file: entry.filePath, field: 'body', message: `${primaries} code blocks are marked primary; at most one may be` });
	}
}

function suggestId(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
}
