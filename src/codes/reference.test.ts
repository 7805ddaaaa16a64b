import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadEntries } from '../../test/load-content';
import { normalizeCode } from '../search/signals';
import { createCodeTable, findCodes } from './find';
import { parseHeader } from './header';
import { decodeCodesJson, encodeCodesJson } from './json';
import { buildCodeReference, type CodedError } from './reference';

const codes = parseHeader(
	readFileSync(new URL('../../sources/windows-sdk/wsmerror.h', import.meta.url), 'utf8'),
	'wsmerror.h'
);
const windows = parseHeader(
	readFileSync(new URL('../../sources/windows-sdk/winerror-excerpt.h', import.meta.url), 'utf8'),
	'winerror-excerpt.h'
);
const errors: CodedError[] = loadEntries('errors').map(({ id, data }) => ({
	slug: id,
	title: data.title,
	url: `/errors/${id}/`,
	messages: data.messages.map((message) => message.text),
	codes: data.signals.codes,
}));
const reference = buildCodeReference(codes, windows, errors);

describe('the code reference', () => {
	test('lists every WinRM code of the header once, by value', () => {
		expect(reference.winrm.map((row) => row.code.value)).toEqual(
			codes.map((code) => code.value).sort((a, b) => a - b)
		);
	});

	test('links each code an error names to that error, and no other code', () => {
		const named = new Map(
			errors.flatMap((error) =>
				error.codes.map((code) => [normalizeCode(code)!, error.slug] as const)
			)
		);
		for (const row of reference.winrm)
			expect(
				row.errors.map((e) => e.slug),
				row.code.name
			).toEqual(named.has(row.code.value) ? [named.get(row.code.value)] : []);
		expect(reference.winrm.filter((row) => row.errors.length > 0).length).toBeGreaterThan(0);
	});

	test('lists every code of the winerror.h excerpt once, with its name and message from the header', () => {
		const fromHeader = reference.windows.filter((row) => row.code);
		expect(fromHeader.map((row) => row.code)).toEqual(
			windows.slice().sort((a, b) => a.value - b.value)
		);
		for (const row of fromHeader) expect(row.id, row.code!.name).toBe(row.code!.hex);
		expect(reference.windows.find((row) => row.id === '0x80090324')).toMatchObject({
			written: '0x80090324',
			code: {
				name: 'SEC_E_TIME_SKEW',
				message: 'The clocks on the client and server machines are skewed.',
			},
		});
		expect(reference.windows.find((row) => row.id === '0x0000052e')).toMatchObject({
			written: '1326',
			code: { name: 'ERROR_LOGON_FAILURE' },
		});
	});

	test('lists every other code the errors name, with the errors that name them, and links the excerpt codes they name', () => {
		const winrm = new Set(codes.map((code) => code.value));
		const named = errors.flatMap((error) =>
			error.codes
				.filter((code) => !winrm.has(normalizeCode(code)!))
				.map((code) => `${normalizeCode(code)} ${error.slug}`)
		);
		expect(
			reference.windows.flatMap((row) => row.errors.map((e) => `${row.value} ${e.slug}`)).sort()
		).toEqual(named.sort());
		const header = new Set(windows.map((code) => code.value));
		const others = reference.windows.filter((row) => !header.has(row.value));
		expect(others.every((row) => row.code === undefined && row.errors.length > 0)).toBe(true);
		expect(reference.windows.find((row) => row.written === '0x80070005')).toMatchObject({
			id: '0x80070005',
			value: 0x80070005,
		});
		expect(reference.windows.find((row) => row.id === '0x00000005')).toMatchObject({
			written: '5',
			code: { name: 'ERROR_ACCESS_DENIED' },
		});
	});

	test('keeps the anchor of every code the errors name', () => {
		const ids = new Set([
			...reference.winrm.map((row) => row.code.hex),
			...reference.windows.map((row) => row.id),
		]);
		for (const error of errors)
			for (const code of error.codes)
				expect(ids.has(`0x${normalizeCode(code)!.toString(16).padStart(8, '0')}`), code).toBe(true);
	});

	test('stops on a code an error writes wrongly, naming the error', () => {
		expect(() =>
			buildCodeReference(codes, windows, [
				{ slug: 'x', title: 'X', url: '/errors/x/', messages: ['X.'], codes: ['0xZZ'] },
			])
		).toThrow('errors/x: signals.codes has "0xZZ", which is not a code');
	});

	test('stops on a value two headers both define, naming both', () => {
		const [first] = codes;
		expect(() => buildCodeReference(codes, [{ ...first!, name: 'E_TWICE' }], [])).toThrow(
			`E_TWICE and ${first!.name} are both ${first!.hex}`
		);
	});
});

describe('codes.json', () => {
	const json: unknown = JSON.parse(JSON.stringify(encodeCodesJson(reference, '/kb/codes/')));
	const decoded = decodeCodesJson(json);

	test('gives back every code as its header has it, with its covering page and reference entry', () => {
		expect(decoded.winrm).toEqual(codes.slice().sort((a, b) => a.value - b.value));
		expect(decoded.windows).toEqual(windows.slice().sort((a, b) => a.value - b.value));
		const covered = [
			...reference.winrm
				.filter((row) => row.errors.length > 0)
				.map((row) => [row.code.value, row.errors[0]!.url]),
			...reference.windows
				.filter((row) => row.code && row.errors.length > 0)
				.map((row) => [row.value, row.errors[0]!.url]),
		];
		expect([...decoded.errorUrls].sort()).toEqual(covered.sort());
		expect(decoded.referenceUrl(decoded.winrm[0]!)).toBe('/kb/codes/#0x80338000');
		expect(decoded.referenceUrl(decoded.windows.find((code) => code.value === 1326)!)).toBe(
			'/kb/codes/#0x0000052e'
		);
	});

	test('feeds the code search in the browser', () => {
		const table = createCodeTable(decoded.winrm, decoded.windows);
		expect(
			findCodes('Code="2150858770" after 0x80090324', table).map((hit) => hit.code.name)
		).toEqual(['ERROR_WSMAN_DESTINATION_UNREACHABLE', 'SEC_E_TIME_SKEW']);
	});

	test.each([
		null,
		{},
		{ version: 1, page: '/', codes: [] },
		{ version: 2, page: '/', codes: [] },
		{ version: 2, page: '/', codes: [['1', 'X', 'm']], windows: [] },
		{ version: 2, page: '/', codes: [], windows: [7] },
	])('refuses %j with a clear error', (data) => {
		expect(() => decodeCodesJson(data)).toThrow(/^codes\.json: /);
	});
});
