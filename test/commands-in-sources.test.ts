/**
 * Every command and every message an entry shows must be quoted by a source the entry cites
 * (docs/REVIEWING.md explains the rule). A reader who copies a command from the site runs exactly what
 * Microsoft documents; a wrong or invented command fails here, naming the entry and the text.
 *
 * What is checked, in every entry of content/errors and content/fixes:
 * - every fenced code block, whatever its language (commands, Group Policy paths, sample output);
 * - every inline code span that is a command (see `isCommand`);
 * - every plain-string `messages` and `otherWordings` entry (a wording given with a URL is a public
 *   paste and is cited by its URL, not here).
 * Text is compared with whitespace normalised; a line break that a source puts inside a path before a
 * `\` counts as nothing. A fenced block marked `check="reason"` is the reader's own look (for example a
 * `Get-Help` topic): its text need not be quoted, but every cmdlet in it must be named by a cited source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeXmlEntities, sourceStrings } from '../src/content/commands/source-strings';
import { sourceOf, type SourceId } from '../src/content/sources';
import type { ContentOutline } from '../src/content/content-outline';
import { loadEntries } from './load-content';
import { outlineOf } from './render-content';

const sourcesDir = new URL('../sources/', import.meta.url);

/** Whitespace runs become one space; a wrapped path (`…Components\n    \Windows…`) is joined. */
export function normalise(text: string): string {
	return text
		.replace(/\s*\n\s*\\/g, '\\')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The texts of a source file a quote may come from: Markdown without blockquote markers (the guide
 * quotes messages in `>` blocks), also with Markdown escapes such as `\<` undone; resx values with XML
 * entities decoded; header comments without their `//`, with `%n` read as the line break Windows prints
 * (and `%%` as `%`), so a message goes on past its `%n%n` paragraph breaks; client source code as written
 * and also as its string literals read (escapes such as `\n` undone, adjacent literals joined: see
 * src/content/commands/source-strings.ts), so a message built from an f-string or from literals joined
 * across lines is found whole.
 */
export function sourceTexts(file: string, raw: string): string[] {
	if (file.endsWith('.resx')) return [normalise(decodeXmlEntities(raw))];
	if (file.endsWith('.h'))
		return [
			normalise(
				raw
					.replace(/^[ \t]*\/\/[ \t]?/gm, '')
					.replace(/%n/g, '\n')
					.replace(/%%/g, '%')
			),
		];
	const unquoted = raw.replace(/^[ \t]*(>[ \t]?)+/gm, '');
	const texts = [normalise(unquoted), normalise(unquoted.replace(/\\([<>[\]*_])/g, '$1'))];
	if (/\.(py|rb|go|cs|ps1|psm1)$/.test(file)) texts.push(...sourceStrings(file, raw).texts);
	return texts;
}

const textCache = new Map<SourceId, string[]>();
function textsOf(id: SourceId): string[] {
	let texts = textCache.get(id);
	if (!texts) {
		const file = sourceOf(id).file;
		texts = sourceTexts(file, readFileSync(new URL(file, sourcesDir), 'utf8'));
		textCache.set(id, texts);
	}
	return texts;
}

/**
 * An inline code span is a command when it starts with a cmdlet name (Verb-Noun, e.g. `Enable-PSRemoting`
 * or `Start-Service WinRM`), `winrm `, a variable assignment (`$s = …`), a provider or registry path
 * (`WSMan:`, `HKLM:`, `$env:`), a drive path (`C:\`) or a program (`pwsh.exe …`). Names of parameters,
 * settings, values and session configurations are not commands (they are checked by the reviewer).
 */
export function isCommand(span: string): boolean {
	return [
		/^[A-Z][a-z]+-[A-Z][A-Za-z0-9]*\b/,
		/^winrm\s/i,
		/^\$\w+\s*=/,
		/^(HKLM|HKCU|WSMan|Env|Cert):/i,
		/^\$env:/i,
		/^[A-Za-z]:\\/,
		/^[\w.-]+\.exe\b/i,
	].some((pattern) => pattern.test(span));
}

/**
 * A message as a pattern: `<placeholder>` matches a `{0}` insert or up to 300 characters of any text
 * (bounded, so a message with several placeholders cannot backtrack across a whole header); case is ignored.
 */
export function messagePattern(message: string): RegExp {
	const parts = normalise(message).split(/<[^<>]+>/);
	const body = parts
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('(?:\\{\\d+\\}|.{1,300}?)');
	return new RegExp(body, 'i');
}

/** `Get-Help <topic>` only reads help: it is quoted when the cited source names the topic. */
function helpTopic(span: string): string | undefined {
	return /^Get-Help\s+(\S+)$/.exec(span)?.[1];
}

export interface Finding {
	entry: string;
	what: string;
	text: string;
}

/** What the check reads of an entry: its file, body, sources and wordings, as the schemas parse them. */
export interface CheckedEntry {
	filePath: string;
	body: string;
	data: {
		sources: readonly { source: SourceId }[];
		messages?: readonly { text: string; url?: string | undefined }[];
		otherWordings?: readonly { text: string; url?: string | undefined }[];
	};
}

function citedIds(entry: CheckedEntry): SourceId[] {
	return entry.data.sources.map((citation) => citation.source);
}

function quotedBy(ids: SourceId[], test: (text: string) => boolean): boolean {
	return ids.some((id) => textsOf(id).some(test));
}

const contains = (needle: string) => (text: string) => text.includes(needle);
const containsIgnoringCase = (needle: string) => (text: string) =>
	text.toLowerCase().includes(needle.toLowerCase());

/** What an entry shows that none of its cited sources quotes; `outline` is what its render recorded. */
export function unquoted(entry: CheckedEntry, outline: ContentOutline): Finding[] {
	const ids = citedIds(entry);
	const findings: Finding[] = [];
	const report = (what: string, text: string) =>
		findings.push({ entry: entry.filePath, what, text });

	for (const fence of outline.codeBlocks) {
		const what = `code block at line ${fence.line}`;
		const { check } = fence;
		if (check !== undefined) {
			for (const cmdlet of fence.code.match(/\b[A-Z][a-z]+-[A-Z][A-Za-z0-9]*\b/g) ?? []) {
				if (!quotedBy(ids, contains(cmdlet))) report(`${what} (check="${check}")`, cmdlet);
			}
			continue;
		}
		if (!quotedBy(ids, contains(normalise(fence.code)))) report(what, fence.code);
	}

	const spans = outline.inlineCode.map((span) => span.code.trim());
	for (const span of spans.filter(isCommand)) {
		const topic = helpTopic(span);
		const found = topic
			? quotedBy(ids, containsIgnoringCase(topic))
			: quotedBy(ids, contains(normalise(span)));
		if (!found) report('inline command', span);
	}

	// A wording given with a URL is a public paste: it is cited by that URL, not by a source.
	const sourced = (list: CheckedEntry['data']['messages']) =>
		(list ?? []).filter((w) => w.url === undefined).map((w) => w.text);
	for (const [field, texts] of [
		['messages', sourced(entry.data.messages)],
		['otherWordings', sourced(entry.data.otherWordings)],
	] as const) {
		for (const text of texts) {
			const pattern = messagePattern(text);
			if (!quotedBy(ids, (source) => pattern.test(source))) report(field, text);
		}
	}
	return findings;
}

describe('the rules of the check', () => {
	test('commands are told from names', () => {
		for (const span of [
			'Enable-PSRemoting',
			'Start-Service WinRM',
			'winrm quickconfig',
			'$s = New-PSSession',
			'wsman:\\localhost\\Client',
			'HKLM:\\SOFTWARE',
			'$env:Windir\\System32',
			'pwsh.exe -ExecutionPolicy RemoteSigned',
		]) {
			expect(isCommand(span), span).toBe(true);
		}
		for (const span of [
			'Microsoft.PowerShell',
			'Automatic',
			'WINRM-HTTP-In-TCP-PUBLIC',
			'$PSSessionOption',
			'System32',
			'x86',
		]) {
			expect(isCommand(span), span).toBe(false);
		}
	});

	test('inline spans are read as rendered, outside fenced blocks only', async () => {
		const outline = await outlineOf(
			'Run `Get-Item x` now.\n\n```powershell\n`Not-This`\n```\nand `winrm get`'
		);
		expect(outline.inlineCode.map((span) => span.code)).toEqual(['Get-Item x', 'winrm get']);
	});

	test('a message placeholder matches an insert or any text, whitespace and case aside', () => {
		expect(
			messagePattern('The allowed  maximum is <size>.').test('the allowed maximum is {0}.')
		).toBe(true);
		expect(
			messagePattern('The term <tool-name> is not recognized').test(
				'The term <tool-name> is not recognized'
			)
		).toBe(true);
		expect(messagePattern('exceeded allowed maximum').test('exceeded the allowed maximum')).toBe(
			false
		);
	});

	test('source texts drop quote markers, comment slashes and XML entities, and join wrapped paths', () => {
		expect(sourceTexts('a.md', '> ERROR: Access is\n> denied.')[0]).toBe(
			'ERROR: Access is denied.'
		);
		expect(sourceTexts('a.md', 'Windows Components\n    \\Windows Remote')[0]).toBe(
			'Windows Components\\Windows Remote'
		);
		expect(sourceTexts('a.h', '// The client cannot\n// connect.')[0]).toBe(
			'The client cannot connect.'
		);
		expect(
			sourceTexts(
				'a.h',
				'// Restore defaults:\n// %n%n\n// winrm invoke Restore x\n// 100%% done.'
			)[0]
		).toBe('Restore defaults: winrm invoke Restore x 100% done.');
		expect(
			sourceTexts('a.py', "raise E(f'send failed; \\nstdout: {out}')").some((text) =>
				messagePattern('send failed; stdout: <stdout>').test(text)
			)
		).toBe(true);
		expect(
			sourceTexts('a.resx', '<value>the &quot;Run as administrator&quot; option</value>')[0]
		).toContain('the "Run as administrator" option');
	});

	test('an invented command is found, a quoted one is not', async () => {
		const found = async (body: string) => {
			const entry: CheckedEntry = {
				filePath: 'content/fixes/sample.mdx',
				body,
				data: { sources: [{ source: 'about-remote-troubleshooting-5.1' }] },
			};
			return unquoted(entry, await outlineOf(body, entry.filePath)).map((f) => f.text);
		};
		expect(await found('```powershell\nStart-Service WinRM\n```\n')).toEqual([]);
		expect(await found('```powershell\nRestart-Service WinRM -Force\n```\n')).toEqual([
			'Restart-Service WinRM -Force',
		]);
		expect(await found('Then run `Get-PSSessionConfiguration`.')).toEqual([
			'Get-PSSessionConfiguration',
		]);
		expect(await found('Run `Get-Help about_WSMan_Provider`.')).toEqual([]);
		expect(await found('```powershell check="only reads"\nGet-Foo -Bar\n```\n')).toEqual([
			'Get-Foo',
		]);
	});

	test('a wording copied from a public paste is cited by its URL, not checked against the sources', () => {
		const entry: CheckedEntry = {
			filePath: 'content/errors/sample.mdx',
			body: '',
			data: {
				sources: [{ source: 'about-remote-troubleshooting-5.1' }],
				messages: [
					{ text: 'A message no source quotes.', url: 'https://github.com/o/r/issues/1' },
					{ text: 'Another message no source quotes.' },
				],
			},
		};
		const outline = { headings: [], codeBlocks: [], inlineCode: [], asides: [], paragraphs: [] };
		expect(unquoted(entry, outline).map((f) => f.text)).toEqual([
			'Another message no source quotes.',
		]);
	});
});

describe('every command and message of an entry is in a source it cites', () => {
	const entries: CheckedEntry[] = [...loadEntries('errors'), ...loadEntries('fixes')];
	test.each(entries.map((entry) => [entry.filePath, entry] as const))(
		'%s',
		async (_file, entry) => {
			expect(unquoted(entry, await outlineOf(entry.body, entry.filePath))).toEqual([]);
		}
	);
});
