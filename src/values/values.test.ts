import { describe, expect, test } from 'vitest';
import { locateSlots } from './code-meta';
import { emptyIdentifiers } from '../search/paste/identifiers';
import { checkValue, fillCommand, fillSlots, placeValue, valuesFromIdentifiers } from './values';

describe('checkValue', () => {
	test.each([
		['computer', 'SRV-APP01'],
		['computer', 'web02.contoso.local'],
		['computer', '10.10.1.3'],
		['ip', '192.168.56.12'],
		['domain', 'corp.example.com'],
		['user', 'CORP\\svc_deploy'],
		['user', 'jo.smith@corp.example.com'],
		['port', '8080'],
		['configuration', 'Microsoft.PowerShell32'],
		['path', "C:\\Program Files\\My Tools\\it's $here.psm1"],
		['path', '\\\\nas1\\share\\mod.psm1'],
	] as const)('%s accepts %j', (kind, value) => {
		expect(checkValue(kind, value)).toEqual({ ok: true, value });
	});

	test.each([
		['computer', 'srv"; Remove-Item C:\\ -Recurse'],
		['computer', 'srv01;calc'],
		['computer', '$(whoami)'],
		['computer', '-srv'],
		['computer', 'a b'],
		['computer', 'x'.repeat(300)],
		['ip', '10.0.0.256'],
		['ip', '10.0.0'],
		['domain', 'localhost'],
		['user', 'CORP\\bad user'],
		['user', 'CORP\\a\\b'],
		['port', '0'],
		['port', '65536'],
		['port', '80; rm'],
		['configuration', 'Microsoft.PowerShell; rm'],
		['path', 'relative\\path.ps1'],
		['path', 'C:\\bad|name'],
		['computer', ''],
	] as const)('%s refuses %j, saying why', (kind, value) => {
		const checked = checkValue(kind, value);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(checked.reason).toMatch(/\w/);
	});
});

describe('placeValue', () => {
	test('checks the kind, then quotes for the context', () => {
		expect(placeValue('path', "C:\\it's\\x.ps1", 'single')).toEqual({
			ok: true,
			text: "C:\\it''s\\x.ps1",
		});
		expect(placeValue('path', 'C:\\$work\\x.ps1', 'double')).toEqual({
			ok: true,
			text: 'C:\\`$work\\x.ps1',
		});
		expect(placeValue('path', 'C:\\Program Files\\x.ps1', 'bare').ok).toBe(false);
		expect(placeValue('computer', 'srv";rm', 'single').ok).toBe(false);
	});
});

describe('values from a paste', () => {
	test('the first of each kind; an address stands in for a computer when no name was found', () => {
		expect(
			valuesFromIdentifiers({ ...emptyIdentifiers(), ips: ['10.10.1.3'], users: ['CORP\\jo'] })
		).toEqual({
			computer: '10.10.1.3',
			ip: '10.10.1.3',
			user: 'CORP\\jo',
		});
		expect(
			valuesFromIdentifiers({
				...emptyIdentifiers(),
				hosts: ['app7.corp.example.com'],
				domains: ['corp.example.com'],
				ports: ['5986'],
			})
		).toEqual({
			computer: 'app7.corp.example.com',
			domain: 'corp.example.com',
			port: '5986',
		});
	});

	test('nothing usable gives no values', () => {
		expect(valuesFromIdentifiers(emptyIdentifiers())).toEqual({});
	});
});

describe('fillCommand', () => {
	const trusted =
		'$newServer = \'Server01.Domain01.Fabrikam.com\'\nSet-Item wsman:\\localhost\\Client\\TrustedHosts -Value "$curValue, $newServer"';
	const slots = locateSlots(trusted, [
		{ kind: 'computer', example: 'Server01.Domain01.Fabrikam.com' },
	]);

	test('puts the value in place, quoted for where it lands', () => {
		expect(fillCommand(trusted, slots, { computer: '10.10.1.3' })).toBe(
			trusted.replace('Server01.Domain01.Fabrikam.com', '10.10.1.3')
		);
	});

	test('keeps the example when the value is refused', () => {
		expect(fillCommand(trusted, slots, { computer: 'x"; Remove-Item' })).toBe(trusted);
	});

	test('fills the first example of a kind and leaves a second one', () => {
		const code = "ComputerName = 'Server01', 'Server02'";
		const two = locateSlots(code, [
			{ kind: 'computer', example: 'Server01' },
			{ kind: 'computer', example: 'Server02' },
		]);
		expect(fillCommand(code, two, { computer: 'app7' })).toBe("ComputerName = 'app7', 'Server02'");
	});
});

describe('fillSlots', () => {
	const SLOTS = [
		{ kind: 'computer', example: 'Server01', quote: 'bare' },
		{ kind: 'user', example: 'Domain01\\Admin01', quote: 'bare' },
		{ kind: 'computer', example: 'Server02', quote: 'bare' },
		{ kind: 'computer', example: 'Server01', quote: 'single' },
	] as const;

	test("the reader's values go in the first example of each kind, quoted where they stand", () => {
		expect(fillSlots(SLOTS, { computer: 'SRV-APP01', user: 'CORP\\ops' })).toEqual({
			shown: [
				{ text: 'SRV-APP01', mine: true },
				{ text: 'CORP\\ops', mine: true },
				{ text: 'Server02', mine: false },
				{ text: 'SRV-APP01', mine: true },
			],
			refused: [],
		});
	});

	test("a value that cannot stand unquoted keeps the guide's example there, and says why", () => {
		const { shown, refused } = fillSlots(
			[{ kind: 'path', example: 'C:\\Scripts\\Tools.psm1', quote: 'bare' }],
			{ path: "C:\\Program Files\\it's.psm1" }
		);
		expect(shown).toEqual([{ text: 'C:\\Scripts\\Tools.psm1', mine: false }]);
		expect(refused.map(({ kind }) => kind)).toEqual(['path']);
		expect(refused[0]!.reason).toContain('unquoted');
	});

	test('no values show the examples; an invalid value is never shown', () => {
		expect(fillSlots(SLOTS, {}).shown.every(({ mine }) => !mine)).toBe(true);
		const { shown } = fillSlots(SLOTS, { computer: 'srv"; Remove-Item C:\\' });
		expect(shown.map(({ text }) => text)).toEqual([
			'Server01',
			'Domain01\\Admin01',
			'Server02',
			'Server01',
		]);
	});
});
