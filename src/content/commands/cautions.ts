/**
 * Risky commands, and the rule that each carries a warning: a page that shows one must have an
 * `<Aside type="caution">` in the same step, the same `##` section (before the first `##`, the page's
 * introduction counts as one step). The list below is the one place that says what is risky and why,
 * each with the source that says so; `test/cautions.test.ts` checks every page against it.
 *
 * What is read: every code block (any language: a `winrm` line in a text block is still run by someone)
 * and every inline command span (a span that starts with a cmdlet name, `winrm ` or an assignment, with
 * something after the name: a bare cmdlet name in prose names it, it does not run it). A pattern is
 * matched against one line of a block, or one span, case-insensitively; a cmdlet is matched where it is
 * the command (at the start, or after `;`, `|`, `{` or `(`), so `Get-Help Enable-PSRemoting` is not it.
 */
import type { ContentOutline } from '../content-outline';
import { isInlineCommand } from './check-commands';

export interface RiskyCommand {
	id: string;
	/** What the command does that needs a warning, and the source that says so. */
	why: string;
	/** Matches one command line. */
	pattern: RegExp;
	/** Lines that match `pattern` but are not the risk (`-Concatenate` adds, it does not replace). */
	unless?: RegExp;
	/** The risk exists only in a step whose heading names it (Enable-PSRemoting: a Public network). */
	stepHeading?: RegExp;
}

/** Where a command starts: the line's start, or after `;`, `|`, `{` or `(`. */
const AT = String.raw`(?:^|[;|{(])\s*`;

/** Setting TrustedHosts: by Set-Item on the WSMan: drive or by winrm. */
const TRUSTED_HOSTS_SET = String.raw`${AT}(?:set-item\b.*\\trustedhosts\b|winrm\s+set\s+winrm/config/client\b.*trustedhosts\b)`;

export const RISKY_COMMANDS: readonly RiskyCommand[] = [
	{
		id: 'trustedhosts-wildcard',
		why: 'TrustedHosts "*" covers every computer: wsmerror.h (ERROR_WSMAN_SERVER_NOT_TRUSTED and others) notes that computers in the TrustedHosts list might not be authenticated, and WinRM-Security (Initial authentication) that the list is no statement that its hosts can be trusted',
		pattern: new RegExp(String.raw`${TRUSTED_HOSTS_SET}.*?[\s=:]\s*["']?\*["']?(?=\s|["'}]|$)`, 'i'),
	},
	{
		id: 'trustedhosts-replace',
		why: 'Setting TrustedHosts (Set-Item without -Concatenate, or winrm set) replaces the whole list (about_WSMan_Provider: -Concatenate "appends a value instead of changing it"), dropping entries someone else relies on',
		pattern: new RegExp(TRUSTED_HOSTS_SET, 'i'),
		unless: /-conc\w*/i,
	},
	{
		id: 'credssp',
		why: "CredSSP delegates your credentials to the remote computer: the Enable-WSManCredSSP reference's CAUTION says this increases the security risk, and the second-hop article (CredSSP) says to enable it only in the most trusted environments",
		pattern: new RegExp(
			String.raw`${AT}enable-wsmancredssp\s+\S|\\auth\\credssp["']?\s+(?:-value\s+)?\$true|@\{\s*credssp\s*=\s*"true"`,
			'i'
		),
	},
	{
		id: 'allow-unencrypted',
		why: 'AllowUnencrypted true allows unencrypted traffic, which WinRM refuses by default (installation-and-configuration-for-windows-remote-management, AllowUnencrypted)',
		pattern: /allowunencrypted["']?\s*(?:-value\s+|=\s*)?["']?\$?true/i,
	},
	{
		id: 'basic-over-http',
		why: 'Basic authentication sends the user name and password in clear text (installation-and-configuration-for-windows-remote-management, Basic); over HTTP nothing else encrypts them',
		pattern: /\\auth\\basic["']?\s+(?:-value\s+)?\$true|@\{\s*basic\s*=\s*"true"|-authentication\s+basic\b/i,
		unless: /-usessl\b|https:/i,
	},
	{
		id: 'winrm-restore',
		why: 'winrm invoke Restore winrm/Config restores the default configuration (WsManResources.resx, WinrmNotConfigured: "Run WinRM invoke Restore WinRM/config to restore the default configuration"), not only the listener the support article names',
		pattern: new RegExp(String.raw`${AT}winrm\s+invoke\s+restore\b`, 'i'),
	},
	{
		id: 'unregister-session-configuration',
		why: 'Unregister-PSSessionConfiguration deletes a session configuration and restarts the WinRM service (its reference, DESCRIPTION)',
		pattern: new RegExp(String.raw`${AT}unregister-pssessionconfiguration\s+\S`, 'i'),
	},
	{
		id: 'enable-psremoting-public',
		why: 'Enable-PSRemoting -SkipNetworkProfileCheck, or run on a Public network, opens remote access on public networks (the Enable-PSRemoting reference, -SkipNetworkProfileCheck and Example 3)',
		pattern: new RegExp(String.raw`${AT}enable-psremoting\b.*-skipnet\w*`, 'i'),
	},
	{
		id: 'enable-psremoting-public',
		why: 'Enable-PSRemoting run in a step about a Public network opens remote access from public networks (the Enable-PSRemoting reference, -SkipNetworkProfileCheck and Example 3)',
		pattern: new RegExp(String.raw`${AT}enable-psremoting\b`, 'i'),
		stepHeading: /\bpublic\b/i,
	},
	{
		id: 'enable-psremoting-public',
		why: 'Set-NetFirewallRule … -RemoteAddress Any on a WinRM rule allows remote access from public networks from any remote location, other subnets included (the Enable-PSRemoting reference, Example 3)',
		pattern: new RegExp(String.raw`${AT}set-netfirewallrule\b.*winrm.*-remoteaddress\s+any\b`, 'i'),
	},
];

export interface MissingCaution {
	line: number;
	command: string;
	risk: RiskyCommand;
}

/** The command lines of an outline with their lines: each line of each code block, each inline command. */
function commandLines(outline: ContentOutline): { line: number; text: string }[] {
	const lines: { line: number; text: string }[] = [];
	for (const block of outline.codeBlocks) {
		block.code.split('\n').forEach((text, index) => lines.push({ line: block.line + 1 + index, text }));
	}
	for (const span of outline.inlineCode) {
		const text = span.code.trim();
		if (isInlineCommand(text) && /\s/.test(text)) lines.push({ line: span.line, text });
	}
	return lines;
}

/** Every risky command of a page whose step has no `<Aside type="caution">`. */
export function missingCautions(outline: ContentOutline): MissingCaution[] {
	const starts = outline.headings.filter((h) => h.depth === 2).map((h) => h.line);
	const stepOf = (line: number) => starts.filter((start) => start <= line).length;
	const cautioned = new Set(
		outline.asides.filter((aside) => aside.type === 'caution').map((aside) => stepOf(aside.line))
	);
	const headingOf = (step: number) =>
		outline.headings.filter((h) => h.depth === 2).find((h) => stepOf(h.line) === step)?.text ?? '';

	const missing: MissingCaution[] = [];
	for (const { line, text } of commandLines(outline)) {
		const step = stepOf(line);
		if (cautioned.has(step)) continue;
		const risk = RISKY_COMMANDS.find(
			(candidate) =>
				candidate.pattern.test(text) &&
				!candidate.unless?.test(text) &&
				(!candidate.stepHeading || candidate.stepHeading.test(headingOf(step)))
		);
		if (risk) missing.push({ line, command: text.trim(), risk });
	}
	return missing;
}
