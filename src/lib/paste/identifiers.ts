/**
 * The user's own values found in a paste: computer names, IP addresses, domains, users, file paths and
 * ports. They are kept aside (never matched as message text) so that fixes can show the reader's own
 * values in their commands. Each value is validated for its kind before it is kept.
 */

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
const NOT_HOSTS = new Set(['localhost', 'string', 'null', 'true', 'false', 'error', 'warning']);

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
	return /^(?:[A-Za-z]:\\|\\\\[^\\/:*?"<>|\s]+\\)[^/:*?"<>|\r\n]+$/.test(value) && value.length <= 260;
}

/** Collects identifiers into `into`, deduplicated case-insensitively, in the order they are found. */
export class IdentifierCollector {
	readonly found = emptyIdentifiers();
	private readonly seen = new Set<string>();

	private add(kind: keyof PasteIdentifiers, value: string): void {
		const key = `${kind}:${value.toLowerCase()}`;
		if (this.seen.has(key) || this.found[kind].length >= 8) return;
		this.seen.add(key);
		this.found[kind].push(value);
	}

	/** A value that names a computer: an IP address or a host name, with its domain if it has one. */
	computer(raw: string): void {
		// Only sentence punctuation is trimmed: a name with quotes or semicolons in it is not a name.
		const value = raw.trim().replace(/[.,]+$/, '');
		if (isIpv4(value)) {
			this.add('ips', value);
		} else if (isHostName(value)) {
			this.add('hosts', value);
			const dot = value.indexOf('.');
			if (dot > 0 && isDomainName(value.slice(dot + 1))) this.add('domains', value.slice(dot + 1).toLowerCase());
		}
	}

	user(raw: string): void {
		const value = raw.trim();
		if (isDomainUser(value)) this.add('users', value);
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
			for (const match of line.matchAll(/(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g)) this.computer(match[0]);
		}
		if (!line.includes('\\')) return;
		for (const match of line.matchAll(/(?<![\w:\\.-])[A-Za-z0-9][\w.-]{0,62}\\[A-Za-z0-9][\w.$-]{0,63}(?![\\\w])/g)) {
			this.user(match[0]);
		}
		for (const match of line.matchAll(/(?<![\w\\])(?:[A-Za-z]:\\|\\\\[\w.$-]{1,64}\\)[^\s"'<>|*?]{0,240}/g)) this.path(match[0]);
	}

	/** Values named by the parameters of an echoed command line. */
	scanCommand(line: string): void {
		for (const match of line.matchAll(/-(?:ComputerName|cn|HostName|Cn)\s+(?:@\()?["']?([^\s"',;()]+)/gi)) this.computer(match[1]!);
		for (const match of line.matchAll(/\b(?:Enter|New)-PSSession\s+["']?([A-Za-z0-9][^\s"',;()]*)/gi)) {
			if (!match[1]!.startsWith('-')) this.computer(match[1]!);
		}
		for (const match of line.matchAll(/-Credential\s+["']?([^\s"',;()]+)/gi)) this.user(match[1]!);
		for (const match of line.matchAll(/-Port\s+(\d{1,5})\b/gi)) this.port(match[1]!);
		for (const match of line.matchAll(/-ConnectionUri\s+["']?https?:\/\/([^\s/:"']+)(?::(\d{1,5}))?/gi)) {
			this.computer(match[1]!);
			if (match[2]) this.port(match[2]);
		}
		this.scanFreeText(line);
	}
}
