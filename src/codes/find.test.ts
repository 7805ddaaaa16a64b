import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { foldText } from '../search/text';
import { createCodeTable, findCodes, matchWinrmMessage, type CodeForm } from './find';
import { codeRecord, parseCodeTable, parseHeader } from './header';
import { mayNameCode } from './hint';

const codes = parseHeader(
	readFileSync(new URL('../../sources/windows-sdk/wsmerror.h', import.meta.url), 'utf8'),
	'wsmerror.h'
);
const windows = parseHeader(
	readFileSync(new URL('../../sources/windows-sdk/winerror-excerpt.h', import.meta.url), 'utf8'),
	'winerror-excerpt.h'
);
const rows = parseCodeTable(
	readFileSync(new URL('../../sources/wsman-error-codes.tsv', import.meta.url), 'utf8')
);
const table = createCodeTable(codes, windows);
const byName = new Map(codes.map((code) => [code.name, code]));

const found = (text: string) =>
	findCodes(text, table).map(({ code, forms }) => `${code.name}:${forms.join(',')}`);

describe('every code of the table, in every form Windows prints it', () => {
	test.each(rows)('$name', ({ name, value }) => {
		const hex = value.toString(16);
		const printed: [string, CodeForm][] = [
			[`0x${hex}`, 'hex'],
			[`0x${hex.toUpperCase()}`, 'hex'],
			[`0X${hex.toUpperCase()}`, 'hex'],
			[`The WinRM client received an error (errorcode 0x${hex.toUpperCase()}).`, 'hex'],
			[`HRESULT: 0x${hex}`, 'hex'],
			[
				`<f:WSManFault xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" Code="${value}" Machine="srv01">`,
				'decimal',
			],
			[`Error number: ${value} 0x${hex.toUpperCase()}`, 'decimal'],
			[`failed with error ${value}.`, 'decimal'],
			[`Error number:  ${value - 0x100000000}`, 'signed'],
			[`HResult : ${value - 0x100000000}`, 'signed'],
			[`error \u2212${0x100000000 - value} from a web page`, 'signed'],
		];
		for (const [text, form] of printed) {
			const [first] = findCodes(text, table);
			expect(first?.code.name, text).toBe(name);
			expect(first?.forms[0], text).toBe(form);
			expect(first?.family, text).toBe('winrm');
			expect(mayNameCode(text), text).toBe(true);
		}
	});
});

describe('every HRESULT of the winerror.h excerpt, as hex and as both decimals', () => {
	const hresults = windows.filter((code) => code.value > 0x7fffffff);

	test('the excerpt has HRESULTs', () => {
		expect(hresults.length).toBeGreaterThan(0);
	});

	test.each(hresults)('$name', ({ name, value }) => {
		const hex = value.toString(16);
		const printed: [string, CodeForm][] = [
			[`0x${hex}`, 'hex'],
			[`0x${hex.toUpperCase()}`, 'hex'],
			[`The WinRM client cannot process the request (error 0x${hex.toUpperCase()}).`, 'hex'],
			[`HResult : ${value}`, 'decimal'],
			[`HResult : ${value - 0x100000000}`, 'signed'],
			[`failed with error \u2212${0x100000000 - value}.`, 'signed'],
		];
		for (const [text, form] of printed) {
			expect(
				findCodes(text, table).map((found) => [found.code.name, found.family, found.forms[0]]),
				text
			).toEqual([[name, 'windows', form]]);
			expect(mayNameCode(text), text).toBe(true);
		}
	});
});

describe('a Win32 code of the excerpt', () => {
	test.each(windows.filter((code) => code.value <= 0x7fffffff))(
		'$name is found as eight hex digits only',
		({ name, value, hex }) => {
			expect(found(`error ${hex.toUpperCase()}`)).toEqual([`${name}:hex`]);
			expect(mayNameCode(hex)).toBe(true);
			for (const text of [`error ${value}`, `0x${value.toString(16)}`, `(${value})`])
				expect(found(text), text).toEqual([]);
		}
	);

	test.each([
		'1326',
		'5',
		'error 5',
		'At line:1 char:50',
		'Access is denied.',
		'The user name or password is incorrect.',
		'0x52e',
		'0x000000052e',
	])('finds no Windows code in %j', (text) => {
		expect(found(text)).toEqual([]);
	});

	test('a paste with a WinRM and a Windows code reports both, in order of appearance', () => {
		expect(found('Error 0x80090322 and then errorcode 0x80338012')).toEqual([
			'SEC_E_WRONG_PRINCIPAL:hex',
			'ERROR_WSMAN_DESTINATION_UNREACHABLE:hex',
		]);
	});
});

describe('findCodes', () => {
	test('reports each code once, with every form it was written in, in order of appearance', () => {
		const paste = [
			'Connecting to remote server srv01 failed with the following error message : WinRM cannot complete the operation.',
			'<f:WSManFault xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" Code="2150858770" Machine="srv01">',
			'Error number: -2144108526 0x80338012',
			'Also seen: 0x803380E4, and again 2150858770.',
		].join('\n');
		expect(found(paste)).toEqual([
			'ERROR_WSMAN_DESTINATION_UNREACHABLE:decimal,signed,hex',
			'ERROR_WSMAN_SERVER_NOT_TRUSTED:hex',
		]);
		expect(findCodes(paste, table)[0]!.index).toBe(paste.indexOf('2150858770'));
	});

	test('reads the error number the winrm command prints, wrapped as a support article quotes it', () => {
		const article = readFileSync(
			new URL(
				'../../sources/support-articles/errors-when-you-run-winrm-commands.md',
				import.meta.url
			),
			'utf8'
		);
		const paste = article.slice(
			article.indexOf('> winrm id'),
			article.indexOf('> winrm quickconfig')
		);
		expect(paste).toContain('Error number:  \n-2144108175 0x80338171');
		expect(found(paste)).toEqual(['ERROR_WSMAN_HTTP_STATUS_BAD_REQUEST:signed,hex']);
	});

	test('reads a code through terminal colours and punctuation', () => {
		expect(found('\u001b[31;1m0x80338012\u001b[0m')).toEqual([
			'ERROR_WSMAN_DESTINATION_UNREACHABLE:hex',
		]);
		expect(found('(2150858770)')).toEqual(['ERROR_WSMAN_DESTINATION_UNREACHABLE:decimal']);
		expect(found("code='2150858770';")).toEqual(['ERROR_WSMAN_DESTINATION_UNREACHABLE:decimal']);
	});

	test.each([
		'12150858770',
		'21508587701',
		'2150858770123',
		'v1.2150858770',
		'2150858770.5',
		'KB2150858770',
		'srv-2150858770',
		'2150858770abc',
		'0x803380121',
		'0x80338012L',
		'x0x80338012',
		'--2144108526',
		'-21441085260',
		'5',
		'0x80070005',
	])('finds nothing in %j', (text) => {
		expect(found(text)).toEqual([]);
	});

	test('a 2 MB paste of numbers and noise is read to its end', () => {
		const noise = '1234567890 0xDEADBEEF -42 2150858769x '.repeat(55_000);
		expect(noise.length).toBeGreaterThan(2_000_000);
		expect(found(`${noise}errorcode 0x80338012`)).toEqual([
			'ERROR_WSMAN_DESTINATION_UNREACHABLE:hex',
		]);
		expect(found('9'.repeat(2_000_000))).toEqual([]);
	});
});

describe('matchWinrmMessage', () => {
	const names = (text: string) => matchWinrmMessage(text, table).map((match) => match.code.name);
	const sameText = (code: { message: string }) =>
		codes.filter((other) => foldText(other.message) === foldText(code.message)).map((c) => c.name);

	test.each(table.messages.map(({ code }) => code))(
		'the message of $name finds $name and only codes with the same text',
		(code) => {
			expect(names(code.message)).toEqual(
				sameText(code).sort((a, b) => byName.get(a)!.value - byName.get(b)!.value)
			);
		}
	);

	test('finds a message the console wrapped mid-word, in another case, after prefixes and before more text', () => {
		const message = byName.get('ERROR_WSMAN_DESTINATION_UNREACHABLE')!.message;
		const wrapped =
			`new-pssession : [srv01] Connecting to remote server srv01 failed with the following error message : ${message.toUpperCase()} For more information, see the about_Remote_Troubleshooting Help topic.`
				.match(/.{1,80}/g)!
				.join('\n');
		expect(matchWinrmMessage(wrapped, table).map((match) => match.code.name)).toEqual([
			'ERROR_WSMAN_DESTINATION_UNREACHABLE',
		]);
	});

	test('a part of a message is not the message', () => {
		const message = byName.get('ERROR_WSMAN_DESTINATION_UNREACHABLE')!.message;
		expect(names(message.slice(0, -12))).toEqual([]);
	});

	test('the header\'s "not used" texts identify nothing', () => {
		expect(names('Not used. To be removed.')).toEqual([]);
		expect(names('<not used>')).toEqual([]);
	});

	test('an insert stands for a bounded run of text', () => {
		const inserts = createCodeTable([
			codeRecord('ERROR_X', 0x80338000, 'The plugin <insert1> failed to load from <insert2>.'),
		]);
		const match = (text: string) => matchWinrmMessage(text, inserts).map((m) => m.code.name);
		expect(
			match(
				'The plugin "Microsoft.PowerShell" failed to load from C:\\Windows\\system32\\pwrshplugin.dll.'
			)
		).toEqual(['ERROR_X']);
		expect(match(`The plugin ${'x'.repeat(400)} failed to load from here.`)).toEqual([]);
		expect(match('The plugin failed to load.')).toEqual([]);
	});

	test('finds an insert message from a later occurrence of its opening when the first does not fit', () => {
		const inserts = createCodeTable([
			codeRecord(
				'ERROR_X',
				0x80338000,
				'The WinRM service could not load the plugin <insert1> for the shell.'
			),
		]);
		const opening = 'The WinRM service could not load the plugin';
		const paste = `${opening} ${'and so on '.repeat(40)}then: ${opening} "Microsoft.PowerShell" for the shell.`;
		const [match] = matchWinrmMessage(paste, inserts);
		expect(match?.code.name).toBe('ERROR_X');
		expect(match?.start).toBe(foldText(paste).lastIndexOf(foldText(opening)));
	});

	test('reports where in the folded paste a message first appears', () => {
		const message = byName.get('ERROR_WSMAN_SERVER_NOT_TRUSTED')!.message;
		const paste = `First: ${message}\nAgain: ${message}`;
		expect(matchWinrmMessage(paste, table).map(({ start, end }) => [start, end])).toEqual([
			[5, 5 + foldText(message).length],
		]);
	});

	test('a 2 MB paste without a message is read to its end', () => {
		const noise = 'The WS-Management service cannot process the request. '.repeat(40_000);
		const message = byName.get('ERROR_WSMAN_SERVER_NOT_TRUSTED')!.message;
		expect(names(`${noise}${message}`)).toEqual(['ERROR_WSMAN_SERVER_NOT_TRUSTED']);
	});
});
