import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compareWithTable, parseCodeTable, parseHeader, win32Hresults } from './header';

const header = readFileSync(
	new URL('../../sources/windows-sdk/wsmerror.h', import.meta.url),
	'utf8'
);
const table = parseCodeTable(
	readFileSync(new URL('../../sources/wsman-error-codes.tsv', import.meta.url), 'utf8')
);
const codes = parseHeader(header, 'wsmerror.h');
const excerpt = readFileSync(
	new URL('../../sources/windows-sdk/winerror-excerpt.h', import.meta.url),
	'utf8'
);
const windows = parseHeader(excerpt, 'winerror-excerpt.h');
const byName = new Map(codes.map((code) => [code.name, code]));

describe('the header agrees with the code table', () => {
	test('the table lists the 474 ERROR_WSMAN_ codes', () => {
		expect(table).toHaveLength(474);
	});

	test('every code of the table is in the header with the same value, and every ERROR_WSMAN_ code of the header in the table', () => {
		expect(compareWithTable(codes, table)).toEqual([]);
	});

	test('a disagreement is named', () => {
		const [first, second] = codes.filter((code) => code.name.startsWith('ERROR_WSMAN_'));
		expect(
			compareWithTable(codes, [
				{ name: first!.name, value: first!.value + 1 },
				{ name: 'ERROR_WSMAN_NOWHERE', value: 1 },
			])
		).toEqual(
			expect.arrayContaining([
				`${first!.name}: the table has ${first!.value + 1}, the header ${first!.value}`,
				'ERROR_WSMAN_NOWHERE: the table has 1, the header does not define it',
				`${second!.name}: in the header, not in the table`,
			])
		);
	});

	test('every MessageId of the header has its #define, all in the WinRM facility, each value once', () => {
		expect(codes).toHaveLength(header.match(/^\/\/ MessageId: /gm)!.length);
		expect(codes.filter((code) => code.value >>> 16 !== 0x8033).map((c) => c.name)).toEqual([]);
		expect(new Set(codes.map((code) => code.value)).size).toBe(codes.length);
	});
});

describe('records', () => {
	test('carry the value in each form Windows prints it', () => {
		expect(byName.get('ERROR_WSMAN_DESTINATION_UNREACHABLE')).toEqual({
			name: 'ERROR_WSMAN_DESTINATION_UNREACHABLE',
			value: 2150858770,
			hex: '0x80338012',
			decimal: '2150858770',
			signed: '-2144108526',
			message: byName.get('ERROR_WSMAN_DESTINATION_UNREACHABLE')!.message,
		});
		expect(byName.get('ERROR_WSMAN_SERVER_NOT_TRUSTED')?.hex).toBe('0x803380e4');
	});

	test('join the comment lines of a message with single spaces', () => {
		expect(byName.get('ERROR_WSMAN_INVALID_URI')!.message).toBe(
			'The WS-Management service cannot process the request. The resource URI is missing or it has an incorrect format. Check the documentation or use the following command for information on how to construct a resource URI: "winrm help uris".'
		);
	});

	test('print %n as a line break', () => {
		expect(byName.get('ERROR_WSMAN_CONFIG_CORRUPTED')!.message).toBe(
			'The WS-Management configuration is corrupted. Use the following command to restore defaults:\n\nwinrm invoke Restore http://schemas.microsoft.com/wbem/wsman/1/config @{}\n\nThen add any custom configuration settings.'
		);
	});

	test('no message keeps a % escape or the comment markers', () => {
		expect(
			codes.filter((code) => /%|(?:^|\s)\/\/(?:\s|$)|^\s|\s$/.test(code.message)).map((c) => c.name)
		).toEqual([]);
	});
});

describe('the winerror.h excerpt', () => {
	test('every MessageId block has its #define, each value once', () => {
		expect(windows).toHaveLength(excerpt.match(/^\/\/ MessageId: /gm)!.length);
		expect(windows.length).toBeGreaterThan(0);
		expect(new Set(windows.map((code) => code.value)).size).toBe(windows.length);
	});

	test('reads a Win32 code defined in decimal', () => {
		expect(windows.find((code) => code.name === 'ERROR_LOGON_FAILURE')).toEqual({
			name: 'ERROR_LOGON_FAILURE',
			value: 1326,
			hex: '0x0000052e',
			decimal: '1326',
			signed: '1326',
			message: 'The user name or password is incorrect.',
		});
	});

	test('reads a decimal #define followed by a comment', () => {
		expect(windows.find((code) => code.name === 'ERROR_INVALID_PARAMETER')).toMatchObject({
			value: 87,
			message: 'The parameter is incorrect.',
		});
	});

	test('reads an HRESULT defined with _HRESULT_TYPEDEF_, in either case of hex', () => {
		expect(windows.find((code) => code.name === 'SEC_E_TIME_SKEW')).toEqual({
			name: 'SEC_E_TIME_SKEW',
			value: 0x80090324,
			hex: '0x80090324',
			decimal: '2148074276',
			signed: '-2146893020',
			message: 'The clocks on the client and server machines are skewed.',
		});
		expect(windows.find((code) => code.name === 'SEC_E_LOGON_DENIED')).toMatchObject({
			hex: '0x8009030c',
			message: 'The logon attempt failed',
		});
	});

	test('the excerpt carries the HRESULT_FROM_WIN32 mapping the derived codes follow', () => {
		expect(excerpt).toMatch(/^#define FACILITY_WIN32 +7$/m);
		expect(excerpt).toContain(
			'#define __HRESULT_FROM_WIN32(x) ((HRESULT)(x) <= 0 ? ((HRESULT)(x)) : ((HRESULT) (((x) & 0x0000FFFF) | (FACILITY_WIN32 << 16) | 0x80000000)))'
		);
	});

	test('each Win32 code becomes the HRESULT a paste shows, with its message; HRESULTs stay as they are', () => {
		const derived = win32Hresults(windows);
		expect(derived.find((code) => code.hex === '0x80070426')).toEqual({
			name: 'HRESULT_FROM_WIN32(ERROR_SERVICE_NOT_ACTIVE)',
			value: 0x80070426,
			hex: '0x80070426',
			decimal: '2147943462',
			signed: '-2147023834',
			message: 'The service has not been started.',
		});
		expect(derived.find((code) => code.hex === '0x8007052e')?.message).toBe(
			'The user name or password is incorrect.'
		);
		expect(derived).toHaveLength(windows.filter((code) => code.value <= 0xffff).length);
		expect(derived.every((code) => code.hex.startsWith('0x8007'))).toBe(true);
	});
});

describe('parse problems name the place', () => {
	const block = (message: string, define = '#define ERROR_X 0x80338000L') =>
		`//\n// MessageId: ERROR_X\n//\n// MessageText:\n//\n${message}\n//\n${define}\n`;
	const parse = (text: string) => parseHeader(text, 'test.h');

	test.each([
		['#define ERROR_X 0x80338000L', 0x80338000],
		['#define ERROR_X 0x80338000L // a comment', 0x80338000],
		['#define ERROR_X                  _HRESULT_TYPEDEF_(0x8009030CL)', 0x8009030c],
		['#define ERROR_X _HRESULT_TYPEDEF_(0x80090324L)    // a comment', 0x80090324],
		['#define ERROR_X              1326L', 1326],
		['#define ERROR_X          87L    // dderror', 87],
	])('reads %j', (define, value) => {
		expect(parse(block('// Text.', define))).toEqual([
			expect.objectContaining({ name: 'ERROR_X', value, message: 'Text.' }),
		]);
	});

	test('an insert becomes a placeholder', () => {
		expect(parse(block('// Cannot open %1 on\n// %2!s!.'))[0]!.message).toBe(
			'Cannot open <insert1> on <insert2>.'
		);
	});

	test('an unknown escape stops the parse', () => {
		expect(() => parse(block('// Tab%there'))).toThrow(
			/^test\.h line 2 \(ERROR_X\): the message has the escape "%t"/
		);
	});

	test('a #define for another symbol stops the parse', () => {
		expect(() => parse(block('// Text.', '#define ERROR_Y 0x80338000L'))).toThrow(
			/^test\.h line 2 \(ERROR_X\).*#define ERROR_X/
		);
	});

	test.each([
		'#define ERROR_X 0x8033800L',
		'#define ERROR_X 0x80338000',
		'#define ERROR_X _HRESULT_TYPEDEF_(0x80338000)',
		'#define ERROR_X _HRESULT_TYPEDEF_(0x80338000L',
		'#define ERROR_X 1326',
		'#define ERROR_X 4294967296L',
		'#define ERROR_X ((DWORD)0x80338000L)',
		'#define ERROR_X 1326L junk',
	])('a #define in no known form stops the parse, naming the file and the line: %j', (define) => {
		expect(() => parse(`// [excerpt: offset 9712]\n${block('// Text.', define)}`)).toThrow(
			/^test\.h line 3 \(ERROR_X\): the message is not followed by "#define ERROR_X"/
		);
	});

	test('a block cut short stops the parse, naming the file and the line', () => {
		expect(() => parse('//\n// MessageId: ERROR_X\n//\n#define ERROR_X 5L\n')).toThrow(
			/^test\.h line 2 \(ERROR_X\): no "\/\/ MessageText:"/
		);
	});

	test('a table row whose decimal and hex disagree stops the parse', () => {
		expect(() => parseCodeTable('# comment\nERROR_X\t2150858752\t0x80338001\n')).toThrow(/line 2/);
	});
});
