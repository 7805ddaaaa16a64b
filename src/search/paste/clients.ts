/**
 * The noise that the programs which speak WinRM themselves (Ansible and pywinrm, Go programs such as
 * Terraform and Packer, the Ruby WinRM gem under Vagrant, Chef and Test Kitchen) and the CI systems that
 * run them put around an error. Each rule is a class of text those programs print, never one paste:
 *
 * - result JSON (Ansible's `fatal: [host]: UNREACHABLE! => {…}`), whose message fields hold the error
 *   with its escapes, and whose other fields (`"changed": false`) say nothing;
 * - Python reprs (`<urllib3.connection.HTTPSConnection object at 0x7f…>`, `u'…'`), traceback frames and the
 *   source line under each, and the "During handling of the above exception" chain sentence;
 * - Go request chains (`unknown error Post "http://h:5985/wsman": dial tcp …`), whose URL names the host;
 * - Ruby backtrace lines (`from /gems/winrm-2.3.6/lib/winrm/…rb:42:in 'call'`);
 * - log prefixes of those tools (`2020/10/12 15:07:37`, `packer.exe plugin:`, `ui error:`, `==> builder:`,
 *   Terraform's box drawing, Ansible's `<host>` column), read in clean.ts with the console's own.
 *
 * Every pattern is linear: a literal or a bounded class first, no nested repetition.
 */
import { decodeJsonEscapes } from './decode';

/**
 * JSON members whose string value is the message: `msg`, `stderr`, `module_stderr`, `exception`,
 * `message`, `reason`, `error`, `details`, `faultstring` and names ending in them.
 */
const MESSAGE_KEY =
	/^(?:\w{0,30}_)?(?:msg|message|stderr|stdout|exception|error|err|reason|details?|description|faultstring)$/i;

/** A JSON member `"key": "value"` (the value with its escapes), or `"key": true|false|null|number`. */
const JSON_MEMBER =
	/"([A-Za-z_][\w-]{0,60})"\s{0,3}:\s{0,3}(?:"((?:[^"\\]|\\.){0,20000})"|(?:true|false|null|-?\d{1,20}(?:\.\d{1,20})?)(?=\s{0,3}[,}\n]))/g;

/**
 * A paste that carries JSON members (a tool's result object, a JSON log record): each message member's
 * value, decoded, on its own lines in place of the member; every other member dropped. Text outside the
 * members (the `fatal: [host]:` prefix, braces) is left for the line reader.
 */
export function readJsonMembers(text: string): string {
	if (!/"\s{0,3}:\s{0,3}["tfn\d-]/.test(text)) return text;
	return text.replace(JSON_MEMBER, (_whole, key: string, value: string | undefined) =>
		value !== undefined && MESSAGE_KEY.test(key) ? `\n${decodeJsonEscapes(value)}\n` : ' '
	);
}

/** A Python object repr: `<urllib3.connection.HTTPSConnection object at 0x7fefb0fdf3d0>`. */
const PYTHON_REPR = /<[\w.]{1,200} object at 0x[0-9a-fA-F]{1,16}>:?/g;
/** Python 2's string prefixes in a repr: `u'http'`, `b'…'`. */
const PYTHON_PREFIX = /(?<![\w'"])[ub](?=['"])/g;
/** A request in a Go error chain: `unknown error Post "http://h:5985/wsman":`, `Post https://h/wsman:`. */
const GO_REQUEST =
	/(?:unknown error\s{1,3})?\b(?:Post|Get|Put|Delete|Head|Patch)\s{1,3}"?(https?:\/\/[^\s"]{1,300})"?:\s?/g;

/** The host of a URL, or `undefined`. */
export function urlHost(url: string): string | undefined {
	const match = /^https?:\/\/(?:[^@/\s]{1,255}@)?(\[[^\]\s]{1,60}\]|[^:/\s?#]{1,255})/i.exec(url);
	return match?.[1];
}

/** One line of a client's output without its reprs and request chains; `hosts` receives the hosts they name. */
export function withoutClientNoise(line: string, hosts: (host: string) => void): string {
	let text = line;
	if (text.includes(' object at 0x')) text = text.replace(PYTHON_REPR, ' ');
	if (/[ub]['"]/.test(text)) text = text.replace(PYTHON_PREFIX, '');
	if (/\b(?:Post|Get|Put|Delete|Head|Patch)\s/.test(text))
		text = text.replace(GO_REQUEST, (_whole, url: string) => {
			const host = urlHost(url);
			if (host) hosts(host);
			return ' ';
		});
	return text;
}

/**
 * Lines that are only machinery: Python traceback headers and frames, the chain sentence between two
 * tracebacks, Ruby backtrace lines, and Go's goroutine dumps. (A frame's source line is dropped by the
 * reader, which knows the line before it.)
 */
export const CLIENT_FRAME =
	/^(?:Traceback \(most recent call last\):|File "[^"\n]{1,500}", line \d{1,7}(?:, in \S{1,200})?$|During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:|(?:\d{1,4}: )?from \S{1,400}:\d{1,7}:in [`'‘]|\S{1,400}\.rb:\d{1,7}:in [`'‘][^'’\n]{0,200}['’]$|goroutine \d{1,9} \[)/;

/** A Python frame header: the line after it is the frame's source code, not a message. */
export const PYTHON_FRAME = /^File "[^"\n]{1,500}", line \d{1,7}/;

/**
 * A Ruby backtrace line that ends in the exception's message, `…/response_handler.rb:55:in 'raise_if_auth_error':
 * WinRM::WinRMAuthorizationError (WinRM::WinRMAuthorizationError)`: the frame part is a prefix.
 */
export const RUBY_FRAME_PREFIX =
	/^(?:\d{1,4}: )?(?:from )?\S{1,400}\.rb:\d{1,7}:in [`'‘][^'’\n]{0,200}['’]:\s?/;

/** A Ruby inspect string, `#<WinRM::WinRMAuthorizationError: message>`: a class and a message, never a tag. */
const RUBY_INSPECT = /#<([A-Z][\w:]{0,200})(?::\s?([^<>\n]{0,2000}))?>/g;

/** The line with each Ruby inspect string written out as `Class: message`, before any markup is read. */
export function withoutRubyInspects(line: string): string {
	return line.includes('#<')
		? line.replace(RUBY_INSPECT, (_whole, name: string, message: string | undefined) =>
				message ? `${name}: ${message}` : name
			)
		: line;
}

/**
 * What marks a paste as printed by each client, by the classes of noise above: Ansible's result lines and
 * transport prefixes, Python's tracebacks and module paths; Ruby's backtraces and `WinRM::` classes; Go's
 * request chains, `dial tcp` and log columns; Packer's build prefixes; PowerShell's error record.
 */
const CLIENT_MARKS: readonly (readonly [string, RegExp])[] = [
	[
		'ansible',
		/^(?:fatal|failed|ok|changed|unreachable): \[[^\]\n]{1,255}\]|UNREACHABLE! =>|Traceback \(most recent call last\)|\bwinrm\.exceptions\.|\brequests\.exceptions\.|\burllib3\b|ConnectionPool\(host=|\bpypsrp\b|\bpywinrm\b|\bansible\b|extended fault data|\[Errno -?\d{1,5}\]|^(?:basic|ntlm|kerberos|ssl|credssp|plaintext|certificate|psrp): /im,
	],
	['ruby-winrm', /\.rb:\d{1,7}:in [`'‘]|\bWinRM::|\bvagrant\b|\bkitchen\b|\bchef\b/i],
	[
		'go-winrm',
		/\bdial tcp\b|\b(?:Post|Get) "?https?:\/\/[^\s"]{0,300}\/wsman|\bhttp response error: \d{3}|^[│╷╵]|\bterraform\b|^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}/im,
	],
	['packer', /^(?:\S{0,80} )?==> [\w.-]{1,80}:|\bpacker\b/im],
	[
		'powershell',
		/CategoryInfo\s{0,20}:|FullyQualifiedErrorId\s{0,20}:|\bAt line:\d|\bPSRemoting\w{0,40}Exception|about_Remote_Troubleshooting|^[A-Z][a-z]{1,20}-[A-Z]\w{1,60}\s?:\s/m,
	],
];

/** The clients whose marks the paste carries; Packer speaks WinRM through the Go library, so it is both. */
export function clientsOf(text: string): string[] {
	const found = CLIENT_MARKS.filter(([, mark]) => mark.test(text)).map(([client]) => client);
	if (found.includes('packer') && !found.includes('go-winrm')) found.push('go-winrm');
	return found;
}

/** .NET's inner exception marker: what follows it caused what precedes it. */
export const INNER_EXCEPTION = / ---> /;
