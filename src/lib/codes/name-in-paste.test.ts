import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createCodeTable } from './find';
import { parseWsmanHeader } from './header';
import { decodeCodesJson } from './json';
import { mayNameWinrmCode } from './hint';
import { namedCodes } from './name-in-paste';

const header = parseWsmanHeader(readFileSync(new URL('../../../sources/windows-sdk/wsmerror.h', import.meta.url), 'utf8'));
const covered = header.find((code) => code.name === 'ERROR_WSMAN_DESTINATION_UNREACHABLE')!;
const decoded = decodeCodesJson({
	version: 1,
	page: '/codes/',
	codes: header.map((code) => (code === covered ? [code.value, code.name, code.message, '/errors/cannot-connect-destination/'] : [code.value, code.name, code.message])),
});
const table = createCodeTable(decoded.codes);

describe('whether a paste may name a WinRM code', () => {
	test.each(['0x80338012', 'WSManFault Code="2150858770"', 'Error number:  -2144108526', 'error 2150859046'])('yes: %s', (text) => {
		expect(mayNameWinrmCode(text)).toBe(true);
	});
	test.each(['0x80070005', 'Access is denied.', 'version 2150858770123', '12150858770'])('no: %s', (text) => {
		expect(mayNameWinrmCode(text)).toBe(false);
	});
});

describe('the codes a paste names', () => {
	test('a written code leads to its error page when the catalog covers it, else to its reference line', () => {
		const named = namedCodes('WSManFault Code="2150858770" … and later -2144108250', table, decoded, false);
		expect(named.map((n) => [n.code.hex, n.covered, n.href])).toEqual([
			['0x80338012', true, '/errors/cannot-connect-destination/'],
			['0x80338126', false, '/codes/#0x80338126'],
		]);
	});

	test('a message without a code names its code only when asked', () => {
		const text = `Something failed: ${covered.message}`;
		expect(namedCodes(text, table, decoded, false)).toEqual([]);
		expect(namedCodes(text, table, decoded, true).map((n) => n.code.name)).toContain('ERROR_WSMAN_DESTINATION_UNREACHABLE');
	});

	test('each code once, at most three', () => {
		const text = ['0x80338012', '0x80338012', '0x80338126', '0x80338113', '0x80338115'].join(' ');
		expect(namedCodes(text, table, decoded, false).map((n) => n.code.hex)).toEqual(['0x80338012', '0x80338126', '0x80338113']);
	});
});
