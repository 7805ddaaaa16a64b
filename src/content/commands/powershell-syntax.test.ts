import { describe, expect, test } from 'vitest';
import { parsePowerShell, quoteBareWords } from './powershell-syntax';

describe("reading PowerShell with PowerShell's grammar", () => {
	test('a block that does not parse names the line', async () => {
		const parsed = await parsePowerShell('Get-Item x\nInvoke-Command -ScriptBlock {\n');
		expect(parsed.errors.length).toBeGreaterThan(0);
		expect(parsed.errors[0]!.line).toBe(2);
		expect((await parsePowerShell('Get-Item x\nGet-Item y')).errors).toEqual([]);
	});

	test('commands come with their elements in order, nested ones too', async () => {
		const parsed = await parsePowerShell(
			'Enter-PSSession s1 -Authentication CredSSP -Credential (Get-Credential u1) -Force:$true'
		);
		expect(parsed.commands.map((c) => c.name)).toEqual(['Enter-PSSession', 'Get-Credential']);
		expect(parsed.commands[0]!.elements).toEqual([
			{ kind: 'argument', text: 's1', hashtable: false, scriptBlock: false },
			{ kind: 'parameter', name: 'Authentication', attached: undefined },
			{ kind: 'argument', text: 'CredSSP', hashtable: false, scriptBlock: false },
			{ kind: 'parameter', name: 'Credential', attached: undefined },
			{ kind: 'argument', text: '(Get-Credential u1)', hashtable: false, scriptBlock: false },
			{ kind: 'parameter', name: 'Force', attached: '$true' },
		]);
		expect((await parsePowerShell('Get-Item -Path:C:\\x')).commands[0]!.elements).toEqual([
			{ kind: 'parameter', name: 'Path', attached: 'C:\\x' },
		]);
	});

	test('a command after a pipe gets pipeline input; the first does not', async () => {
		const parsed = await parsePowerShell('Get-PSSession | Remove-PSSession\n$s | Remove-PSSession');
		expect(parsed.commands.map((c) => [c.name, c.pipelineInput])).toEqual([
			['Get-PSSession', false],
			['Remove-PSSession', true],
			['Remove-PSSession', true],
		]);
	});

	test('splats, hashtable arguments and hashtable assignments', async () => {
		const parsed = await parsePowerShell(
			"$p = @{\n  Name = 'x'\n  'Force' = $true\n}\nNew-Thing @p\nwinrm set a @{B=\"1\"}\nwinrm set a '@{B=\"1\"}'"
		);
		expect(parsed.hashtables.get('p')).toEqual(['Name', 'Force']);
		expect(parsed.commands[0]!.elements).toEqual([{ kind: 'splat', variable: 'p' }]);
		const hashtableArgs = parsed.commands
			.slice(1)
			.map((c) => c.elements.some((e) => e.kind === 'argument' && e.hashtable));
		expect(hashtableArgs).toEqual([true, false]);
	});

	test('a <placeholder> outside comments is found, with its line', async () => {
		const parsed = await parsePowerShell('# replace <name> below\nSetspn -s WSMAN/<servername> x');
		expect(parsed.placeholders).toEqual([{ line: 2, text: '<servername>' }]);
		expect((await parsePowerShell('$a -lt 1; 2>&1')).placeholders).toEqual([]);
	});

	test('the two grammar gaps are repaired, and only when the block would not parse otherwise', async () => {
		expect(quoteBareWords('Format-List -Property Name, Permission')).toBe(
			"Format-List -Property 'Name', 'Permission'"
		);
		expect(quoteBareWords('Test-Path \\\\$($Using:C.Name)\\C$')).toBe(
			'Test-Path "\\\\$($Using:C.Name)\\C$"'
		);
		const list = await parsePowerShell('Get-PSSessionConfiguration | Format-List -Property Name, Permission');
		expect(list.errors).toEqual([]);
		expect(list.commands[1]!.elements[1]).toMatchObject({ text: "'Name', 'Permission'" });
		expect(quoteBareWords('Get-PSSessionConfiguration | Format-Table Name, IdleTimeoutMs')).toBe(
			"Get-PSSessionConfiguration | Format-Table 'Name', 'IdleTimeoutMs'"
		);
		// A real error stays an error: the repair does not make it parse.
		expect((await parsePowerShell('Format-List -Property Name, Permission (')).errors).not.toEqual([]);
	});
});
