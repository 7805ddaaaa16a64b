import { describe, expect, test } from 'vitest';
import { fixtureCatalog } from '../../../test/command-fixtures';
import { outlineOf } from '../../../test/render-content';
import { checkCommands, isInlineCommand, providerOf } from './check-commands';

const catalog = fixtureCatalog();

/** The findings of a fixture page, as `line: problem` (first line of the problem only). */
async function findings(body: string): Promise<string[]> {
	const file = 'content/fixes/fixture.mdx';
	const found = await checkCommands(file, await outlineOf(body, file), { catalog });
	return found.map((f) => `${f.line}: ${f.problem.split('\n')[0]}`);
}

describe('the command checker on a rendered page', () => {
	test('a block that binds passes; one that does not names the line, the cmdlet and its sets', async () => {
		expect(await findings('## Step {#s}\n\n```powershell\nRemove-Thing -Name a\n```\n')).toEqual([]);
		const file = 'content/fixes/fixture.mdx';
		const body = '## Step {#s}\n\n```powershell\n$x = 1\nRemove-Thing -ComputerName S1 -Id 1\n```\n';
		const [finding] = await checkCommands(file, await outlineOf(body, file), { catalog });
		expect(finding).toMatchObject({ file, line: 5, command: 'Remove-Thing -ComputerName S1 -Id 1' });
		expect(finding!.problem).toContain('Remove-Thing (5.1) has the sets:');
		expect(finding!.problem).toContain('ComputerName: Remove-Thing [-ComputerName] <String[]>');
	});

	test('a block that does not parse fails', async () => {
		expect(await findings('```powershell\nRemove-Thing -Name (\n```\n')).toEqual([
			expect.stringMatching(/^2: does not parse as PowerShell near:/),
		]);
	});

	test('a <placeholder> in a powershell block fails; in a text block it is a template', async () => {
		expect(await findings('```powershell\nRemove-Thing -Name <name>\n```\n')).toEqual([
			expect.stringMatching(/^2: <name> is a placeholder/),
		]);
		expect(await findings('```text\nRemove-Thing -Name <name>\n```\n')).toEqual([]);
	});

	test('winrm with an unquoted @{…} fails, quoted it passes; other native programs are not bound', async () => {
		expect(await findings('```powershell\nwinrm set winrm/config/client @{TrustedHosts="x"}\n```\n')).toEqual([
			expect.stringMatching(/^2: winrm is given an unquoted @\{…\}/),
		]);
		expect(
			await findings("```powershell\nwinrm set winrm/config/client '@{TrustedHosts=\"x\"}'\nklist purge -li 0x3e7\n```\n")
		).toEqual([]);
		expect(await findings('Run `winrm set winrm/config/service @{A="1"}` there.')).toEqual([
			expect.stringMatching(/^1: winrm is given an unquoted/),
		]);
	});

	test('a cmdlet only PowerShell 7 documents needs a step scoped to PowerShell 7', async () => {
		expect(await findings('## Look {#look}\n\n```powershell\nShow-Fault\n```\n')).toEqual([
			expect.stringMatching(/^4: Show-Fault exists only in PowerShell 7/),
		]);
		expect(await findings('## Look {#look}\n\n```powershell ps="7"\nShow-Fault\n```\n')).toEqual([]);
		expect(await findings('## In PowerShell 7, look {#look}\n\n```powershell\nShow-Fault 3\n```\n')).toEqual([]);
		expect(await findings('## Look {#look}\n\nRun `Show-Fault` to see it.')).toEqual([
			expect.stringMatching(/^3: Show-Fault exists only in PowerShell 7/),
		]);
		expect(await findings('## In PowerShell 7 {#look}\n\nRun `Show-Fault` to see it.')).toEqual([]);
		// and a cmdlet only Windows PowerShell documents fails in a PowerShell 7 block
		expect(await findings('```powershell ps="7"\nRun-Block {x}\n```\n')).toEqual([
			expect.stringMatching(/^2: Run-Block exists only in Windows PowerShell 5.1/),
		]);
	});

	test('inline commands are bound; a bare name and a trailing parameter name are names', async () => {
		expect(await findings('Use `Remove-Thing` or `Remove-Thing -ComputerName` for it.')).toEqual([]);
		expect(await findings('Run `Remove-Thing -ComputerName S1 -Id 1`.')).toEqual([
			expect.stringMatching(/^1: -ComputerName, -Id are not all in one parameter set/),
		]);
		expect(await findings('Run `Remove-Thingy -Name a`.')).toEqual([
			'1: Remove-Thingy: no cmdlet reference vendored under sources/cmdlet-reference/ documents it',
		]);
	});

	test('a splat resolves to a hashtable assigned earlier on the page', async () => {
		const body = '```powershell\n$p = @{ Name = "a" }\n```\n\n```powershell\nRemove-Thing @p\n```\n';
		expect(await findings(body)).toEqual([]);
	});

	test('on a WSMan: path the provider dynamic parameters are allowed, elsewhere not', async () => {
		expect(await findings('```powershell\nSet-Node WSMan:\\localhost\\x *.a.com -Concatenate\n```\n')).toEqual([]);
		expect(await findings('```powershell\nSet-Node HKLM:\\x 1 -Concatenate\n```\n')).toEqual([
			expect.stringMatching(/^2: -Concatenate is not a parameter of Set-Node/),
		]);
		expect(await findings('```powershell\nSet-Node HKLM:\\x 1 -Type DWord\n```\n')).toEqual([]);
	});
});

describe('the rules of the command checker', () => {
	test('which inline spans are commands', () => {
		for (const span of ['Get-Item x', 'Enable-PSRemoting', 'winrm get winrm/config', '$s = New-PSSession'])
			expect(isInlineCommand(span), span).toBe(true);
		for (const span of ['WSMan:\\localhost\\Client', 'Microsoft.PowerShell', '-ComputerName', 'HTTP/mem1'])
			expect(isInlineCommand(span), span).toBe(false);
	});

	test('a path names its provider by its drive', () => {
		expect(providerOf('wsman:\\localhost\\Client')).toBe('WSMan');
		expect(providerOf('"WSMan:\\server02\\service"')).toBe('WSMan');
		expect(providerOf('HKLM:\\SOFTWARE')).toBe('Registry');
		expect(providerOf('C:\\Windows')).toBe('FileSystem');
		expect(providerOf('$path')).toBeUndefined();
	});
});
