import { describe, expect, test } from 'vitest';
import { ABOUT_WSMAN_PROVIDER, REMOVE_THING, SET_NODE } from '../../../test/command-fixtures';
import { parseCmdletPage, parseSyntaxBlock } from './cmdlet-reference';
import { parseWsmanDynamicParameters } from './wsman-provider';

describe('reading a reference page', () => {
	test('brackets say what is optional and what is positional', () => {
		expect(
			parseSyntaxBlock('Get-X [-Path] <string[]> [[-Value] <Object>] -Name <String> [-Force] [-Filter <string>] [<CommonParameters>]')
		).toEqual([
			{ name: 'Path', mandatory: true, positional: true },
			{ name: 'Value', mandatory: false, positional: true },
			{ name: 'Name', mandatory: true, positional: false },
			{ name: 'Force', mandatory: false, positional: false },
			{ name: 'Filter', mandatory: false, positional: false },
		]);
	});

	test('sets, the default, aliases, switches, pipeline input and the common parameters', () => {
		const doc = parseCmdletPage(REMOVE_THING, { cmdlet: 'Remove-Thing', version: '5.1', module: 'M' });
		expect(doc.aliases).toEqual(['rmt']);
		expect(doc.sets.map((set) => [set.name, set.isDefault, set.positionals])).toEqual([
			['Id', true, ['Id']],
			['Name', false, []],
			['ComputerName', false, ['ComputerName', 'Port']],
		]);
		expect(doc.parameters.get('computername')).toMatchObject({ aliases: ['Cn'], isSwitch: false });
		expect(doc.parameters.get('force')?.isSwitch).toBe(true);
		expect(doc.parameters.get('name')?.pipeline).toBe(true);
		expect(doc.commonParameters).toContain('ErrorAction');
	});

	test('a set written for some providers names them; a page with one set has __AllParameterSets', () => {
		const doc = parseCmdletPage(SET_NODE, { cmdlet: 'Set-Node', version: '5.1', module: 'M' });
		expect(doc.sets.map((set) => set.providers)).toEqual([undefined, ['Registry']]);
		const single = parseCmdletPage('## SYNTAX\n\n```\nDo-It [-Force] [<CommonParameters>]\n```\n', {
			cmdlet: 'Do-It',
			version: '5.1',
			module: 'M',
		});
		expect(single.sets).toMatchObject([{ name: '__AllParameterSets', isDefault: true }]);
	});

	test("the WSMan provider's dynamic parameters: its section and its prose", () => {
		const dynamic = parseWsmanDynamicParameters(ABOUT_WSMAN_PROVIDER);
		expect(dynamic.get('set-node')).toMatchObject([{ name: 'Concatenate', isSwitch: true }]);
		expect(dynamic.get('new-node')).toMatchObject([{ name: 'Transport', type: 'String' }]);
	});
});
