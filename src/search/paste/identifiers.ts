/**
 * The user's own values found in a paste: computer names, IP addresses, domains, users, file paths and
 * ports. They are kept aside (never matched as message text) so that fixes can show the reader's own
 * values in their commands. A value is kept only when it is valid for its kind and is the reader's:
 * never a command name, a version number, a piece of a file path, a placeholder or masked text, a path
 * cut at a space, or the local computer where the command needs the remote one. Each of those is a
 * class below, not a list of strings seen once.
 */
import { MAX_VALUES_PER_KIND } from '../tuning';

export interface PasteIdentifiers {
	hosts: string[];
	ips: string[];
	domains: string[];
	users: string[];
	paths: string[];
	ports: string[];
}

export function emptyIdentifiers(): PasteIdentifiers {
	return { hosts: [], ips: [], domains: [], users: [], paths: [], ports: [] };
}

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
// Words that sit where a host name would but are not one.
const NOT_HOSTS = new Set(['string', 'null', 'true', 'false', 'error', 'warning']);

export function isIpv4(value: string): boolean {
	return IPV4.test(value);
}

/** A computer name or FQDN: labels of letters, digits and inner hyphens, not all digits. */
export function isHostName(value: string): boolean {
	if (value.length === 0 || value.length > 253 || NOT_HOSTS.has(value.toLowerCase())) return false;
	const labels = value.split('.');
	return labels.every((label) => HOST_LABEL.test(label)) && !/^[\d.]+$/.test(value);
}

/** A DNS domain: at least two labels, the last one alphabetic. */
export function isDomainName(value: string): boolean {
	const labels = value.split('.');
	return labels.length >= 2 && isHostName(value) && /^[A-Za-z]{2,63}$/.test(labels.at(-1)!);
}

/** `DOMAIN\user` with a NetBIOS or DNS domain and a SAM account name. */
export function isDomainUser(value: string): boolean {
	const [domain, user, ...rest] = value.split('\\');
	return (
		rest.length === 0 &&
		domain !== undefined &&
		user !== undefined &&
		/^[A-Za-z0-9][A-Za-z0-9.-]{0,62}$/.test(domain) &&
		/^[A-Za-z0-9][\w.$-]{0,63}$/.test(user) &&
		!/^[A-Za-z]$/.test(domain)
	);
}

export function isPort(value: string): boolean {
	if (!/^\d{1,5}$/.test(value)) return false;
	const port = Number(value);
	return port >= 1 && port <= 65535;
}

/** A Windows file path below a drive or a UNC share, without the characters Windows forbids in names. */
export function isWindowsPath(value: string): boolean {
	return (
		/^(?:[A-Za-z]:\\|\\\\[^\\/:*?"<>|\s]+\\)[^/:*?"<>|\r\n]+$/.test(value) && value.length <= 260
	);
}

// PowerShell's approved verbs (Get-Verb): `Verb-Noun` with one of them is a command, not a computer.
const APPROVED_VERBS = new Set(
	'Add Approve Assert Backup Block Build Checkpoint Clear Close Compare Complete Compress Confirm Connect Convert ConvertFrom ConvertTo Copy Debug Deny Deploy Disable Disconnect Dismount Edit Enable Enter Exit Expand Export Find Format Get Grant Group Hide Import Initialize Install Invoke Join Limit Lock Measure Merge Mount Move New Open Optimize Out Ping Pop Protect Publish Push Read Receive Redo Register Remove Rename Repair Request Reset Resize Resolve Restart Restore Resume Revoke Save Search Select Send Set Show Skip Split Start Step Stop Submit Suspend Switch Sync Test Trace Unblock Undo Uninstall Unlock Unprotect Unpublish Unregister Update Use Wait Watch Write'.split(
		' '
	)
);

/** `Stop-DbaService`, `Get-ADUser`: an approved verb and a capitalised noun in mixed case. */
export function isCommandName(value: string): boolean {
	const match = /^([A-Z][a-z]+(?:[A-Z][a-z]+)?)-([A-Z][A-Za-z0-9]*)$/.exec(value);
	return match !== null && APPROVED_VERBS.has(match[1]!) && /[a-z]/.test(match[2]!);
}

// Labels people put where a name goes when they hide theirs or copy a template: `ServerName`,
// `SERVER.FQDN`, `yourdomain.com`, `DOMAIN\username`.
const GENERIC_LABELS = new Set(
	'server servername computer computername host hostname machine machinename remotecomputer remotehost remoteserver remotemachine targetserver target fqdn yourserver myserver domain domainname yourdomain mydomain ipaddress ip user username youruser myuser account accountname'.split(
		' '
	)
);
/** A label of only mask characters (`xxx`, `XX`, `***`, `##`), or masked digits (`x1`, `1xx`). */
const MASKED_LABEL = /^(?:[xX*#?]+|[xX*]+\d+|\d+[xX*]+)$/;

/**
 * A placeholder or masked value: any label masked (`xxx.xx.4.128`), or every label generic apart from a
 * final top-level domain (`SERVER.FQDN`, `yourdomain.com`).
 */
export function isPlaceholder(value: string): boolean {
	const labels = value.split(/[.\\@]/).filter((label) => label !== '');
	if (labels.length === 0 || labels.some((label) => MASKED_LABEL.test(label))) return true;
	const named =
		labels.length > 1 &&
		value.includes('.') &&
		/^[A-Za-z]{2,6}$/.test(labels.at(-1)!) &&
		!GENERIC_LABELS.has(labels.at(-1)!.toLowerCase())
			? labels.slice(0, -1)
			: labels;
	return named.every((label) => GENERIC_LABELS.has(label.toLowerCase()));
}

/** The computer the command runs on, by name or address: never a value for a remote computer. */
export function isLocalComputer(value: string): boolean {
	const lower = value.toLowerCase();
	return (
		lower === 'localhost' ||
		lower === '.' ||
		lower === '::1' ||
		lower.startsWith('localhost.') ||
		/^127\./.test(lower)
	);
}

/**
 * An IPv4 address that can be a computer's: not `0.x`, not loopback, not multicast or reserved, and not
 * ending in `.0` or `.255` (a network or broadcast address, and the shape of versions such as 5.7.0.0).
 */
export function isHostAddress(value: string): boolean {
	if (!isIpv4(value)) return false;
	const octets = value.split('.').map(Number);
	return (
		octets[0] !== 0 && octets[0] !== 127 && octets[0]! < 224 && octets[3] !== 0 && octets[3] !== 255
	);
}

/** Whether a computer value is the reader's remote computer rather than a command, a mask or this computer. */
function isRemoteComputer(value: string): boolean {
	return !isCommandName(value) && !isPlaceholder(value) && !isLocalComputer(value);
}

// Commands that configure the computer they run on: the `Machine=` of their faults is that computer.
const LOCAL_CONFIGURATION =
	/\b(?:Set-WSManQuickConfig|Enable-PSRemoting|Disable-PSRemoting|(?:Register|Set|Unregister)-PSSessionConfiguration|winrm(?:\.cmd)?\s+(?:quickconfig|qc))\b/i;
// File name extensions that end a path segment, never a user name (`system32\WsmSvc.dll`).
const FILE_EXTENSION =
	/\.(?:dll|exe|sys|ps1|psm1|psd1|ps1xml|txt|log|xml|json|config|ini|msi|cmd|bat|vbs|cab|inf|mof|cer|pfx)$/i;
// A version beside an address-shaped number: `version 5.7.0.0`, `v5.1.0.1`, `ModuleVersion = 1.2.3.4`.
const VERSION_BEFORE = /(?:version|ver|v)\s*[:=]?\s*['"]?$/i;

/** The run of characters around `[start, end)` up to whitespace or a quote: the token a match stands in. */
function tokenAround(line: string, start: number, end: number): string {
	let from = start;
	let to = end;
	while (from > 0 && !/[\s"'<>(),;]/.test(line[from - 1]!)) from--;
	while (to < line.length && !/[\s"'<>(),;]/.test(line[to]!)) to++;
	return line.slice(from, to).replace(/[.,:;]+$/, '');
}

/**
 * Paths in a line. A quoted path is taken whole; an unquoted one runs to the next space unless the next
 * word goes on with the path (`C:\Program Files\…`, `\Remote Tools.psm1`). An unquoted path that stops
 * before a capitalised word may be cut at a space (`C:\Program` of `C:\Program Files`), so it is left out.
 */
function pathsIn(line: string): string[] {
	const found: string[] = [];
	for (const match of line.matchAll(
		/(["'])((?:[A-Za-z]:\\|\\\\[\w.$-]{1,64}\\)[^"'\r\n]{0,240})\1/g
	))
		found.push(match[2]!);
	const unquoted = line.replace(/(["'])(?:[A-Za-z]:\\|\\\\)[^"'\r\n]{0,240}\1/g, ' ');
	for (const match of unquoted.matchAll(
		/(?<![\w\\])(?:[A-Za-z]:\\|\\\\[\w.$-]{1,64}\\)[^\s"'<>|*?]{0,240}(?: [^\s"'<>|*?\\]{1,64}(?:\\[^\s"'<>|*?]{0,200}|\.(?:psm1|psd1|ps1|dll|exe|log|txt|xml|json)\b))*/g
	)) {
		const rest = unquoted.slice(match.index + match[0].length);
		if (/^ [A-Z][a-z]/.test(rest) && !FILE_EXTENSION.test(match[0].replace(/[.,;:]+$/, '')))
			continue;
		found.push(match[0]);
	}
	return found;
}

/**
 * The line without the term PowerShell failed to run, wherever it stands: that term is the command
 * line cut at its first space (`C:\Program : The term 'C:\Program' is not recognized…`), not a path.
 */
function withoutFailedTerm(line: string): string {
	const term = /\bThe term '([^'\n]{1,260})' is not recognized/i.exec(line)?.[1];
	return term === undefined ? line : line.split(term).join(' ');
}

// The prompt of an echoed command (`PS C:\Users\jo>`): its folder is where the reader stood, not a value.
const PROMPT = /^(?:\[[^\]\n]{1,255}\]: )?PS [^\n>]{0,260}>\s?/;

/** Collects identifiers, deduplicated case-insensitively, in the order they are found. */
export class IdentifierCollector {
	private readonly found = emptyIdentifiers();
	private readonly seen = new Set<string>();
	/** `Machine=` attributes of WSMan faults: the remote computer, unless the command configures this one. */
	private readonly machines: string[] = [];

	private add(kind: keyof PasteIdentifiers, value: string): void {
		const key = `${kind}:${value.toLowerCase()}`;
		if (this.seen.has(key) || this.found[kind].length >= MAX_VALUES_PER_KIND) return;
		this.seen.add(key);
		this.found[kind].push(value);
	}

	/** A value that names the remote computer: an IP address or a host name, with its domain if it has one. */
	computer(raw: string): void {
		// Only sentence punctuation is trimmed: a name with quotes or semicolons in it is not a name.
		const value = raw.trim().replace(/[.,]+$/, '');
		if (!isRemoteComputer(value)) return;
		if (isIpv4(value)) {
			if (isHostAddress(value)) this.add('ips', value);
		} else if (isHostName(value)) {
			this.add('hosts', value);
			const dot = value.indexOf('.');
			const domain = value.slice(dot + 1);
			if (dot > 0 && isDomainName(domain) && !isPlaceholder(domain))
				this.add('domains', domain.toLowerCase());
		}
	}

	/** The `Machine=` of a WSMan fault, decided once the whole paste is read (see `identifiers`). */
	machine(raw: string): void {
		this.machines.push(raw);
	}

	user(raw: string): void {
		const value = raw.trim();
		if (isDomainUser(value) && !isPlaceholder(value) && !FILE_EXTENSION.test(value))
			this.add('users', value);
	}

	path(raw: string): void {
		const value = raw.trim().replace(/[.,;:'"]+$/, '');
		if (isWindowsPath(value)) this.add('paths', value);
	}

	port(raw: string): void {
		if (isPort(raw)) this.add('ports', String(Number(raw)));
	}

	/** Values that stand anywhere in a line: IP addresses, DOMAIN\user and file paths. */
	scanFreeText(line: string): void {
		// Cheap checks first: most lines of a long log hold none of these, and skip the patterns entirely.
		if (/\d\.\d/.test(line)) {
			for (const match of line.matchAll(/(?<![\w.\\/-])\d{1,3}(?:\.\d{1,3}){3}(?![\w.\\/-])/g)) {
				if (!VERSION_BEFORE.test(line.slice(Math.max(0, match.index - 16), match.index)))
					this.computer(match[0]);
			}
		}
		if (!line.includes('\\')) return;
		for (const match of line.matchAll(
			/(?<![\w:\\.%-])[A-Za-z0-9][\w.-]{0,62}\\[A-Za-z0-9][\w.$-]{0,63}(?![\\\w])/g
		)) {
			// Only a token that is all `DOMAIN\user` is a user: inside a longer path it is two folders.
			if (tokenAround(line, match.index, match.index + match[0].length) === match[0])
				this.user(match[0]);
		}
		for (const path of pathsIn(withoutFailedTerm(line))) this.path(path);
	}

	/** Values named by the parameters of an echoed command line. */
	scanCommand(line: string): void {
		for (const match of line.matchAll(
			/-(?:ComputerName|cn|HostName|Cn)\s+(?:@\()?["']?([^\s"',;()]+)/gi
		))
			this.computer(match[1]!);
		for (const match of line.matchAll(
			/\b(?:Enter|New)-PSSession\s+["']?([A-Za-z0-9][^\s"',;()]*)/gi
		)) {
			if (!match[1]!.startsWith('-')) this.computer(match[1]!);
		}
		for (const match of line.matchAll(/-Credential\s+["']?([^\s"',;()]+)/gi)) this.user(match[1]!);
		for (const match of line.matchAll(/-Port\s+(\d{1,5})\b/gi)) this.port(match[1]!);
		for (const match of line.matchAll(
			/-ConnectionUri\s+["']?https?:\/\/([^\s/:"']+)(?::(\d{1,5}))?/gi
		)) {
			this.computer(match[1]!);
			if (match[2]) this.port(match[2]);
		}
		this.scanFreeText(line.replace(PROMPT, ''));
	}

	/**
	 * The values found, once the whole paste (`text`) is read: a fault's `Machine=` is the remote computer
	 * unless the paste runs a command that configures the local one (`Set-WSManQuickConfig`, …).
	 */
	identifiers(text: string): PasteIdentifiers {
		if (!LOCAL_CONFIGURATION.test(text))
			for (const machine of this.machines) this.computer(machine);
		this.machines.length = 0;
		return this.found;
	}
}
