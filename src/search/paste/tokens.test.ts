/**
 * The identifier readers, form by form: each kind of identifier as Windows, PowerShell and the WinRM
 * clients print it, and the look-alikes (counts, versions, line numbers) that are none.
 */
import { describe, expect, test } from 'vitest';
import {
	bareCodes,
	canonicalCode,
	classKey,
	codesIn,
	errnosIn,
	exceptionsIn,
	filesIn,
	httpStatuses,
	identifierKeys,
	nameFamilies,
	namesIn,
} from './tokens';

describe('codes, in every form they are printed', () => {
	test.each([
		['a WSManFault attribute', '<f:WSManFault Code="2150858770" Machine="srv">', 2150858770],
		['the signed decimal winrm.cmd prints', 'Error number:  -2144108526 0x80338012', 0x80338012],
		[
			'an errorcode in a message',
			'The following error with errorcode 0x80090322 occurred',
			0x80090322,
		],
		['eight hex digits anywhere', 'failed (0x80070005).', 0x80070005],
		[
			'a key ending in code, as a Python dict prints it',
			"{'wsmanfault_code': 2150858770}",
			2150858770,
		],
		['an HRESULT named as such', 'HRESULT 0x8009030e', 0x8009030e],
		['HRESULT_FROM_WIN32 of a number', 'HRESULT_FROM_WIN32(1326)', 1326],
	])('%s', (_note, text, code) => {
		expect(codesIn(text)).toContain(code);
	});

	test.each([
		['a version', 'PowerShell 7.4.2150858770 is out'],
		['a line number', 'At line:12 char:5'],
		['a port', 'port 5985'],
		['an HTTP status key', "'http_status_code': 500"],
		['an object address of twelve hex digits', 'object at 0x7fefb0fdf3d0>'],
	])('%s is no code', (_note, text) => {
		expect(codesIn(text).filter((code) => code > 0xffff)).toEqual([]);
	});

	test('an HRESULT that carries a Win32 code is that Win32 code, so pages naming either form meet', () => {
		expect(canonicalCode(0x80070005)).toBe(5);
		expect(canonicalCode(0x8007052e)).toBe(1326);
		expect(canonicalCode(0x80338012)).toBe(0x80338012);
		expect(identifierKeys('failed: 0x80070005')).toEqual(identifierKeys('ErrorCode 5'));
	});

	test.each([
		['2150858770', [2150858770]],
		['-2144108526', [0x80338012]],
		['0x80338012', [0x80338012]],
		['  (0x80090322) ', [0x80090322]],
		['5 1326', [5, 1326]],
	])('%j alone in the box is a code look-up', (text, codes) => {
		expect(bareCodes(text)).toEqual(codes);
	});

	test.each(['5985 is the port', 'x', '1.2.3.4', '0x8033801'.repeat(40)])(
		'%j is no look-up',
		(text) => {
			expect(bareCodes(text)).toBeUndefined();
		}
	);
});

describe('symbolic names and their families', () => {
	test('names in capitals joined by underscores', () => {
		expect(
			namesIn('Connecting failed: MI_RESULT_SERVER_LIMITS_EXCEEDED (SEC_E_WRONG_PRINCIPAL), OK')
		).toEqual(['MI_RESULT_SERVER_LIMITS_EXCEEDED', 'SEC_E_WRONG_PRINCIPAL']);
		expect(namesIn('a snake_case_word and HTTP alone')).toEqual([]);
	});

	test('a name belongs to each of its longer prefixes of two parts or more', () => {
		expect(nameFamilies('MI_RESULT_SERVER_LIMITS_EXCEEDED')).toEqual([
			'MI_RESULT_SERVER_LIMITS',
			'MI_RESULT_SERVER',
			'MI_RESULT',
		]);
		expect(nameFamilies('SEC_E')).toEqual([]);
	});
});

describe('exception and error classes, as each language prints them', () => {
	test.each([
		[
			'Python',
			'winrm.exceptions.InvalidCredentialsError: the specified credentials',
			'invalidcredentialserror',
		],
		[
			'Ruby',
			'WinRM::WinRMAuthorizationError (WinRM::WinRMAuthorizationError)',
			'winrmauthorizationerror',
		],
		[
			'.NET',
			'System.Management.Automation.Remoting.PSRemotingTransportException: Connecting',
			'psremotingtransportexception',
		],
		[
			'a Ruby inspect',
			'#<WinRM::WinRMHTTPTransportError: Bad HTTP response>',
			'winrmhttptransporterror',
		],
		['a Python repr', "Caused by NewConnectionError('<urllib3…>: Failed')", 'newconnectionerror'],
	])('%s', (_note, text, key) => {
		expect(exceptionsIn(text).map(classKey)).toContain(key);
	});

	test('the words Error and Exception alone are no class', () => {
		expect(exceptionsIn('Error: Exception occurred. Fault.')).toEqual([]);
	});
});

test('provider libraries', () => {
	expect(filesIn('The plug-in %windir%\\system32\\pwrshplugin.dll could not be loaded')).toEqual([
		'pwrshplugin.dll',
	]);
});

describe('HTTP statuses as the clients word them', () => {
	test.each([
		['pywinrm', 'Bad HTTP response returned from server. Code 500', 500],
		['Go winrm', 'http response error: 401 - invalid content type', 401],
		['Go winrm, the other form', 'http error 404: ', 404],
		['requests', '401 Client Error: Unauthorized for url: http://srv:5985/wsman', 401],
		['WinRM itself', 'received an HTTP status code of 403 from the remote', 403],
		['WinRM, in parentheses', 'received an HTTP server error status (500), but', 500],
		['.NET', 'The remote server returned an error: (401) Unauthorized.', 401],
		['a status line', 'HTTP/1.1 503 Service Unavailable', 503],
		['a Python dict', "'http_status_code': 500", 500],
	])('%s', (_note, text, status) => {
		expect(httpStatuses(text)).toContain(status);
	});

	test.each(['port 5985', 'took 401 ms', 'line 500 of the log'])('%j is no status', (text) => {
		expect(httpStatuses(text)).toEqual([]);
	});
});

describe("the operating system's error numbers under a client's socket errors", () => {
	test.each([
		[
			'the bracketed form',
			'Failed to establish a new connection: [Errno 113] No route to host',
			113,
		],
		['a negative one', '[Errno -2] Name or service not known', -2],
		[
			'a socket error tuple',
			"('Connection aborted.', error(104, 'Connection reset by peer'))",
			104,
		],
		['an OSError', "OSError(101, 'Network is unreachable')", 101],
		['with its symbolic name, inside a string', 'error("(104, \'ECONNRESET\')",)', 104],
	])('%s', (_note, text, errno) => {
		expect(errnosIn(text)).toEqual([errno]);
	});

	test('a Windows socket error is a Win32 code', () => {
		expect(codesIn('[WinError 10061] No connection could be made')).toContain(10061);
	});
});
