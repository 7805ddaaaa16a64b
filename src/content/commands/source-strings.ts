/**
 * Messages exact: a `messages` entry of an error page must be a whole string of a source it cites,
 * character for character (case included), so that no message is truncated, case-folded or stripped of
 * its final stop. What "a string of the source" is depends on the file:
 *
 * - `.resx`: each `<value>`, XML entities decoded, doubled braces (`{{`) read as one (a value that is an XML fragment, such as
 *   `<PSProtocolVersionError …>text</PSProtocolVersionError>`, also gives its text);
 * - `.h` (wsmerror.h, the winerror.h excerpt): each `MessageText:` block as Windows prints it, read by
 *   the site's own header parser (src/codes/header.ts): comment lines joined, `%n` a line break (so a
 *   message with `%n%n` paragraph breaks is one string, its paragraphs separated by whitespace), `%%` a
 *   `%`, and an insert (`%1`, `%1!s!`) an insert;
 * - `.txt` resources: each `Name=value` line's value;
 * - client source code (`.py`, `.rb`, `.go`, `.cs`, `.ps1`, `.psm1`): each quoted string literal, with
 *   adjacent literals joined (`"a" "b"`, `'a' + 'b'`, Go's `"a" +\n "b"`);
 * - documentation (Markdown, reStructuredText and the rest): a message quoted in prose has no delimiter
 *   of its own, so it must stand between boundaries: it starts at the start of a line, after a quote
 *   marker, an opening quote or backtick, `: ` or a sentence's end, and it ends at the end of a line, a
 *   closing quote or backtick, or a sentence's end (its final stop included when the source has one).
 *
 * In a message, a `<placeholder>` stands for the part that varies: in a string with inserts it matches
 * one insert (`{0}`, `%s`, `%d`, `%1`, `#{…}`, `{name}`) or the same `<placeholder>` written literally
 * (wsmerror.h writes `<thumbprint>`); in documentation, which prints examples, it matches any text of
 * up to 300 characters. Whitespace runs count as one space.
 *
 * Strings come first: a message that is part of a longer string of a cited resource, header or client
 * source (and a whole string of none) is truncated, even where a cited document quotes it only so far.
 */

import { parseHeader } from '../../codes/header';

const XML_ENTITIES: Readonly<Record<string, string>> = {
	'&quot;': '"',
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&apos;': "'",
};

/** A resx value's text: XML's five predefined entities decoded (resx files use no others). */
export function decodeXmlEntities(text: string): string {
	return text.replace(/&(quot|amp|lt|gt|apos);/g, (entity) => XML_ENTITIES[entity]!);
}

export function normaliseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** An insert of a format string: `{0}`, `{0:N}`, `{name}`, `%s`, `%d`, `%r`, Go's `%v`/`%w`/`%q`, `%1`, `#{…}`. */
const INSERT = String.raw`(?:\{\d+(?::[^}]*)?\}|\{\w*\}|%[-+ #0]*\d*(?:\.\d+)?[sdrxXfiwvqtTbcoegpU]|%\d+(?:![^!]*!)?|#\{[^}]*\})`;

export type SourceKind = 'strings' | 'prose';

export interface SourceStrings {
	kind: SourceKind;
	/** For `strings`: every string; for `prose`: the whole text, normalised. */
	texts: string[];
}

/** Each value; a value that is itself XML markup also gives its text (what the client prints of it). */
function resxValues(raw: string): string[] {
	return [...raw.matchAll(/<value>([\s\S]*?)<\/value>/g)].flatMap((m) => {
		const value = normaliseSpace(
			decodeXmlEntities(m[1]!)
				// .NET format strings escape braces by doubling them: `{{{2}}}` prints `{` + insert + `}`.
				.replace(/\{\{|\}\}|\{\d+(?::[^}]*)?\}/g, (token) =>
					token === '{{' ? '{' : token === '}}' ? '}' : token
				)
		);
		const text = /^<\w[^>]*>[\s\S]*<\/\w+>$/.test(value) ? normaliseSpace(value.replace(/<[^>]+>/g, '')) : undefined;
		return text ? [value, text] : [value];
	});
}

/** Each message of a header as Windows prints it, whitespace normalised; inserts written `%1` again. */
function headerMessageTexts(file: string, raw: string): string[] {
	return parseHeader(raw, file).map((code) =>
		normaliseSpace(code.message.replace(/<insert(\d+)>/g, '%$1'))
	);
}

function resourceTextValues(raw: string): string[] {
	return [...raw.matchAll(/^[\w.]+=(.*)$/gm)].map((m) => normaliseSpace(m[1]!));
}

/** String literals of source code, adjacent ones (juxtaposed or joined by `+`) joined. */
function codeLiterals(raw: string): string[] {
	const literal = String.raw`(?:[rRbBfFuU]{0,2}"(?:[^"\\\n]|\\.)*"|[rRbBfFuU]{0,2}'(?:[^'\\\n]|\\.)*'|\x60[^\x60]*\x60)`;
	const run = new RegExp(String.raw`${literal}(?:\s*\+?\s*(?:\\\n\s*)?${literal})*`, 'g');
	const texts: string[] = [];
	for (const match of raw.matchAll(run)) {
		const parts = [...match[0].matchAll(new RegExp(literal, 'g'))].map((part) =>
			part[0]
				.replace(/^[rRbBfFuU]{0,2}(["'\x60])/, '')
				.slice(0, -1)
				.replace(/\\(["'\\])/g, '$1')
				.replace(/\\[rnt]/g, ' ')
		);
		const text = normaliseSpace(parts.join(''));
		if (text) texts.push(text);
	}
	return texts;
}

/** The strings a message may equal in one source file. */
export function sourceStrings(file: string, raw: string): SourceStrings {
	if (file.endsWith('.resx')) return { kind: 'strings', texts: resxValues(raw) };
	if (file.endsWith('.h')) return { kind: 'strings', texts: headerMessageTexts(file, raw) };
	if (file.endsWith('.txt')) return { kind: 'strings', texts: resourceTextValues(raw) };
	if (/\.(py|rb|go|cs|ps1|psm1)$/.test(file)) return { kind: 'strings', texts: codeLiterals(raw) };
	// Documentation: blockquote markers and Markdown escapes do not count.
	const unquoted = raw.replace(/^[ \t]*(>[ \t]?)+/gm, '').replace(/\\([<>[\]*_])/g, '$1');
	return { kind: 'prose', texts: [unquoted.replace(/[ \t]+/g, ' ')] };
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A message as a pattern over a source string (`kind` says what a placeholder may match). */
export function exactPattern(message: string, kind: SourceKind, whole = true): RegExp {
	const text = normaliseSpace(message);
	const placeholders = text.match(/<[^<>]+>/g) ?? [];
	const parts = text.split(/<[^<>]+>/).map((part) => escapeRegExp(part).replace(/ /g, '\\s+'));
	const slot = (index: number) =>
		kind === 'strings'
			? `(?:${INSERT}|${escapeRegExp(placeholders[index]!)})`
			: String.raw`(?:${INSERT}|[^\n]{1,300}?)`;
	const body = parts.map((part, index) => (index === 0 ? part : slot(index - 1) + part)).join('');
	if (kind === 'strings') return new RegExp(whole ? `^${body}$` : body);
	// In prose: a boundary before and after (see the module comment).
	const before = String.raw`(?:^|(?<=^[ \t]*)|(?<=[:"'\x60“‘(]\s?)|(?<=[.!?]\s))`;
	const after = String.raw`(?=$|[ \t]*\n|["'\x60”’)]|\s+[A-Z(\x60"<])`;
	return new RegExp(`${before}${body}${after}`, 'm');
}

/** Whether the message is a whole string of the source. */
export function quotesWhole(message: string, source: SourceStrings): boolean {
	const pattern = exactPattern(message, source.kind);
	return source.texts.some((text) => pattern.test(text));
}

/** The longer string of a resource, header or client source that the message is only part of. */
export function partOf(message: string, source: SourceStrings): string | undefined {
	if (source.kind !== 'strings') return undefined;
	const part = exactPattern(message, 'strings', false);
	return source.texts.find((text) => part.test(text));
}

/** What is wrong with a message against the sources its page cites (name → strings), if anything. */
export function messageProblem(
	message: string,
	sources: ReadonlyMap<string, SourceStrings>
): string | undefined {
	const all = [...sources];
	const wholeIn = all.filter(([, strings]) => quotesWhole(message, strings));
	if (wholeIn.some(([, strings]) => strings.kind === 'strings')) return undefined;
	for (const [name, strings] of all) {
		const longer = partOf(message, strings);
		if (longer) return `is only part of a string of ${name} (truncated, or its final stop dropped): "${longer}"`;
	}
	if (wholeIn.length > 0) return undefined;
	return `is not a whole string of any source the page cites (${[...sources.keys()].join(', ')}), case and final stop included`;
}
