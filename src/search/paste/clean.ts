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
import {
	CLIENT_FRAME,
	INNER_EXCEPTION,
	PYTHON_FRAME,
	clientsOf,
	RUBY_FRAME_PREFIX,
	readJsonMembers,
	withoutClientNoise,
	withoutRubyInspects,
} from './clients';
import { IdentifierCollector, type PasteIdentifiers } from './identifiers';
import { HEAD_CHARS, MAX_LINE_CHARS, SQUEEZE_CHUNK, TAIL_CHARS } from './limits';
import {
	bareCodes,
	codesIn,
	errnosIn,
	exceptionsIn,
	filesIn,
	httpStatuses,
	namesIn,
} from './tokens';
import { hasWrapper } from './wrappers';

export interface PasteSignals {
	/** Parts of `FullyQualifiedErrorId` values, e.g. `AccessDenied`, `PSSessionStateBroken`. */
	errorIds: string[];
	/** Error codes normalised to unsigned 32-bit numbers. */
	codes: number[];
	/** Exception and error classes as printed: `PSRemotingTransportException`, `InvalidCredentialsError`. */
	exceptions: string[];
	/** Symbolic names: `MI_RESULT_FAILED`, `SEC_E_WRONG_PRINCIPAL`. */
	names: string[];
	/** HTTP statuses as a client reported them: `401`. */
	http: number[];
	/** Provider libraries: `pwrshplugin.dll`. */
	files: string[];
	/** The operating system's error numbers under a client's socket error: `[Errno 111]`. */
	errnos: number[];
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
	/** The parameter names of the command lines the paste echoes, lower case, without their dash. */
	commandWords: string[];
	/** The clients whose marks the paste carries (`powershell`, `ansible`, `go-winrm`, …), none when it has none. */
	clients: string[];
	/**
	 * Errors that wrap their cause on the same line (`Outer ---> Inner` as .NET prints an inner exception):
	 * the ranges of `text` the outer and the cause stand in.
	 */
	causes: { outer: [number, number]; cause: [number, number] }[];
}

function headAndTail(text: string, head: number, tail: number): string {
	return text.length <= head + tail ? text : `${text.slice(0, head)}\n${text.slice(-tail)}`;
}

/** Line endings to `\n`, runs of spaces to one, runs of blank lines to one line break. */
function squeeze(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t\f\v]+/g, ' ')
		.replace(/ ?\n[ \n]*/g, '\n');
}

/**
 * The part of a paste that is examined: runs of blank lines and spaces squeezed first (so padding never
 * pushes the error out of reach), then at most the head and the tail of what is left. The paste is
 * squeezed a chunk at a time from each end and only until enough is read, so a paste of many megabytes
 * costs what its head and tail cost. (A run of spaces across a chunk's edge may be left as two; the
 * lines are read alike either way.)
 */
function capPaste(raw: string): { text: string; truncated: boolean } {
	let head = '';
	let front = 0;
	while (front < raw.length && head.length <= HEAD_CHARS + TAIL_CHARS) {
		head += squeeze(raw.slice(front, front + SQUEEZE_CHUNK));
		front += SQUEEZE_CHUNK;
	}
	if (front >= raw.length)
		return {
			text: headAndTail(head, HEAD_CHARS, TAIL_CHARS),
			truncated: head.length > HEAD_CHARS + TAIL_CHARS,
		};
	let tail = '';
	let back = raw.length;
	while (back > front && tail.length < TAIL_CHARS) {
		const from = Math.max(front, back - SQUEEZE_CHUNK);
		tail = squeeze(raw.slice(from, back)) + tail;
		back = from;
	}
	return { text: `${head.slice(0, HEAD_CHARS)}\n${tail.slice(-TAIL_CHARS)}`, truncated: true };
}

/**
 * The cmdlet that printed an error, before it: `Enter-PSSession : ` or `Enter-PSSession: `. It is kept
 * in the text (the guide quotes some messages with it, as `Import-Module: File <filename> …`) while
 * the prefixes after it are read.
 */
export const CMDLET_PREFIX = /^[A-Z][A-Za-z]*-[A-Z][A-Za-z0-9]*\s?:\s/;

const LOG_LEVEL = /^(?:error|warning|warn|fatal|exception|verbose|debug|info)\s*[:|]\s*/i;
const CATEGORY = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+:\s/;
/**
 * Prefixes that are words a message may begin with (`Error: Invalid use of command line.`, as winrm.cmd
 * prints it): read apart like any prefix, then put back before the message text, so that a paste of a
 * message word for word is that message.
 */
const WORD_PREFIXES = new Set([LOG_LEVEL, CATEGORY]);

// Prefixes stripped from the start of a line, repeatedly, in any order.
const LINE_PREFIXES: RegExp[] = [
	/^\s+/,
	/^>+ ?/, // Markdown and e-mail quotes
	/^[-*•]\s+/, // list bullets
	/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\s*/, // ISO timestamps
	/^\d{4}\/\d{2}\/\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\s*/, // Go's log package (Packer, Terraform)
	/^\[\d{4}-\d{2}-\d{2}[^\]\n]{0,40}\]\s*/, // bracketed timestamps
	/^\[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\]?\s+/, // clock times
	// Ansible's task result, before the log levels it shares `fatal:` with; its host is read as a computer below.
	/^(?:fatal|failed|changed|ok|skipping|unreachable): (?=\[)/i,
	/^(?:UNREACHABLE|FAILED)!\s*=>\s*/,
	/^##\[[a-z]+\]/i, // Azure Pipelines
	/^::(?:error|warning|notice)[^:\n]{0,200}::/i, // GitHub Actions
	/^\[(?:error|warn|warning|info|debug|trace|verbose|fatal|err|critical)\]\s*/i,
	LOG_LEVEL, // log levels and `ERROR:` as the guide quotes it
	/^[\w.-]{1,100} plugin:\s/, // Packer's plug-in log column
	/^[\w.-]{1,100}:\s(?=\d{4}\/\d{2}\/\d{2}[ T]\d{2}:)/, // a program's log column before Go's timestamp: `packer-builder-qemu: 2015/07/13 …`
	/^ui(?: error)?:\s/, // Packer's user-interface log column
	/^==>\s?[\w.-]{1,80}:\s?/, // Packer and Vagrant build output: `==> amazon-ebs:`
	/^[│╷╵]\s?/, // Terraform's diagnostic box
	RUBY_FRAME_PREFIX, // a Ruby backtrace line that ends in the message
	// The transport a WinRM client used, before its error: Ansible's `ntlm: the specified credentials…`.
	/^(?:basic|ntlm|kerberos|ssl|credssp|plaintext|negotiate|certificate|psrp):\s(?=\S)/i,
	/^\d+\s*\|\s?/, // PowerShell 7 "Line |" gutter with a line number
	/^\|\s?/, // PowerShell 7 gutter
	CATEGORY, // PowerShell 7 concise view category: `OpenError: `
];

const HOST_PREFIX = /^\[([^\]\s]{1,255})\]\s*:?\s*/;
/** Ansible's verbose column, `<10.0.0.5> WINRM CONNECTION ERROR: …`: the host the line is about. */
const ANGLE_HOST = /^<([\w.:-]{1,255})>\s+/;
const POSITION_LINE =
	/^(?:At (?:line:\d+|char:\d+|[^\n]{1,300}:\d+) char:\d+|Line \|$|~+$|\+\s*~+\s*$)/;
const DETAIL_LINE =
	/^\+?\s*(CategoryInfo|FullyQualifiedErrorId|PSComputerName|ErrorCode|ErrorDetails|TargetObject|Exception|InvocationInfo|ScriptStackTrace|PipelineIterationInfo|HResult|Message|ErrorRecord|InnerException|StackTrace|Source|TargetSite)\s*:\s?(.*)$/;
const ECHOED_COMMAND =
	/^(?:\+\s|PS [^\n>]{0,260}>\s?|\[[^\]\n]{1,255}\]: PS [^\n>]{0,260}>\s?|\d+\s*\|\s|>>> |\.\.\. |In \[\d{1,5}\]: |\$ |\[[^\]\n]{1,255}\][$#] |[\w.-]{1,64}@[\w.-]{1,255}(?::[^\s$#]{0,200})?[$#] )/;
/**
 * A command line without its prompt (a custom prompt, a quote, a script): a cmdlet followed by a parameter,
 * or an assignment. A message names its command with a colon (`Enter-PSSession : …`), a command line never.
 */
const COMMAND_LINE = /^(?:[A-Z][a-z]+-[A-Z][A-Za-z0-9]*\s+-[A-Za-z]|\$[\w:]{1,100}\s*=\s)/;
const STACK_FRAME = /^(?:at [\w.`<>[\]$]+[.(]|--- End of)/;
const XML_TAG = /<\/?[A-Za-z_][\w:.-]{0,80}(?:\s[^<>]{0,1000})?\/?>/g;

// Prefixes that frame an error (as opposed to quoting, bullets and timestamps, which frame any text);
// the cmdlet and `[host]` prefixes, read apart, frame one too.
const FRAMING_PREFIX =
	/^(?:##\[|::(?:error|warning)|\[(?:error|err|fatal)\]|(?:error|fatal|exception)\s*[:|]|(?:fatal|failed|unreachable): \[|[A-Z][a-z]+(?:[A-Z][a-z]+)+Error:\s|ui error:|[│╷╵])/i;

// Another tool's failure that quotes whatever text it was given: PowerShell's parameter binder and Pester.
const PARAMETER_BINDING =
	/^(?:Cannot bind parameter '|Cannot bind argument to parameter '|A parameter cannot be found that matches parameter name '|Cannot validate argument on parameter '|Missing an argument for parameter '|Cannot process argument transformation on parameter '|Parameter set cannot be resolved using the specified named parameters\.)/;
const PARAMETER_BINDING_ID =
	/^(?:ParameterBindingFailed|ParameterArgumentValidationError|NamedParameterNotFound|PositionalParameterNotFound|MissingArgument|ParameterArgumentTransformationError|AmbiguousParameterSet|CannotConvertArgumentNoMessage)$/;
const PESTER_FAILURE =
	/^\[-\] |\bExpected\b.{0,400}, but (?:got|was)\b|\bExpected strings to be the same\b/;

// A line led by an error or exception type, as other tools print them: `winrm.exceptions.InvalidCredentialsError: …`.
const ERROR_NAME = /^(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Za-z_]\w{0,80}(?:Error|Exception|Fault):\s/;
// Python's repr of an exception, as a client's tuple prints it: `error(104, …)`, `NewConnectionError('…`.
const PYTHON_EXCEPTION = /\b(?:[A-Z]\w{0,80}(?:Error|Exception)|error)\((?:["'(]|-?\d)/;
// PowerShell's and Windows' messages name what they failed on in single quotes and say what went wrong:
// "The term 'Get-ADUser' is not recognized", "Cannot find path 'C:\x'", "The property 'Name' cannot be
// found". A statement with both is a message, even cut short; a question (`how do I …`, `…?`) is not.
const QUOTED_NAME = /'[^'\s][^'\n]{0,200}'/;
const FAILURE_WORD = /\b(?:not|cannot|unable|failed|denied|invalid)\b/i;
/** Words that open a reader's question ("how do I …", "is it …"); "could not …" opens a message instead. */
export const QUESTION_OPENERS = [
	'how',
	'why',
	'what',
	'where',
	'when',
	'which',
	'who',
	'can',
	'could',
	'does',
	'do',
	'did',
	'is',
	'should',
	'would',
	'will',
];
const QUESTION = new RegExp(
	`^\\s*(?:${QUESTION_OPENERS.join('|')})\\b(?!\\s+not\\b)|\\?\\s*$`,
	'i'
);
/** Only a line's start is read for the message shape: a message says what failed in its first sentences. */
const MESSAGE_SHAPE_CHARS = 1_000;

interface LineResult {
	/** The cmdlet prefix and the word prefixes the line began with, if any (kept for the message text). */
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
	let lead = '';
	let framed = false;
	for (let round = 0; round < 12; round++) {
		const before = current;
		for (const prefix of LINE_PREFIXES) {
			const next = current.replace(prefix, '');
			if (next === current) continue;
			if (FRAMING_PREFIX.test(current.trimStart())) framed = true;
			if (WORD_PREFIXES.has(prefix)) lead += current.slice(0, current.length - next.length);
			current = next;
		}
		const cmdlet = command === '' ? CMDLET_PREFIX.exec(current) : null;
		if (cmdlet) {
			command = cmdlet[0];
			current = current.slice(cmdlet[0].length);
			framed = true;
		}
		const host = HOST_PREFIX.exec(current) ?? ANGLE_HOST.exec(current);
		if (host) {
			ids.computer(host[1]!);
			current = current.slice(host[0].length);
			framed = true;
		}
		if (current === before) break;
	}
	return { command: lead + command, line: current, framed };
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

/** The examined part of a paste with the wrappers it arrived in (JSON strings, HTML entities) undone. */
function decodePaste(raw: string): { text: string; truncated: boolean } {
	const capped = capPaste(raw);
	// A tool's result object first: its message members are decoded one by one, escapes and all.
	let text = readJsonMembers(normalizeCharacters(capped.text));
	if (looksJsonEscaped(text)) text = decodeJsonEscapes(text);
	if (/&(?:#x?[0-9a-f]{1,6}|[a-z]{2,6});/i.test(text)) text = decodeHtmlEntities(text);
	return { text: normalizeCharacters(text), truncated: capped.truncated };
}

function isQuotedFailure(line: string): boolean {
	return QUOTED_NAME.test(line) && FAILURE_WORD.test(line) && !QUESTION.test(line);
}

/** pywinrm's fault details after the fault's reason: `(extended fault data: {…})`, read for its codes only. */
const EXTENDED_FAULT_DATA = /\(extended fault data: \{[^}\n]{0,2000}\}\)/g;
/** Python's connection pool repr names the host and port: `HTTPSConnectionPool(host='srv', port=5986)`. */
const POOL_HOST = /\bhost=['"]([^'"\s]{1,255})['"](?:,\s?port=(\d{1,5}))?/g;

/** What reading the lines of one paste collects; each `read…` step handles one class of line. */
class PasteReader {
	readonly ids = new IdentifierCollector();
	readonly errorIds = new Set<string>();
	readonly codes = new Set<number>();
	readonly exceptions = new Set<string>();
	readonly names = new Set<string>();
	readonly http = new Set<number>();
	readonly files = new Set<string>();
	readonly errnos = new Set<number>();
	readonly kept: string[] = [];
	readonly commandWords = new Set<string>();
	errorShaped = false;
	foreign: CleanPaste['foreign'];
	/** The line after a Python frame header is that frame's source code. */
	private sourceLineNext = false;
	/** Kept lines (by index) of an outer error and of the cause it wraps. */
	private readonly causeLines: { outer: [number, number]; cause: [number, number] }[] = [];

	read(whole: string): void {
		const parts = whole.includes(' ---> ') ? whole.split(INNER_EXCEPTION) : [whole];
		let outer: [number, number] | undefined;
		for (const part of parts.slice(0, 8)) {
			const before = this.kept.length;
			this.readLine(part);
			if (this.kept.length === before) continue;
			const lines: [number, number] = [before, this.kept.length];
			if (outer) this.causeLines.push({ outer, cause: lines });
			outer = lines;
		}
	}

	private readLine(whole: string): void {
		let line = whole.slice(0, MAX_LINE_CHARS);
		if (line.trim() === '') return;
		if (line.includes('<')) line = this.readXml(withoutRubyInspects(line));
		const trimmed = line.trim();
		if (this.sourceLineNext) {
			this.sourceLineNext = false;
			if (!CLIENT_FRAME.test(trimmed) && !ERROR_NAME.test(trimmed)) return;
		}
		if (CLIENT_FRAME.test(trimmed)) {
			this.errorShaped = true;
			this.sourceLineNext = PYTHON_FRAME.test(trimmed);
			return;
		}
		if (ECHOED_COMMAND.test(trimmed) && !DETAIL_LINE.test(trimmed)) {
			this.readCommand(trimmed);
			return;
		}
		const { command, line: rest, framed } = stripLinePrefixes(line, this.ids);
		if (framed) this.errorShaped = true;
		if (rest === '') return;
		if (POSITION_LINE.test(rest) || STACK_FRAME.test(rest) || CLIENT_FRAME.test(rest)) {
			this.errorShaped = true;
			return;
		}
		if (command === '' && COMMAND_LINE.test(rest)) {
			this.readCommand(rest);
			return;
		}
		const detail = DETAIL_LINE.exec(rest);
		if (detail) this.readDetail(detail[1]!, detail[2] ?? '');
		else this.readMessage(command + rest);
	}

	/** An echoed command line: the reader's values from its parameters, and the parameters' names. */
	private readCommand(line: string): void {
		this.ids.scanCommand(line);
		for (const match of line.matchAll(/(?<=\s)-([A-Za-z][A-Za-z0-9]{2,40})\b/g))
			this.commandWords.add(match[1]!.toLowerCase());
	}

	/** XML (WSManFault, SOAP faults): codes and machines from attributes, then only the text content. */
	private readXml(line: string): string {
		for (const match of line.matchAll(/\bCode="(-?\d{1,10}|0x[0-9a-fA-F]{1,8})"/g)) {
			for (const code of codesIn(match[0])) this.codes.add(code);
			this.errorShaped = true;
		}
		for (const match of line.matchAll(/\bMachine="([^"]{1,255})"/g)) this.ids.machine(match[1]!);
		return line.replace(XML_TAG, ' ');
	}

	/** The identifiers that stand in a line of text (see `tokens.ts`). */
	private readIdentifiers(text: string): void {
		for (const code of codesIn(text)) this.codes.add(code);
		for (const name of exceptionsIn(text)) this.exceptions.add(name);
		for (const name of namesIn(text)) this.names.add(name);
		for (const status of httpStatuses(text)) this.http.add(status);
		for (const file of filesIn(text)) this.files.add(file);
		for (const errno of errnosIn(text)) this.errnos.add(errno);
	}

	/** `+ CategoryInfo : …`, `FullyQualifiedErrorId : …` and the keys of `$Error[0] | Format-List`. */
	private readDetail(key: string, value: string): void {
		this.errorShaped = true;
		this.readIdentifiers(value);
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
	private readMessage(raw: string): void {
		let line = withoutClientNoise(raw, (host) => this.ids.computer(host));
		// A client's request chain or object repr frames an error as a prefix does.
		if (line !== raw) this.errorShaped = true;
		if (line.includes('extended fault data'))
			line = line.replace(EXTENDED_FAULT_DATA, (data) => {
				this.readIdentifiers(data);
				return ' ';
			});
		if (line.includes('host='))
			for (const match of line.matchAll(POOL_HOST)) {
				this.ids.computer(match[1]!);
				if (match[2]) this.ids.port(match[2]);
			}
		if (
			ERROR_NAME.test(line) ||
			PYTHON_EXCEPTION.test(line) ||
			isQuotedFailure(line.slice(0, MESSAGE_SHAPE_CHARS))
		)
			this.errorShaped = true;
		this.readIdentifiers(line);
		addErrorIdTuples(line, this.errorIds);
		if (/remote server/i.test(line)) {
			for (const match of line.matchAll(/Connecting to remote server (\S{1,255}) failed/gi))
				this.ids.computer(match[1]!);
		}
		if (PARAMETER_BINDING.test(line)) this.foreign = 'parameter binding';
		else if (PESTER_FAILURE.test(line)) this.foreign ??= 'Pester test';
		this.ids.scanFreeText(line);
		if (line.trim() !== '') this.kept.push(line);
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
		// A paste of nothing but codes is a reader looking one up.
		const looked = this.codes.size === 0 ? bareCodes(examined) : undefined;
		const starts: number[] = [];
		let offset = 0;
		for (const line of this.kept) {
			starts.push(offset);
			offset += line.length + 1;
		}
		const range = ([from, to]: [number, number]): [number, number] => [
			starts[from]!,
			starts[to - 1]! + this.kept[to - 1]!.length,
		];
		for (const code of looked ?? []) this.codes.add(code);
		return {
			text,
			signals: {
				errorIds: [...this.errorIds],
				codes: [...this.codes],
				exceptions: [...this.exceptions],
				names: [...this.names],
				http: [...this.http],
				files: [...this.files],
				errnos: [...this.errnos],
			},
			identifiers: this.ids.identifiers(examined),
			truncated,
			errorShaped:
				this.errorShaped ||
				this.exceptions.size > 0 ||
				this.names.size > 0 ||
				this.http.size > 0 ||
				looked !== undefined ||
				hasWrapper(text),
			foreign: this.foreign,
			commandWords: [...this.commandWords],
			clients: clientsOf(examined),
			causes: this.causeLines.map(({ outer, cause }) => ({
				outer: range(outer),
				cause: range(cause),
			})),
		};
	}
}

/** Cleans a paste: decodes it, then reads it line by line (see `PasteReader`). */
export function cleanPaste(raw: string): CleanPaste {
	const { text, truncated } = decodePaste(raw);
	const reader = new PasteReader();
	// A line printed again (a retry loop, a repeated log line) says nothing new: it is read once.
	const seen = new Set<string>();
	for (const line of text.split('\n')) {
		if (seen.has(line)) continue;
		seen.add(line);
		reader.read(line);
	}
	return reader.result(text, truncated);
}
