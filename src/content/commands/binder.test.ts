import { describe, expect, test } from 'vitest';
import { fixtureCatalog } from '../../../test/command-fixtures';
import { bindCommand, type BindContext, type BindResult } from './binder';
import { parsePowerShell } from './powershell-syntax';

const catalog = fixtureCatalog();

/** Parses one command line and binds its first command to the named fixture cmdlet (5.1 pages). */
async function bind(line: string, extra: Partial<BindContext> = {}): Promise<BindResult> {
	const parsed = await parsePowerShell(line);
	// The one fixture cmdlet of the line (`Get-Thing` and the like only feed it).
	const call = parsed.commands.find((c) => catalog.lookup(c.name!, '5.1').kind === 'cmdlet')!;
	const found = catalog.lookup(call.name!, '5.1');
	if (found.kind !== 'cmdlet') throw new Error(`${line} names no fixture cmdlet`);
	return bindCommand(found.doc, call.elements, {
		pipelineInput: call.pipelineInput,
		common: catalog.common,
		hashtables: parsed.hashtables,
		...extra,
	});
}

const reasonOf = (result: BindResult) => (result.ok ? '' : result.reason);

describe('binding a command to its documented parameter sets', () => {
	test('named parameters pick the one set that holds them all', async () => {
		expect(await bind('Remove-Thing -Name a')).toEqual({ ok: true, sets: ['Name'] });
		expect(await bind('Remove-Thing -ComputerName S1 -Port 80')).toEqual({
			ok: true,
			sets: ['ComputerName'],
		});
	});

	test('named parameters from two sets fit none, and the failure lists the sets', async () => {
		expect(reasonOf(await bind('Remove-Thing -ComputerName S1 -Id 1'))).toBe(
			'-ComputerName, -Id are not all in one parameter set (sets: Id, Name, ComputerName)'
		);
	});

	test('a positional argument goes to the set of its position; the default set breaks a tie', async () => {
		// Id (Default) and ComputerName both take position 0: PowerShell uses the default set.
		expect(await bind('Remove-Thing 1')).toEqual({ ok: true, sets: ['Id'] });
	});

	test('an unambiguous prefix and a documented alias name a parameter; an ambiguous prefix fails', async () => {
		expect(await bind('Remove-Thing -Comp S1')).toEqual({ ok: true, sets: ['ComputerName'] });
		expect(await bind('Remove-Thing -Cn S1')).toEqual({ ok: true, sets: ['ComputerName'] });
		expect(await bind('rmt -Cn S1')).toEqual({ ok: true, sets: ['ComputerName'] });
		expect(await bind('Remove-Thing -N a')).toEqual({ ok: true, sets: ['Name'] });
		expect(reasonOf(await bind('Remove-Thing -C S1'))).toBe(
			'-C is ambiguous: it matches -ComputerName, -ConfigurationName'
		);
		expect(reasonOf(await bind('Remove-Thing -Bogus 1'))).toBe(
			'-Bogus is not a parameter of Remove-Thing'
		);
	});

	test('common parameters and their aliases bind in every set', async () => {
		expect(await bind('Remove-Thing -Name a -ErrorAction Stop -Verbose')).toEqual({
			ok: true,
			sets: ['Name'],
		});
		expect(await bind('Remove-Thing -Name a -ea Stop')).toEqual({ ok: true, sets: ['Name'] });
	});

	test("a set's mandatory parameter must be given", async () => {
		expect(reasonOf(await bind('Remove-Thing -Force'))).toBe(
			'set Id: the mandatory -Id is not given; set Name: the mandatory -Name is not given; set ComputerName: the mandatory -ComputerName is not given'
		);
	});

	test('input down the pipeline stands in for a mandatory parameter that takes it', async () => {
		expect(await bind('Get-Thing | Remove-Thing -Force')).toEqual({
			ok: true,
			sets: ['Id', 'Name'],
		});
		expect(await bind('$names | Remove-Thing -Force')).toMatchObject({ ok: true });
		// -ComputerName takes no pipeline input: with it named, -ComputerName's set still needs its value.
		expect(reasonOf(await bind('Get-Thing | Remove-Thing -Port 80'))).toBe(
			'set ComputerName: the mandatory -ComputerName is not given'
		);
	});

	test('an argument with no positional parameter left is an overflow', async () => {
		expect(reasonOf(await bind('Remove-Thing -Name a b'))).toBe(
			'set Name: no positional parameter is left for the argument b'
		);
		expect(reasonOf(await bind('Remove-Thing S1 80 extra'))).toMatch(
			/set ComputerName: no positional parameter is left for the argument extra/
		);
	});

	test('a switch takes a value only after a colon; another parameter needs its argument', async () => {
		expect(await bind('Remove-Thing -Force:$true -Name a')).toEqual({ ok: true, sets: ['Name'] });
		expect(reasonOf(await bind('Remove-Thing -Name'))).toBe(
			'-Name is missing its argument (it is not a switch)'
		);
		// In prose, `Remove-Thing -Name` names the parameter: its value is not asked for.
		expect(await bind('Remove-Thing -Name', { nameOnly: true })).toEqual({
			ok: true,
			sets: ['Name'],
		});
		expect(reasonOf(await bind('Remove-Thing -Id 1 -Id 2'))).toBe('-Id is given more than once');
	});

	test('a splatted hashtable binds its keys as named parameters', async () => {
		expect(await bind('$p = @{ ComputerName = "S1"; Port = 80 }\nRemove-Thing @p')).toEqual({
			ok: true,
			sets: ['ComputerName'],
		});
		expect(reasonOf(await bind('$p = @{ ComputerName = "S1"; Id = 1 }\nRemove-Thing @p'))).toMatch(
			/are not all in one parameter set/
		);
		expect(reasonOf(await bind('Remove-Thing @unknown'))).toMatch(
			/@unknown splats a variable this page assigns no hashtable literal to/
		);
	});

	test('a script block goes to the set whose parameter at that position is a ScriptBlock', async () => {
		expect(await bind('Run-Block -Session $s { Get-Thing }')).toEqual({
			ok: true,
			sets: ['Session'],
		});
		// A string at that position fits both sets, and neither is the default.
		expect(reasonOf(await bind('Run-Block -Session $s x'))).toBe(
			'the parameter set cannot be resolved: Session, FilePath all fit and none is the default'
		);
		// In prose the command names a use: several fitting sets are no ambiguity there.
		expect(await bind('Run-Block -Session $s x', { nameOnly: true })).toMatchObject({ ok: true });
	});

	test("a provider's sets and dynamic parameters hold only on its paths", async () => {
		expect(await bind('Set-Node HKLM:\\x 1 -Type DWord', { provider: 'Registry' })).toMatchObject({
			ok: true,
		});
		expect(reasonOf(await bind('Set-Node WSMan:\\x 1 -Type DWord', { provider: 'WSMan' }))).toBe(
			'-Type is in no parameter set documented for the WSMan provider (sets: Path)'
		);
		const concatenate = catalog.wsmanDynamicParameters.get('set-node')!;
		expect(
			await bind('Set-Node WSMan:\\x *.a.com -Concatenate', {
				provider: 'WSMan',
				dynamicParameters: concatenate,
			})
		).toMatchObject({ ok: true });
		expect(reasonOf(await bind('Set-Node C:\\x 1 -Concatenate', { provider: 'FileSystem' }))).toBe(
			'-Concatenate is not a parameter of Set-Node'
		);
	});
});

describe('which PowerShell documents a cmdlet', () => {
	test('a cmdlet only the 7.6 reference documents is PowerShell 7 only; aliases resolve', () => {
		expect(catalog.lookup('Show-Fault', '5.1')).toMatchObject({ kind: 'other-version', only: '7' });
		expect(catalog.lookup('Show-Fault', '7')).toMatchObject({ kind: 'cmdlet' });
		expect(catalog.lookup('Run-Block', '7')).toMatchObject({ kind: 'other-version', only: '5.1' });
		expect(catalog.lookup('rmt', '5.1')).toMatchObject({ kind: 'cmdlet', doc: { name: 'Remove-Thing' } });
		expect(catalog.lookup('winrm', '5.1')).toEqual({ kind: 'unknown' });
	});
});
