import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadEntries } from '../../../test/load-content';
import { normalizeCode } from '../signals';
import { createCodeTable, findWinrmCodes } from './find';
import { parseWsmanHeader } from './header';
import { decodeCodesJson, encodeCodesJson } from './json';
import { buildCodeReference, type CodedError } from './reference';

const codes = parseWsmanHeader(readFileSync(new URL('../../../sources/windows-sdk/wsmerror.h', import.meta.url), 'utf8'));
const errors: CodedError[] = loadEntries('errors').map(({ id, data }) => ({
	slug: id,
	title: data.title,
	url: `/errors/${id}/`,
	messages: data.messages.map((message) => message.text),
	codes: data.signals.codes,
}));
const reference = buildCodeReference(codes, errors);

describe('the code reference', () => {
	test('lists every WinRM code of the header once, by value', () => {
		expect(reference.winrm.map((row) => row.code.value)).toEqual(codes.map((code) => code.value).sort((a, b) => a - b));
	});

	test('links each code an error names to that error, and no other code', () => {
		const named = new Map(errors.flatMap((error) => error.codes.map((code) => [normalizeCode(code)!, error.slug] as const)));
		for (const row of reference.winrm) expect(row.errors.map((e) => e.slug), row.code.name).toEqual(named.has(row.code.value) ? [named.get(row.code.value)] : []);
		expect(reference.winrm.filter((row) => row.errors.length > 0).length).toBeGreaterThan(0);
	});

	test('lists the other codes the errors name, as written, with the errors that name them', () => {
		const winrm = new Set(codes.map((code) => code.value));
		const others = errors.flatMap((error) => error.codes.filter((code) => !winrm.has(normalizeCode(code)!)).map((code) => `${code} ${error.slug}`));
		expect(reference.windows.map((row) => `${row.written} ${row.errors.map((e) => e.slug).join(' ')}`).sort()).toEqual(others.sort());
		expect(reference.windows.find((row) => row.written === '0x80070005')).toMatchObject({ id: '0x80070005', value: 0x80070005 });
		expect(reference.windows.find((row) => row.written === '5')?.id).toBe('0x00000005');
	});

	test('stops on a code an error writes wrongly, naming the error', () => {
		expect(() => buildCodeReference(codes, [{ slug: 'x', title: 'X', url: '/errors/x/', messages: ['X.'], codes: ['0xZZ'] }])).toThrow(
			'errors/x: signals.codes has "0xZZ", which is not a code',
		);
	});
});

describe('codes.json', () => {
	const json = JSON.parse(JSON.stringify(encodeCodesJson(reference.winrm, '/kb/codes/')));
	const decoded = decodeCodesJson(json);

	test('gives back every code as the header has it, with its covering page and reference entry', () => {
		expect(decoded.codes).toEqual(codes.slice().sort((a, b) => a.value - b.value));
		const covered = reference.winrm.filter((row) => row.errors.length > 0);
		expect([...decoded.errorUrls]).toEqual(covered.map((row) => [row.code.value, row.errors[0]!.url]));
		expect(decoded.referenceUrl(decoded.codes[0]!)).toBe('/kb/codes/#0x80338000');
	});

	test('feeds the code search in the browser', () => {
		const [hit] = findWinrmCodes('Code="2150858770"', createCodeTable(decoded.codes));
		expect(hit?.code.name).toBe('ERROR_WSMAN_DESTINATION_UNREACHABLE');
	});

	test.each([null, {}, { version: 2, page: '/', codes: [] }, { version: 1, page: '/', codes: [['1', 'X', 'm']] }, { version: 1, page: '/', codes: [7] }])(
		'refuses %j with a clear error',
		(data) => {
			expect(() => decodeCodesJson(data)).toThrow(/^codes\.json: /);
		},
	);
});
