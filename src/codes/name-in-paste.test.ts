import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createCodeTable } from './find';
import { parseHeader, type HeaderCode } from './header';
import { decodeCodesJson } from './json';
import { mayNameCode } from './hint';
import { namedCodes } from './name-in-paste';

const header = parseHeader(
	readFileSync(new URL('../../sources/windows-sdk/wsmerror.h', import.meta.url), 'utf8'),
	'wsmerror.h'
);
const excerpt = parseHeader(
	readFileSync(new URL('../../sources/windows-sdk/winerror-excerpt.h', import.meta.url), 'utf8'),
	'winerror-excerpt.h'
);
const covered = new Map([
	[0x80338012, '/errors/cannot-connect-destination/'],
	[0x80090322, '/errors/kerberos-unknown-security-error/'],
]);
const entry = (code: HeaderCode) => [
	code.value,
	code.name,
	code.message,
	...(covered.has(code.value) ? [covered.get(code.value)] : []),
];
const decoded = decodeCodesJson({
	version: 2,
	page: '/codes/',
	codes: header.map(entry),
	windows: excerpt.map(entry),
});
const table = createCodeTable(decoded.winrm, decoded.windows);
const destinationUnreachable = header.find(
	(code) => code.name === 'ERROR_WSMAN_DESTINATION_UNREACHABLE'
)!;

describe('whether a paste may name a code', () => {
	test.each([
		'0x80338012',
		'WSManFault Code="2150858770"',
		'Error number:  -2144108526',
		'error 2150859046',
		'0x80090324',
		'0X8009030C',
		'2148074276',
		'-2146893020',
		'0x0000052E',
	])('yes: %s', (text) => {
		expect(mayNameCode(text)).toBe(true);
	});
	test.each([
		'Access is denied.',
		'version 2150858770123',
		'12150858770',
		'1326',
		'At line:1 char:50',
		'0x52e',
		'error 5',
	])('no: %s', (text) => {
		expect(mayNameCode(text)).toBe(false);
	});
});

describe('the codes a paste names', () => {
	test('a written code leads to its error page when the catalog covers it, else to its reference line', () => {
		const named = namedCodes(
			'WSManFault Code="2150858770" … and later -2144108250',
			table,
			decoded,
			false
		);
		expect(named.map((n) => [n.code.hex, n.covered, n.href])).toEqual([
			['0x80338012', true, '/errors/cannot-connect-destination/'],
			['0x80338126', false, '/codes/#0x80338126'],
		]);
	});

	test('a message without a code names its code only when asked', () => {
		const text = `Something failed: ${destinationUnreachable.message}`;
		expect(namedCodes(text, table, decoded, false)).toEqual([]);
		expect(namedCodes(text, table, decoded, true).map((n) => n.code.name)).toContain(
			'ERROR_WSMAN_DESTINATION_UNREACHABLE'
		);
	});

	test('each code once, at most three', () => {
		const text = ['0x80338012', '0x80338012', '0x80338126', '0x80338113', '0x80338115'].join(' ');
		expect(namedCodes(text, table, decoded, false).map((n) => n.code.hex)).toEqual([
			'0x80338012',
			'0x80338126',
			'0x80338113',
		]);
	});

	test('a Windows code leads to the error page that names it, else to its reference line', () => {
		const named = namedCodes('SEC_E: 0x80090322, then -2146893020', table, decoded, false);
		expect(named.map((n) => [n.code.name, n.family, n.covered, n.href])).toEqual([
			['SEC_E_WRONG_PRINCIPAL', 'windows', true, '/errors/kerberos-unknown-security-error/'],
			['SEC_E_TIME_SKEW', 'windows', false, '/codes/#0x80090324'],
		]);
	});

	test('WinRM codes come first, the Windows codes after them, within three', () => {
		const text = '0x80090324 0x80090322 then Code="2150858770" and 0x80338126 and 0x80338113';
		expect(namedCodes(text, table, decoded, false).map((n) => n.code.name)).toEqual([
			'ERROR_WSMAN_DESTINATION_UNREACHABLE',
			expect.stringMatching(/^ERROR_WSMAN_/),
			expect.stringMatching(/^ERROR_WSMAN_/),
		]);
		expect(
			namedCodes('0x80090324 then Code="2150858770"', table, decoded, false).map((n) => n.family)
		).toEqual(['winrm', 'windows']);
	});

	test('a Windows code written beside a WinRM message: the message names its WinRM code first', () => {
		const text = `${destinationUnreachable.message} (0x80090324)`;
		expect(namedCodes(text, table, decoded, true).map((n) => n.code.name)).toEqual([
			'ERROR_WSMAN_DESTINATION_UNREACHABLE',
			'SEC_E_TIME_SKEW',
		]);
	});

	test('a Windows message alone names nothing, nor does a short number', () => {
		expect(
			namedCodes(
				'The user name or password is incorrect. Access is denied. Error 1326 at line 5',
				table,
				decoded,
				true
			)
		).toEqual([]);
	});
});
