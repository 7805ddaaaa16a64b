/**
 * The vendored cmdlet references as one look-up: a command name (or one of a cmdlet's aliases) and the
 * PowerShell a step runs in → the cmdlet's parsed page. Pages are read and parsed on first use and kept,
 * so a test run parses each page once however many commands name it.
 *
 * Which pages answer for which PowerShell:
 * - Windows PowerShell 5.1 (every step a page does not scope): `cmdlet-reference/5.1/`, then the
 *   Windows modules of `cmdlet-reference/winserver2025/` (NetSecurity, ActiveDirectory, …), which are not
 *   versioned with PowerShell.
 * - PowerShell 7 (`ps="7"`, or a step whose heading names PowerShell 7): `cmdlet-reference/7.6/`, then
 *   `winserver2025/`.
 * A name found only in the other PowerShell's folder is a cmdlet of that PowerShell alone (`Get-Error` is
 * in 7.6 only; `Get-EventLog` in 5.1 only).
 */
import type { CmdletDoc, ParameterDoc } from './cmdlet-reference';
import { parseCmdletPage, parseCommonParameters } from './cmdlet-reference';
import { parseWsmanDynamicParameters } from './wsman-provider';

export type PowerShellVersion = '5.1' | '7';

export interface CmdletIndexEntry {
	version: string;
	module: string;
	cmdlet: string;
	url: string;
}

export type Lookup =
	| { kind: 'cmdlet'; doc: CmdletDoc; url: string }
	/** Documented only for the other PowerShell. */
	| { kind: 'other-version'; doc: CmdletDoc; url: string; only: PowerShellVersion }
	| { kind: 'unknown' };

const FOLDERS: Record<PowerShellVersion, readonly string[]> = {
	'5.1': ['5.1', 'winserver2025'],
	'7': ['7.6', 'winserver2025'],
};

export class CmdletCatalog {
	private readonly docs = new Map<string, CmdletDoc>();
	private readonly aliases = new Map<string, Map<string, CmdletIndexEntry>>();

	constructor(
		private readonly index: readonly CmdletIndexEntry[],
		/** Reads a page's text: `cmdlet-reference/<version>/<module>/<cmdlet>.md` under sources/. */
		private readonly readPage: (entry: CmdletIndexEntry) => string,
		/** The common parameters (about_CommonParameters), by lower-case name. */
		readonly common: ReadonlyMap<string, ParameterDoc>,
		/** The WSMan provider's dynamic parameters, by lower-case cmdlet name. */
		readonly wsmanDynamicParameters: ReadonlyMap<string, ParameterDoc[]>
	) {}

	private doc(entry: CmdletIndexEntry): CmdletDoc {
		const key = `${entry.version}/${entry.cmdlet}`;
		let doc = this.docs.get(key);
		if (!doc) {
			doc = parseCmdletPage(this.readPage(entry), entry);
			this.docs.set(key, doc);
		}
		return doc;
	}

	/** A folder's aliases (`dir` → Get-ChildItem), from every page's front matter, read once. */
	private aliasesOf(folder: string): Map<string, CmdletIndexEntry> {
		let map = this.aliases.get(folder);
		if (!map) {
			map = new Map();
			for (const entry of this.index.filter((e) => e.version === folder)) {
				const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(this.readPage(entry))?.[1] ?? '';
				const list = /^aliases:[ \t]*\r?\n((?:[ \t]+-[^\n]*\n?)+)/m.exec(front)?.[1] ?? '';
				for (const alias of list.matchAll(/-[ \t]*(\S+)/g)) map.set(alias[1]!.toLowerCase(), entry);
			}
			this.aliases.set(folder, map);
		}
		return map;
	}

	private find(name: string, folders: readonly string[]): CmdletIndexEntry | undefined {
		const key = name.toLowerCase();
		for (const folder of folders) {
			const entry = this.index.find((e) => e.version === folder && e.cmdlet.toLowerCase() === key);
			if (entry) return entry;
		}
		for (const folder of folders) {
			const entry = this.aliasesOf(folder).get(key);
			if (entry) return entry;
		}
		return undefined;
	}

	/** The cmdlet a command name stands for in the given PowerShell. */
	lookup(name: string, version: PowerShellVersion): Lookup {
		const entry = this.find(name, FOLDERS[version]);
		if (entry) return { kind: 'cmdlet', doc: this.doc(entry), url: entry.url };
		const other: PowerShellVersion = version === '5.1' ? '7' : '5.1';
		const elsewhere = this.find(name, FOLDERS[other]);
		if (elsewhere)
			return { kind: 'other-version', doc: this.doc(elsewhere), url: elsewhere.url, only: other };
		return { kind: 'unknown' };
	}
}

/** The catalog over a `sources/` folder read with `read` (a path relative to it → the file's text). */
export function cmdletCatalog(read: (path: string) => string): CmdletCatalog {
	const index = JSON.parse(read('cmdlet-reference/index.json')) as CmdletIndexEntry[];
	return new CmdletCatalog(
		index,
		(entry) => read(`cmdlet-reference/${entry.version}/${entry.module}/${entry.cmdlet}.md`),
		parseCommonParameters(read('powershell-docs/about-5.1/about_CommonParameters.md')),
		parseWsmanDynamicParameters(read('powershell-docs/about-5.1/about_WSMan_Provider.md'))
	);
}
