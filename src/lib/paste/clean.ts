/**
 * Takes a raw paste apart by the classes of noise consoles and tools wrap an error in, and returns
 * the message text that is left, the language-independent signals (error ids, codes, exception types)
 * and the user's own identifiers. Nothing here knows any particular message: it only knows the shapes
 * of prefixes, position lines, category lines, XML, log markers and wrappers.
 */
import { decodeHtmlEntities, decodeJsonEscapes, looksJsonEscaped, normalizeCharacters } from './decode';
import { IdentifierCollector, type PasteIdentifiers } from './identifiers';
import { HARD_CHARS, HEAD_CHARS, MAX_LINE_CHARS, TAIL_CHARS } from './limits';
import { normalizeCode } from '../signals';

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
	/^[A-Z][A-Za-z]*-[A-Z][A-Za-z0-9]*\s?:\s/, // cmdlet prefix: `Enter-PSSession : ` or `Enter-PSSession: `
	/^[A-Z][a-z]+(?:[A-Z][a-z]+)+:\s/, // PowerShell 7 concise view category: `OpenError: `
];

const HOST_PREFIX = /^\[([^\]\s]{1,255})\]\s*:?\s*/;
const POSITION_LINE = /^(?:At (?:line:\d+|char:\d+|[^\n]{1,300}:\d+) char:\d+|Line \|$|~+$|\+\s*~+\s*$)/;
const DETAIL_LINE = /^\+?\s*(CategoryInfo|FullyQualifiedErrorId|PSComputerName|ErrorCode|ErrorDetails|TargetObject|Exception|InvocationInfo|ScriptStackTrace|PipelineIterationInfo|HResult|Message|ErrorRecord|InnerException|StackTrace|Source|TargetSite)\s*:\s?(.*)$/;
const ECHOED_COMMAND = /^(?:\+\s|PS [^\n>]{0,260}>\s?|\[[^\]\n]{1,255}\]: PS [^\n>]{0,260}>\s?|\d+\s*\|\s)/;
const STACK_FRAME = /^(?:at [\w.`<>[\]$]+[.(]|--- End of)/;
const XML_TAG = /<\/?[A-Za-z_][\w:.-]{0,80}(?:\s[^<>]{0,1000})?\/?>/g;

/**
 * Strips a line's console and log prefixes (the same rules apply to the content's own wordings, so
 * `Import-Module: File …` and a pasted `Import-Module : File …` compare equal); reports a `[host]`
 * prefix as a computer.
 */
export function stripLinePrefixes(line: string, ids?: IdentifierCollector): string {
	let current = line;
	for (let round = 0; round < 12; round++) {
		const before = current;
		for (const prefix of LINE_PREFIXES) current = current.replace(prefix, '');
		const host = HOST_PREFIX.exec(current);
		if (host) {
			ids?.computer(host[1]!);
			current = current.slice(host[0].length);
		}
		if (current === before) break;
	}
	return current;
}

function addCodes(text: string, codes: Set<number>): void {
	if (!/\d/.test(text)) return;
	for (const match of text.matchAll(/\b(?:code|errorcode|error code|error number|hresult|error)\s*[:=#]?\s*["']?(-?\d{1,10}|0x[0-9a-f]{1,8})\b/gi)) {
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
	for (const match of text.matchAll(/(?<![\w,.])[A-Z][A-Za-z0-9]{2,80}(?:,[A-Za-z][\w.]{2,120})+(?![\w,])/g)) {
		for (const part of match[0].split(',')) errorIds.add(part);
	}
}

function addExceptions(text: string, exceptions: Set<string>): void {
	if (!text.includes('Exception')) return;
	for (const match of text.matchAll(/\b([A-Z][A-Za-z0-9]{0,80}Exception)\b/g)) exceptions.add(match[1]!);
}

export function cleanPaste(raw: string): CleanPaste {
	const capped = capPaste(raw);
	let text = normalizeCharacters(capped.text);
	if (looksJsonEscaped(text)) text = decodeJsonEscapes(text);
	if (/&(?:#x?[0-9a-f]{1,6}|[a-z]{2,6});/i.test(text)) text = decodeHtmlEntities(text);
	text = normalizeCharacters(text);

	const ids = new IdentifierCollector();
	const errorIds = new Set<string>();
	const codes = new Set<number>();
	const exceptions = new Set<string>();
	const kept: string[] = [];

	const lines = text.split('\n');
	for (const whole of lines) {
		let line = whole.slice(0, MAX_LINE_CHARS);
		if (line.trim() === '') continue;

		// XML (WSManFault, SOAP faults): codes and machines from attributes, then only the text content.
		if (line.includes('<')) {
			for (const match of line.matchAll(/\bCode="(-?\d{1,10}|0x[0-9a-fA-F]{1,8})"/g)) {
				const code = normalizeCode(match[1]!);
				if (code !== undefined) codes.add(code);
			}
			for (const match of line.matchAll(/\bMachine="([^"]{1,255})"/g)) ids.computer(match[1]!);
			line = line.replace(XML_TAG, ' ');
		}

		const trimmed = line.trim();
		if (ECHOED_COMMAND.test(trimmed) && !DETAIL_LINE.test(trimmed)) {
			ids.scanCommand(trimmed);
			continue;
		}
		line = stripLinePrefixes(line, ids);
		if (line === '' || POSITION_LINE.test(line) || STACK_FRAME.test(line)) continue;

		const detail = DETAIL_LINE.exec(line);
		if (detail) {
			const [, key, value = ''] = detail;
			addExceptions(value, exceptions);
			addCodes(value, codes);
			if (key === 'FullyQualifiedErrorId') {
				for (const part of value.split(',')) if (/^[A-Za-z][\w.]{0,120}$/.test(part.trim())) errorIds.add(part.trim());
			} else if (key === 'CategoryInfo') {
				// The target is the computer only when the failure is a remoting one; otherwise it may be a file or a command.
				const target = /\(([^():\s]{1,255}):String\)/.exec(value);
				if (target && /PSRemoting|RemoteRunspace/.test(value)) ids.computer(target[1]!);
			} else if (key === 'PSComputerName') {
				ids.computer(value);
			} else if (key === 'Exception' || key === 'Message' || key === 'ErrorRecord' || key === 'ErrorDetails') {
				// `$Error[0] | Format-List` puts the message itself after these keys.
				const message = value.replace(/^[\w.]{1,200}Exception:\s*/, '');
				if (message.trim()) kept.push(message);
			}
			continue;
		}

		addCodes(line, codes);
		addExceptions(line, exceptions);
		addErrorIdTuples(line, errorIds);
		if (/remote server/i.test(line)) {
			for (const match of line.matchAll(/Connecting to remote server (\S{1,255}) failed/gi)) ids.computer(match[1]!);
		}
		ids.scanFreeText(line);
		kept.push(line);
	}

	return {
		text: kept.join('\n'),
		signals: { errorIds: [...errorIds], codes: [...codes], exceptions: [...exceptions] },
		identifiers: ids.found,
		truncated: capped.truncated,
	};
}
