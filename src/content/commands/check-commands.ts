/**
 * The command checker: every command an entry renders, read with PowerShell's grammar and bound to the
 * documented parameter sets of its cmdlet (see binder.ts and catalog.ts).
 *
 * What is read, from the entry's outline (what its render recorded):
 * - every `powershell` code block, whole: a block that does not parse fails, and so does a
 *   `<placeholder>` in it (`<` is an operator to PowerShell: a pasted template fails);
 * - every inline code span that starts with a cmdlet name as PowerShell writes it (`Verb-Noun`, each
 *   part capitalised: `requests-ntlm` and `WWW-Authenticate` are not cmdlets), `winrm ` or an assignment
 *   (`$x = …`). A span that is only a cmdlet's name (`Set-Item`) names the cmdlet: it is checked to exist
 *   in the step's PowerShell, not bound; a span that ends with a parameter written without its value
 *   (`Get-PSSession -ComputerName`) names that parameter: it is bound, but the value is not asked for.
 *
 * Every command whose name is a documented cmdlet (or one of its aliases) is bound. A `Verb-Noun` command
 * no vendored reference documents fails: nothing could check it. Other names are native programs
 * (`winrm`, `setspn`, `klist`), not bound; but `winrm` given an unquoted `@{…}` fails, since PowerShell
 * hands winrm a hashtable, not the text it needs (the site's check-a-winrm-command-line page quotes it).
 *
 * Which PowerShell: Windows PowerShell 5.1, unless the block is marked `ps="7"` or its step (the `##`
 * section it stands in) has a heading that names PowerShell 7. A cmdlet documented only for the other
 * PowerShell fails.
 *
 * Provider cmdlets: the path (`-Path`, `-LiteralPath` or the first positional argument) picks the
 * provider; sets documented for other providers are left out, and on `WSMan:` paths the WSMan provider's
 * dynamic parameters (about_WSMan_Provider: `Set-Item -Concatenate`, `New-Item -Address`, …) are added.
 */
import type { ContentOutline } from '../content-outline';
import { bindCommand, resolveParameter, type BindContext } from './binder';
import type { CmdletCatalog, PowerShellVersion } from './catalog';
import type { CmdletDoc } from './cmdlet-reference';
import { parsePowerShell, type CommandCall, type CommandElement } from './powershell-syntax';

export interface CommandFinding {
	/** The entry's file, `content/fixes/x.mdx`. */
	file: string;
	line: number;
	/** The command as written. */
	command: string;
	problem: string;
}

/** A cmdlet name as a command starts with one (`Get-Item`, `set-item`). */
const CMDLET_NAME = /^[A-Za-z]+-[A-Za-z][A-Za-z0-9]*$/;

/** Inline spans that are commands to run (see the module comment). */
export function isInlineCommand(span: string): boolean {
	// In prose a cmdlet is written as PowerShell names it (`Get-Item`): `requests-ntlm` or
	// `WWW-Authenticate` are other things' names.
	return (
		/^[A-Z][a-z]+-[A-Z][A-Za-z0-9]*(\s|$)/.test(span) || /^winrm\s/i.test(span) || /^\$\w+\s*=/.test(span)
	);
}

const NATIVE_WINRM = /^winrm(\.cmd|\.vbs)?$/i;
const PLACEHOLDER_TEXT = /<[A-Za-z][\w .:/-]*>/;

/** The provider a path names, by its drive or prefix; `undefined` when the path is not literal. */
export function providerOf(path: string): string | undefined {
	const text = path.replace(/^['"]|['"]$/g, '');
	const table: [RegExp, string][] = [
		[/^wsman:/i, 'WSMan'],
		[/^(hklm|hkcu):|^registry::/i, 'Registry'],
		[/^cert:/i, 'Certificate'],
		[/^alias:/i, 'Alias'],
		[/^function:/i, 'Function'],
		[/^env:/i, 'Environment'],
		[/^variable:/i, 'Variable'],
		[/^[a-z]:\\|^\\\\/i, 'FileSystem'],
	];
	return table.find(([pattern]) => pattern.test(text))?.[1];
}

/** The path argument of a provider cmdlet: `-Path`/`-LiteralPath`'s value or the first positional one. */
function pathArgument(
	doc: CmdletDoc,
	elements: readonly CommandElement[],
	context: Pick<BindContext, 'common'>
): string | undefined {
	const positional: string[] = [];
	for (let i = 0; i < elements.length; i++) {
		const element = elements[i]!;
		if (element.kind === 'argument') positional.push(element.text);
		if (element.kind !== 'parameter') continue;
		const resolved = resolveParameter(element.name, doc, context);
		const next = elements[i + 1];
		const takesNext =
			!('error' in resolved) &&
			!resolved.parameter.isSwitch &&
			element.attached === undefined &&
			next?.kind === 'argument';
		const value = element.attached ?? (takesNext && next.kind === 'argument' ? next.text : undefined);
		if (takesNext) i++;
		if ('error' in resolved) continue;
		if (/^(literal)?path$/i.test(resolved.parameter.name)) return value;
	}
	return doc.parameters.has('path') ? positional[0] : undefined;
}

/** `Remove-PSSession (5.1): sets Id, Session, …; <url>` */
function describe(doc: CmdletDoc, url: string): string {
	const sets = doc.sets
		.map((set) => `${set.name}${set.providers ? ` (${set.providers.join(', ')})` : ''}: ${set.syntax}`)
		.filter((text, index, all) => all.indexOf(text) === index);
	return `${doc.name} (${doc.version}) has the sets:\n      ${sets.join('\n      ')}\n    (${url})`;
}

interface Step {
	line: number;
	ps7: boolean;
}

/** The `##` steps of an entry, each with whether its heading scopes it to PowerShell 7. */
function steps(outline: ContentOutline): Step[] {
	return outline.headings
		.filter((heading) => heading.depth === 2)
		.map((heading) => ({ line: heading.line, ps7: /\bPowerShell 7\b/.test(heading.text) }));
}

function stepAt(all: readonly Step[], line: number): Step | undefined {
	return all.filter((step) => step.line <= line).at(-1);
}

export interface CheckOptions {
	catalog: CmdletCatalog;
}

/** Everything wrong with the commands an entry renders. */
export async function checkCommands(
	file: string,
	outline: ContentOutline,
	{ catalog }: CheckOptions
): Promise<CommandFinding[]> {
	const findings: CommandFinding[] = [];
	const hashtables = new Map<string, string[]>();
	const allSteps = steps(outline);

	const checkCall = (
		call: CommandCall,
		line: number,
		version: PowerShellVersion,
		inline: boolean,
		nameOnly = false
	) => {
		const report = (problem: string) => findings.push({ file, line, command: call.text, problem });
		const name = call.name;
		if (!name) return;
		if (NATIVE_WINRM.test(name)) {
			if (call.elements.some((element) => element.kind === 'argument' && element.hashtable))
				report(
					'winrm is given an unquoted @{…}: PowerShell passes winrm a hashtable, not the text; single-quote it'
				);
			return;
		}
		const found = catalog.lookup(name, version);
		if (found.kind === 'unknown') {
			if (CMDLET_NAME.test(name))
				report(`${name}: no cmdlet reference vendored under sources/cmdlet-reference/ documents it`);
			return;
		}
		if (found.kind === 'other-version') {
			report(
				found.only === '7'
					? `${found.doc.name} exists only in PowerShell 7 (${found.url}), and this step is not scoped to PowerShell 7 (ps="7" on the block, or a step heading naming PowerShell 7)`
					: `${found.doc.name} exists only in Windows PowerShell 5.1 (${found.url}), and this step is scoped to PowerShell 7`
			);
			return;
		}
		if (nameOnly) return;
		const doc = found.doc;
		const context: BindContext = {
			pipelineInput: call.pipelineInput,
			common: catalog.common,
			hashtables,
			nameOnly: inline,
		};
		const path = pathArgument(doc, call.elements, context);
		context.provider = path === undefined ? undefined : providerOf(path);
		if (context.provider === 'WSMan')
			context.dynamicParameters = catalog.wsmanDynamicParameters.get(doc.name.toLowerCase()) ?? [];
		const result = bindCommand(doc, call.elements, context);
		if (!result.ok) report(`${result.reason}\n    ${describe(doc, found.url)}`);
	};

	for (const block of outline.codeBlocks) {
		if (block.lang !== 'powershell') continue;
		const parsed = await parsePowerShell(block.code);
		const lineOf = (codeLine: number) => block.line + codeLine;
		for (const error of parsed.errors)
			findings.push({
				file,
				line: lineOf(error.line),
				command: block.code,
				problem: `does not parse as PowerShell near: ${error.text}`,
			});
		for (const placeholder of parsed.placeholders)
			findings.push({
				file,
				line: lineOf(placeholder.line),
				command: block.code.split('\n')[placeholder.line - 1] ?? block.code,
				problem: `${placeholder.text} is a placeholder: to PowerShell < and > are operators, so the pasted line fails (declare a slot with an example value, or show the template in a text block)`,
			});
		for (const [variable, keys] of parsed.hashtables) hashtables.set(variable, keys);
		const version: PowerShellVersion = block.ps === '7' || stepAt(allSteps, block.line)?.ps7 ? '7' : '5.1';
		// A command holding a placeholder is already reported: binding `<IP` and `Address>` adds nothing.
		const templated = (call: CommandCall) => PLACEHOLDER_TEXT.test(call.text);
		for (const call of parsed.commands)
			if (!templated(call)) checkCall(call, lineOf(call.line), version, false);
	}

	for (const span of outline.inlineCode) {
		// CommonMark turns a line end inside inline code into a space.
		const code = span.code.replace(/\s*\n\s*/g, ' ').trim();
		if (!isInlineCommand(code)) continue;
		const parsed = await parsePowerShell(code);
		for (const error of parsed.errors)
			findings.push({
				file,
				line: span.line,
				command: code,
				problem: `does not parse as PowerShell near: ${error.text}`,
			});
		const version: PowerShellVersion = stepAt(allSteps, span.line)?.ps7 ? '7' : '5.1';
		const nameOnly = CMDLET_NAME.test(code);
		for (const call of parsed.commands) checkCall(call, span.line, version, true, nameOnly);
	}
	return findings;
}

/** A finding as a test prints it: file, line, command, what is wrong. */
export function formatFinding(finding: CommandFinding): string {
	return `${finding.file}:${finding.line}: ${finding.command}\n  ${finding.problem}`;
}
