/**
 * Takes a raw paste apart by the classes of noise consoles and tools wrap an error in, and returns
 * the message text that is left, the language-independent signals (error ids, codes, exception types)
 * and the user's own identifiers. Nothing here knows any particular message: it only knows the shapes
 * of prefixes, position lines, category lines, XML, log markers and wrappers.
 */
import {
	decodeHtmlEntities,
	decodeJsonEscapes,
	looksJsonEscaped,
	normalizeCharacters,
} from './decode';
import { IdentifierCollector, type PasteIdentifiers } from './identifiers';
import { HARD_CHARS, HEAD_CHARS, MAX_LINE_CHARS, TAIL_CHARS } from './limits';
import { normalizeCode } from '../signals';
import { hasWrapper } from './wrappers';

export interface PasteSignals {
	/** Parts of `FullyQualifiedErrorId` values, e.g. `AccessDenied`, `PSSessionStateBroken`. */
	errorIds: string[];
	/** Error codes normalised to unsigned 32-bit numbers. */
	codes: number[];
	/** .NET exception type names, e.g. `PSRemotingTransportException`. */
	exceptions: string[];
}

export interface CleanPaste {
	/** The message lines that remain, joined by newlines. */
	text: string;
	signals: PasteSignals;
	identifiers: PasteIdentifiers;
	/** True when the paste was longer than the part examined. */
	truncated: boolean;
	/**
	 * True when the paste has the shape of an error: console or log framing around it (a cmdlet or
	 * log-level prefix, position or detail lines, fault XML, an exception, a remoting wrapper sentence).
	 */
	errorShaped: boolean;
	/** Set when the paste is another tool's failure that quotes text (a parameter binding error, a Pester test). */
	foreign: 'parameter binding' | 'Pester test' | undefined;
}

function headAndTail(text: string, head: number, tail: number): string {
	return text.length <= head + tail ? text : `${text.slice(0, head)}\n${text.slice(-tail)}`;
}

/**
 * The part of a paste that is examined: runs of blank lines and spaces squeezed first (so padding never
 * pushes the error out of reach), then at most the head and the tail of what is left.
 */
function capPaste(raw: string): { text: string; truncated: boolean } {
	const squeezed = headAndTail(raw, HARD_CHARS * 0.75, HARD_CHARS * 0.25)
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t\f\v]+/g, ' ')
		.replace(/ ?\n[ \n]*/g, '\n');
	const text = headAndTail(squeezed, HEAD_CHARS, TAIL_CHARS);
	return { text, truncated: raw.length > HARD_CHARS || text.length < squeezed.length };
}

/**
 * The cmdlet that printed an error, before it: `Enter-PSSession : ` or `Enter-PSSession: `. It is kept
 * in the text (the guide quotes some messages with it, as `Import-Module: File <filename> …`) while
 * the prefixes after it are read.
 */
export const CMDLET_PREFIX = /^[A-Z][A-Za-z]*-[A-Z][A-Za-z0-9]*\s?:\s/;

// Prefixes stripped from the start of a line, repeatedly, in any order.
const LINE_PREFIXES: RegExp[] = [
	/^\s+/,
	/^>+ ?/, // Markdown and e-mail quotes
	/^[-*•]\s+/, // list bullets
	/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\s*/, // ISO timestamps
	/^\[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\]?\s+/, // clock times
	/^##\[[a-z]+\]/i, // Azure Pipelines
	/^::(?:error|warning|notice)[^:\n]{0,200}::/i, // GitHub Actions
	/^\[(?:error|warn|warning|info|debug|fatal|err)\]\s*/i,
	/^(?:error|warning|warn|fatal|exception)\s*[:|]\s*/i, // log levels and `ERROR:` as the guide quotes it
	/^(?:fatal|failed|changed|ok|skipping|unreachable): \[[^\]\n]{1,255}\]:?\s*(?:(?:UNREACHABLE|FAILED)!\s*=>\s*)?/i, // Ansible
	/^\d+\s*\|\s?/, // PowerShell 7 "Line |" gutter with a line number
	/^\|\s?/, // PowerShell 7 gutter
	/^[A-Z][a-z]+(?:[A-Z][a-z]+)+:\s/, // PowerShell 7 concise view category: `OpenError: `
];

const HOST_PREFIX = /^\[([^\]\s]{1,255})\]\s*:?\s*/;
const POSITION_LINE =
	/^(?:At (?:line:\d+|char:\d+|[^\n]{1,300}:\d+) char:\d+|Line \|$|~+$|\+\s*~+\s*$)/;
const DETAIL_LINE =
	/^\+?\s*(CategoryInfo|FullyQualifiedErrorId|PSComputerName|ErrorCode|ErrorDetails|TargetObject|Exception|InvocationInfo|ScriptStackTrace|PipelineIterationInfo|HResult|Message|ErrorRecord|InnerException|StackTrace|Source|TargetSite)\s*:\s?(.*)$/;
const ECHOED_COMMAND =
	/^(?:\+\s|PS [^\n>]{0,260}>\s?|\[[^\]\n]{1,255}\]: PS [^\n>]{0,260}>\s?|\d+\s*\|\s)/;
const STACK_FRAME = /^(?:at [\w.`<>[\]$]+[.(]|--- End of)/;
const XML_TAG = /<\/?[A-Za-z_][\w:.-]{0,80}(?:\s[^<>]{0,1000})?\/?>/g;

// Prefixes that frame an error (as opposed to quoting, bullets and timestamps, which frame any text);
// the cmdlet and `[host]` prefixes, read apart, frame one too.
const FRAMING_PREFIX =
	/^(?:##\[|::(?:error|warning)|\[(?:error|err|fatal)\]|(?:error|fatal|exception)\s*[:|]|(?:fatal|failed|unreachable): \[|[A-Z][a-z]+(?:[A-Z][a-z]+)+Error:\s)/i;

// Another tool's failure that quotes whatever text it was given: PowerShell's parameter binder and Pester.
const PARAMETER_BINDING =
	/^(?:Cannot bind parameter '|Cannot bind argument to parameter '|A parameter cannot be found that matches parameter name '|Cannot validate argument on parameter '|Missing an argument for parameter '|Cannot process argument transformation on parameter '|Parameter set cannot be resolved using the specified named parameters\.)/;
const PARAMETER_BINDING_ID =
	/^(?:ParameterBindingFailed|ParameterArgumentValidationError|NamedParameterNotFound|PositionalParameterNotFound|MissingArgument|ParameterArgumentTransformationError|AmbiguousParameterSet|CannotConvertArgumentNoMessage)$/;
const PESTER_FAILURE =
	/^\[-\] |\bExpected\b.{0,400}, but (?:got|was)\b|\bExpected strings to be the same\b/;

// A line led by an error or exception type, as other tools print them: `winrm.exceptions.InvalidCredentialsError: …`.
const ERROR_NAME = /^(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Za-z_]\w{0,80}(?:Error|Exception|Fault):\s/;
// PowerShell's and Windows' messages name what they failed on in single quotes and say what went wrong:
// "The term 'Get-ADUser' is not recognized", "Cannot find path 'C:\x'", "The property 'Name' cannot be
// found". A statement with both is a message, even cut short; a question (`how do I …`, `…?`) is not.
const QUOTED_NAME = /'[^'\s][^'\n]{0,200}'/;
const FAILURE_WORD = /\b(?:not|cannot|unable|failed|denied|invalid)\b/i;
const QUESTION = /^\s*(?:how|why|what|where|when|which|who|can|could|does|do|is|should)\b|\?\s*$/i;
/** Only a line's start is read for the message shape: a message says what failed in its first sentences. */
const MESSAGE_SHAPE_CHARS = 1_000;

interface LineResult {
	/** The cmdlet prefix the line began with, if any (kept for the message text). */
	command: string;
	/** The line without its prefixes. */
	line: string;
	/** Whether a prefix that frames an error (a cmdlet, a log level, a CI marker) was stripped. */
	framed: boolean;
}

/** Strips a line's console and log prefixes, setting aside its cmdlet prefix; reports a `[host]` prefix as a computer. */
function stripLinePrefixes(line: string, ids: IdentifierCollector): LineResult {
	let current = line;
	let command = '';
	let framed = false;
	for (let round = 0; round < 12; round++) {
		const before = current;
		for (const prefix of LINE_PREFIXES) {
			const next = current.replace(prefix, '');
			if (next !== current && FRAMING_PREFIX.test(current.trimStart())) framed = true;
			current = next;
		}
		const cmdlet = command === '' ? CMDLET_PREFIX.exec(current) : null;
		if (cmdlet) {
			command = cmdlet[0];
			current = current.slice(cmdlet[0].length);
			framed = true;
		}
		const host = HOST_PREFIX.exec(current);
		if (host) {
			ids.computer(host[1]!);
			current = current.slice(host[0].length);
			framed = true;
		}
		if (current === before) break;
	}
	return { command, line: current, framed };
}

function addCodes(text: string, codes: Set<number>): void {
	if (!/\d/.test(text)) return;
	for (const match of text.matchAll(
		/\b(?:code|errorcode|error code|error number|hresult|error)\s*[:=#]?\s*["']?(-?\d{1,10}|0x[0-9a-f]{1,8})\b/gi
	)) {
		const code = normalizeCode(match[1]!);
		if (code !== undefined) codes.add(code);
	}
	for (const match of text.matchAll(/\b0x[0-9a-f]{8}\b/gi)) {
		const code = normalizeCode(match[0]);
		if (code !== undefined) codes.add(code);
	}
}

/**
 * `AccessDenied,PSSessionStateBroken` outside a `FullyQualifiedErrorId :` line (a table, a ticket, a
 * search box): comma-joined identifiers with no space between them have the shape of an error id.
 */
function addErrorIdTuples(text: string, errorIds: Set<string>): void {
	if (!text.includes(',')) return;
	for (const match of text.matchAll(
		/(?<![\w,.])[A-Z][A-Za-z0-9]{2,80}(?:,[A-Za-z][\w.]{2,120})+(?![\w,])/g
	)) {
		for (const part of match[0].split(',')) errorIds.add(part);
	}
}

function addExceptions(text: string, exceptions: Set<string>): void {
	if (!text.includes('Exception')) return;
	for (const match of text.matchAll(/\b([A-Z][A-Za-z0-9]{0,80}Exception)\b/g))
		exceptions.add(match[1]!);
}

/** The examined part of a paste with the wrappers it arrived in (JSON strings, HTML entities) undone. */
function decodePaste(raw: string): { text: string; truncated: boolean } {
	const capped = capPaste(raw);
	let text = normalizeCharacters(capped.text);
	if (looksJsonEscaped(text)) text = decodeJsonEscapes(text);
	if (/&(?:#x?[0-9a-f]{1,6}|[a-z]{2,6});/i.test(text)) text = decodeHtmlEntities(text);
	return { text: normalizeCharacters(text), truncated: capped.truncated };
}

function isQuotedFailure(line: string): boolean {
	return QUOTED_NAME.test(line) && FAILURE_WORD.test(line) && !QUESTION.test(line);
}

/** What reading the lines of one paste collects; each `read…` step handles one class of line. */
class PasteReader {
	readonly ids = new IdentifierCollector();
	readonly errorIds = new Set<string>();
	readonly codes = new Set<number>();
	readonly exceptions = new Set<string>();
	readonly kept: string[] = [];
	errorShaped = false;
	foreign: CleanPaste['foreign'];

	read(whole: string): void {
		let line = whole.slice(0, MAX_LINE_CHARS);
		if (line.trim() === '') return;
		if (line.includes('<')) line = this.readXml(line);
		const trimmed = line.trim();
		if (ECHOED_COMMAND.test(trimmed) && !DETAIL_LINE.test(trimmed)) {
			this.ids.scanCommand(trimmed);
			return;
		}
		const { command, line: rest, framed } = stripLinePrefixes(line, this.ids);
		if (framed) this.errorShaped = true;
		if (rest === '') return;
		if (POSITION_LINE.test(rest) || STACK_FRAME.test(rest)) {
			this.errorShaped = true;
			return;
		}
		const detail = DETAIL_LINE.exec(rest);
		if (detail) this.readDetail(detail[1]!, detail[2] ?? '');
		else this.readMessage(command + rest);
	}

	/** XML (WSManFault, SOAP faults): codes and machines from attributes, then only the text content. */
	private readXml(line: string): string {
		for (const match of line.matchAll(/\bCode="(-?\d{1,10}|0x[0-9a-fA-F]{1,8})"/g)) {
			const code = normalizeCode(match[1]!);
			if (code !== undefined) this.codes.add(code);
			this.errorShaped = true;
		}
		for (const match of line.matchAll(/\bMachine="([^"]{1,255})"/g)) this.ids.machine(match[1]!);
		return line.replace(XML_TAG, ' ');
	}

	/** `+ CategoryInfo : …`, `FullyQualifiedErrorId : …` and the keys of `$Error[0] | Format-List`. */
	private readDetail(key: string, value: string): void {
		this.errorShaped = true;
		addExceptions(value, this.exceptions);
		addCodes(value, this.codes);
		if (key === 'FullyQualifiedErrorId') {
			for (const part of value.split(','))
				if (/^[A-Za-z][\w.]{0,120}$/.test(part.trim())) this.errorIds.add(part.trim());
		} else if (key === 'CategoryInfo') {
			// The target is the computer only when the failure is a remoting one; otherwise it may be a file or a command.
			const target = /\(([^():\s]{1,255}):String\)/.exec(value);
			if (target && /PSRemoting|RemoteRunspace/.test(value)) this.ids.computer(target[1]!);
		} else if (key === 'PSComputerName') {
			this.ids.computer(value);
		} else if (
			key === 'Exception' ||
			key === 'Message' ||
			key === 'ErrorRecord' ||
			key === 'ErrorDetails'
		) {
			// `$Error[0] | Format-List` puts the message itself after these keys.
			const message = value.replace(/^[\w.]{1,200}Exception:\s*/, '');
			if (message.trim()) this.readMessage(message);
		}
	}

	/** A line of message text: kept for matching, with the signals and values that stand in it. */
	private readMessage(line: string): void {
		if (ERROR_NAME.test(line) || isQuotedFailure(line.slice(0, MESSAGE_SHAPE_CHARS)))
			this.errorShaped = true;
		addCodes(line, this.codes);
		addExceptions(line, this.exceptions);
		addErrorIdTuples(line, this.errorIds);
		if (/remote server/i.test(line)) {
			for (const match of line.matchAll(/Connecting to remote server (\S{1,255}) failed/gi))
				this.ids.computer(match[1]!);
		}
		if (PARAMETER_BINDING.test(line)) this.foreign = 'parameter binding';
		else if (PESTER_FAILURE.test(line)) this.foreign ??= 'Pester test';
		this.ids.scanFreeText(line);
		this.kept.push(line);
	}

	/** The paste as read; `examined` is the decoded text, for decisions that need all of it. */
	result(examined: string, truncated: boolean): CleanPaste {
		const text = this.kept.join('\n');
		if (
			[...this.errorIds].some((id) => PARAMETER_BINDING_ID.test(id)) ||
			[...this.exceptions].some((name) => name.startsWith('ParameterBinding'))
		) {
			this.foreign = 'parameter binding';
		}
		return {
			text,
			signals: {
				errorIds: [...this.errorIds],
				codes: [...this.codes],
				exceptions: [...this.exceptions],
			},
			identifiers: this.ids.identifiers(examined),
			truncated,
			errorShaped: this.errorShaped || this.exceptions.size > 0 || hasWrapper(text),
			foreign: this.foreign,
		};
	}
}

/** Cleans a paste: decodes it, then reads it line by line (see `PasteReader`). */
export function cleanPaste(raw: string): CleanPaste {
	const { text, truncated } = decodePaste(raw);
	const reader = new PasteReader();
	for (const line of text.split('\n')) reader.read(line);
	return reader.result(text, truncated);
}
