import { expect, test } from 'vitest';
import { locateSlots, parseCodeMeta } from './code-meta';
import { leadCommand, metaOf, type OutlineBlock, type OutlineHeadingLine } from './lead-command';

const HEADINGS: OutlineHeadingLine[] = [
	{ depth: 2, text: 'See what is already trusted', id: 'view-the-list', line: 10 },
	{ depth: 3, text: 'On a server', id: 'on-a-server', line: 14 },
	{ depth: 2, text: 'Add to the existing list', id: 'add-to-existing-list', line: 20 },
	{ depth: 2, text: 'Check that it worked', id: 'check', line: 40 },
];

function block(code: string, meta: string, line: number, lang = 'powershell'): OutlineBlock {
	const parsed = parseCodeMeta(meta);
	return {
		lang,
		code,
		primary: parsed.primary,
		slots: locateSlots(code, parsed.slots),
		check: parsed.check,
		line,
	};
}

const VIEW = block('Get-Item WSMan:\\localhost\\Client\\TrustedHosts', '', 12);
const ADD = block(
	"$newServer = 'Server01.Domain01.Fabrikam.com'\nSet-Item WSMan:\\localhost\\Client\\TrustedHosts -Concatenate -Value $newServer",
	'primary slots="computer=Server01.Domain01.Fabrikam.com"',
	24
);

test('a fix leads with its primary command, numbered by the step it stands under', () => {
	expect(leadCommand([VIEW, ADD], HEADINGS)).toEqual({
		code: ADD.code,
		slots: ADD.slots,
		primary: true,
		meta: 'slots="computer=Server01.Domain01.Fabrikam.com"',
		step: { id: 'add-to-existing-list', text: 'Add to the existing list', number: 2, of: 3 },
	});
});

test('without a primary command, with its first PowerShell one; text blocks are not commands', () => {
	const template = block('Setspn -s HTTP/servername:5985 <servername>', '', 11, 'text');
	const lead = leadCommand([template, VIEW, { ...ADD, primary: false }], HEADINGS);
	expect(lead?.code).toBe(VIEW.code);
	expect(lead?.primary).toBe(false);
	expect(lead?.step?.number).toBe(1);
	expect(leadCommand([template], HEADINGS)).toBeUndefined();
	expect(leadCommand([], HEADINGS)).toBeUndefined();
});

test('a command before the first step has no step', () => {
	expect(leadCommand([block('Test-WSMan -ComputerName "server01"', '', 3)], HEADINGS)?.step).toBe(
		undefined
	);
});

test('the meta declares the block again exactly as its render read it', () => {
	const declared = block(
		'New-PSSession -ComputerName Server01 -ConfigurationName Microsoft.PowerShell32 # Server01',
		'primary slots="computer=Server01 configuration=Microsoft.PowerShell32" check="only reads"',
		5
	);
	const meta = metaOf(declared);
	expect(meta).toBe(
		'primary slots="computer=Server01 configuration=Microsoft.PowerShell32" check="only reads"'
	);
	expect(parseCodeMeta(meta)).toEqual(
		parseCodeMeta(
			'primary slots="computer=Server01 configuration=Microsoft.PowerShell32" check="only reads"'
		)
	);
	expect(metaOf(VIEW)).toBe('');
});

test('a command under a part of a step names that part, with the number of its step', () => {
	const lead = leadCommand([block('Test-WSMan -ComputerName "server01"', '', 16)], HEADINGS);
	expect(lead?.step).toEqual({ id: 'on-a-server', text: 'On a server', number: 1, of: 3 });
});
