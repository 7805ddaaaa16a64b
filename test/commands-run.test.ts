/**
 * Every PowerShell command the site renders runs as printed: it parses with PowerShell's grammar and
 * binds to a documented parameter set of its cmdlet, in the PowerShell its step runs in (see
 * src/content/commands/check-commands.ts for what is read and how; README "Adding an error or a fix"
 * for how a page scopes a step to PowerShell 7).
 *
 * The catalog-wide part runs the checker on each rendered entry. A finding that cannot be fixed from the
 * cmdlet reference alone stays listed in OPEN_FINDINGS with why; the list is checked too, so an entry
 * leaves it as soon as it no longer fails (test/open-findings.ts).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { checkCommands, formatFinding } from '../src/content/commands/check-commands';
import { parseCmdletPage } from '../src/content/commands/cmdlet-reference';
import type { CmdletIndexEntry } from '../src/content/commands/catalog';
import { stale, unexpected, type OpenFinding } from './open-findings';
import { outlineOf } from './render-content';
import {
	budget,
	entryFiles,
	readSource,
	renderedEntries,
	vendoredCatalog,
} from './rendered-entries';

/** Findings no plain reading of the cmdlet reference fixes, each with why (see open-findings.ts). */
const OPEN_FINDINGS: readonly OpenFinding[] = [
	{
		file: 'content/fixes/make-the-second-hop.mdx',
		match: 'Add-WindowsFeature: no cmdlet reference vendored',
		why: 'The second-hop article gives `Add-WindowsFeature RSAT-AD-PowerShell`; the vendored ServerManager reference (winserver2025) documents Install-WindowsFeature and names no Add-WindowsFeature alias, so nothing vendored can bind it. Replacing it is a content decision the reference alone does not settle.',
	},
	{
		file: 'content/errors/background-process-ended-abnormally.mdx',
		match: 'Start-ThreadJob: no cmdlet reference vendored',
		why: "Start-ThreadJob: no vendored cmdlet reference documents it (the Hyper-V and ThreadJob modules are not vendored), so nothing can bind it; vendoring its module's reference settles it.",
	},
	{
		file: 'content/errors/hyper-v-lookup-failed.mdx',
		match: 'Get-VM: no cmdlet reference vendored',
		why: "Get-VM: no vendored cmdlet reference documents it (the Hyper-V and ThreadJob modules are not vendored), so nothing can bind it; vendoring its module's reference settles it.",
	},
	{
		file: 'content/errors/virtual-machine-name-does-not-resolve.mdx',
		match: 'Get-VM: no cmdlet reference vendored',
		why: "Get-VM: no vendored cmdlet reference documents it (the Hyper-V and ThreadJob modules are not vendored), so nothing can bind it; vendoring its module's reference settles it.",
	},
	{
		file: 'content/errors/virtual-machine-not-running.mdx',
		match: 'Get-VM: no cmdlet reference vendored',
		why: "Get-VM: no vendored cmdlet reference documents it (the Hyper-V and ThreadJob modules are not vendored), so nothing can bind it; vendoring its module's reference settles it.",
	},
	{
		file: 'content/fixes/check-a-powershell-direct-connection.mdx',
		match: 'Get-VM: no cmdlet reference vendored',
		why: "Get-VM: no vendored cmdlet reference documents it (the Hyper-V and ThreadJob modules are not vendored), so nothing can bind it; vendoring its module's reference settles it.",
	},
	{
		file: 'content/errors/listener-certificate-cn-does-not-match-hostname.mdx',
		match: 'New-WSManInstance winrm/config/Listener',
		why: "The inline command leaves out -SelectorSet, mandatory in both of New-WSManInstance's sets; the sentence describes the call in words, and completing it is the page author's call.",
	},
	{
		file: 'content/errors/winrm-configuration-corrupted.mdx',
		match: 'winrm is given an unquoted @{\u2026}',
		why: "The page shows wsmerror.h's own text `winrm invoke Restore http://schemas.microsoft.com/wbem/wsman/1/config @{}` as a command; pasted in PowerShell, the bare @{} is a hashtable. Quoting it or showing it as the message's text is the page author's call.",
	},
];

describe('the vendored cmdlet references read as the checker needs them', () => {
	const index = JSON.parse(readSource('cmdlet-reference/index.json')) as CmdletIndexEntry[];

	test(
		'every reference page gives at least one parameter set, each naming its cmdlet',
		() => {
			const unreadable: string[] = [];
			for (const entry of index) {
				const page = readSource(
					`cmdlet-reference/${entry.version}/${entry.module}/${entry.cmdlet}.md`
				);
				if (!/^## SYNTAX/m.test(page)) continue;
				const doc = parseCmdletPage(page, entry);
				for (const set of doc.sets)
					if (!set.syntax.startsWith(`${entry.cmdlet} `) && set.syntax !== entry.cmdlet)
						unreadable.push(`${entry.version}/${entry.cmdlet}: set ${set.name}`);
			}
			expect(unreadable).toEqual([]);
		},
		budget(index.length, 20)
	);

	test('positional parameters come in their documented order', () => {
		const catalog = vendoredCatalog();
		const invoke = catalog.lookup('Invoke-Command', '5.1');
		if (invoke.kind !== 'cmdlet') throw new Error('Invoke-Command is not in the 5.1 reference');
		const positionals = (set: string) => invoke.doc.sets.find((s) => s.name === set)?.positionals;
		expect(positionals('ComputerName')).toEqual(['ComputerName', 'ScriptBlock']);
		expect(positionals('Session')).toEqual(['Session', 'ScriptBlock']);
		expect(catalog.lookup('dir', '5.1')).toMatchObject({
			kind: 'cmdlet',
			doc: { name: 'Get-ChildItem' },
		});
	});

	test("the WSMan provider's dynamic parameters come from about_WSMan_Provider", () => {
		const dynamic = vendoredCatalog().wsmanDynamicParameters;
		expect(dynamic.get('set-item')?.map((p) => p.name)).toEqual(['Concatenate']);
		expect(dynamic.get('new-item')?.map((p) => p.name)).toEqual(
			expect.arrayContaining(['Address', 'Transport', 'Port', 'CertificateThumbprint'])
		);
		expect(vendoredCatalog().common.get('erroraction')?.aliases).toEqual(['ea']);
	});
});

describe('the commands this issue found broken fail against the real references', () => {
	const file = 'content/fixes/broken.mdx';
	const problems = async (body: string) =>
		(await checkCommands(file, await outlineOf(body, file), { catalog: vendoredCatalog() })).map(
			(finding) => finding.problem.split('\n')[0]
		);

	test.each([
		[
			'Remove-PSSession -ComputerName Server01 -Id 1',
			/-ComputerName, -Id are not all in one parameter set/,
		],
		[
			'Invoke-Command -ComputerName Server01 -Credential Domain01\\Admin01',
			/mandatory -ScriptBlock is not given/,
		],
		['Get-Error', /Get-Error exists only in PowerShell 7/],
		[
			'Set-Item wsman:\\localhost\\Client\\TrustedHosts -Value <IP Address>',
			/<IP Address> is a placeholder/,
		],
		['winrm set winrm/config/service @{CertificateThumbprint="x"}', /winrm is given an unquoted/],
		[
			'New-PSSession -HostName UbuntuVM1 -UserName TestUser',
			/-HostName is not a parameter of New-PSSession/,
		],
		[
			'Set-Item WSMan:\\localhost\\Client\\TrustedHosts *.a.com -Concatnate',
			/-Concatnate is not a parameter/,
		],
	])('%s', async (command, problem) => {
		expect(await problems(`## Step {#step}\n\n\`\`\`powershell\n${command}\n\`\`\`\n`)).toEqual([
			expect.stringMatching(problem),
		]);
	});

	test('and their corrected forms bind', async () => {
		const body = [
			'## Step {#step}',
			'',
			'```powershell',
			'Remove-PSSession -Id 1',
			'Get-PSSession -ComputerName Server01 | Remove-PSSession',
			'Invoke-Command -ComputerName Server01 -Credential Domain01\\Admin01 -ScriptBlock { Get-Process }',
			'Set-Item WSMan:\\localhost\\Client\\TrustedHosts *.domain2.com -Concatenate',
			'winrm set winrm/config/service \'@{CertificateThumbprint="x"}\'',
			'```',
			'',
			'```powershell ps="7"',
			'Get-Error',
			'New-PSSession -HostName UbuntuVM1 -UserName TestUser',
			'```',
		].join('\n');
		expect(await problems(body)).toEqual([]);
	});
});

describe('every command of every entry runs as printed', () => {
	beforeAll(() => renderedEntries(), budget(entryFiles().length));
	const findingsOf = async (file: string) => {
		const entry = (await renderedEntries()).find((e) => e.filePath === file)!;
		return (await checkCommands(file, entry.outline, { catalog: vendoredCatalog() })).map(
			formatFinding
		);
	};

	test.each(entryFiles())('%s', async (file) => {
		expect(unexpected(await findingsOf(file), OPEN_FINDINGS)).toEqual([]);
	});

	test(
		'every open finding still occurs (a fixed one leaves the list)',
		async () => {
			const all = (await Promise.all(entryFiles().map(findingsOf))).flat();
			expect(stale(all, OPEN_FINDINGS)).toEqual([]);
		},
		budget(entryFiles().length, 100)
	);
});
