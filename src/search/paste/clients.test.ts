/**
 * The noise classes of the programs that speak WinRM themselves and of the logs around them, each on
 * pastes written for these tests (own hosts and paths) around messages the vendored client sources print
 * (pywinrm, Go winrm, Packer, the Ruby gem) and the synthetic remoting catalog of test/test-catalog.ts.
 */
import { describe, expect, test } from 'vitest';
import { analyzePaste } from '../analyze';
import { cleanPaste } from './clean';
import { REMOTING_ERRORS, catalog, messageOf, type ErrorSpec } from '../../../test/test-catalog';

/** Client errors worded as the vendored client sources raise them. */
const CLIENT_ERRORS: ErrorSpec[] = [
	{
		slug: 'credentials-rejected',
		// pywinrm, winrm/transport.py
		messages: ['the specified credentials were rejected by the server'],
		signals: { exceptions: ['InvalidCredentialsError'], http: [401] },
	},
	{
		slug: 'go-http-401',
		// Go winrm, http.go and auth.go
		messages: ['http response error: 401 - invalid content type'],
		signals: { http: [401] },
	},
	{
		slug: 'ruby-authorization',
		// Ruby WinRM, lib/winrm/exceptions.rb and http/response_handler.rb
		messages: ['WinRM::WinRMAuthorizationError'],
		signals: { exceptions: ['WinRM::WinRMAuthorizationError'], http: [401] },
	},
	{
		slug: 'python-refused',
		clients: ['ansible'],
		// pywinrm through requests and urllib3
		messages: ['Failed to establish a new connection: [Errno 111] Connection refused'],
	},
	{
		slug: 'go-refused',
		clients: ['go-winrm'],
		// Go's net package under Go winrm
		messages: ['dial tcp <address>: connect: connection refused'],
	},
	{
		slug: 'fault-class',
		clients: ['ruby-winrm'],
		// Ruby WinRM, lib/winrm/exceptions.rb: the class and its message, the fault's own text after it
		messages: ['WinRM::WinRMWSManFault: [WSMAN ERROR CODE: <code>]: <fault description>'],
	},
	{
		slug: 'packer-timeout',
		// Packer, communicator/step_connect_winrm.go
		messages: ['Timeout waiting for WinRM.'],
	},
];

const model = catalog(...REMOTING_ERRORS, ...CLIENT_ERRORS);

function top(paste: string) {
	const [best] = analyzePaste(paste, model).evidence;
	return best ? `${best.error.slug}:${best.confidence}` : 'none';
}

describe('Ansible result objects', () => {
	test('an UNREACHABLE result: the msg member is the message, its transport prefix and the other members are noise', () => {
		const paste =
			'fatal: [win-build-03]: UNREACHABLE! => {"changed": false, "msg": "ntlm: the specified credentials were rejected by the server", "unreachable": true}';
		const clean = cleanPaste(paste);
		expect(clean.text).not.toMatch(/changed|unreachable|ntlm/i);
		expect(clean.identifiers.hosts).toContain('win-build-03');
		expect(top(paste)).toBe('credentials-rejected:exact');
	});

	test.each(['basic', 'ntlm', 'kerberos', 'ssl', 'credssp', 'certificate'])(
		'the %s: transport prefix',
		(transport) => {
			expect(
				cleanPaste(`${transport}: the specified credentials were rejected by the server`).text
			).toBe('the specified credentials were rejected by the server');
		}
	);

	test('a FAILED result printed over several lines, its stderr escaped', () => {
		const paste = [
			'fatal: [sql-node-2]: FAILED! => {',
			'    "changed": true,',
			'    "rc": 1,',
			`    "stderr": "${REMOTING_ERRORS[0]!.messages[0]}\\r\\n    + CategoryInfo : OpenError: (sql-node-2:String) [], PSRemotingTransportException\\r\\n",`,
			'    "stdout": ""',
			'}',
		].join('\n');
		expect(top(paste)).toBe('access-denied:exact');
	});

	test('escaped quotes inside the message stay inside it', () => {
		const term = messageOf('term-not-recognized-32bit').replace(
			'<tool-name>',
			"'Get-WindowsFeature'"
		);
		const paste = `fatal: [h1]: FAILED! => {"msg": "${term.replaceAll("'", '\\"')}", "rc": 1}`;
		expect(top(paste)).toBe('term-not-recognized-32bit:exact');
	});
});

describe('Python', () => {
	test('a traceback: the frames and their source lines are machinery, the last line is the error', () => {
		const paste = [
			'Traceback (most recent call last):',
			'  File "/opt/venv/lib/python3.11/site-packages/winrm/__init__.py", line 44, in run_cmd',
			'    shell_id = self.protocol.open_shell()',
			'  File "/opt/venv/lib/python3.11/site-packages/winrm/transport.py", line 346, in _send_message_request',
			'    raise InvalidCredentialsError("the specified credentials were rejected by the server")',
			'winrm.exceptions.InvalidCredentialsError: the specified credentials were rejected by the server',
		].join('\n');
		const clean = cleanPaste(paste);
		expect(clean.text).toBe(
			'winrm.exceptions.InvalidCredentialsError: the specified credentials were rejected by the server'
		);
		expect(clean.signals.exceptions).toContain('InvalidCredentialsError');
		expect(top(paste)).toBe('credentials-rejected:exact');
	});

	test("urllib3's pool wrapper and object reprs are noise; the host and port are the reader's", () => {
		const paste =
			"HTTPSConnectionPool(host='app-07.corp.example', port=5986): Max retries exceeded with url: /wsman (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f1c2a3b4c50>: Failed to establish a new connection: [Errno 111] Connection refused'))";
		const clean = cleanPaste(paste);
		expect(clean.text).not.toContain('object at');
		expect(clean.identifiers.hosts).toContain('app-07.corp.example');
		expect(clean.identifiers.ports).toContain('5986');
		expect(clean.signals.exceptions).toContain('NewConnectionError');
	});

	test("a Python exception's repr alone is an error, not words to search the site for", () => {
		expect(
			analyzePaste("('Connection aborted.', error(\"(104, 'ECONNRESET')\",))", model).kind
		).toBe('error');
	});

	test("a tuple repr's strings are read, Python 2's u'' prefixes dropped", () => {
		expect(
			cleanPaste("('Connection aborted.', error(104, 'Connection reset by peer'))").text
		).toContain('Connection reset by peer');
		expect(
			cleanPaste(
				"WinRMTransportError: (u'http', u'Bad HTTP response returned from server. Code 500')"
			).text
		).toContain("('http', 'Bad HTTP response");
	});

	test("pywinrm's fault data after the fault's reason: the reason is the error, the data gives its codes", () => {
		const paste = `winrm.exceptions.WSManFaultError: ${messageOf('cannot-connect-destination')} (extended fault data: {'transport_message': 'Bad HTTP response returned from server. Code 500', 'http_status_code': 500, 'wsmanfault_code': 2150858770, 'fault_code': 's:Receiver'})`;
		const clean = cleanPaste(paste);
		expect(clean.text).not.toContain('transport_message');
		expect(clean.signals.codes).toContain(2150858770);
		expect(clean.signals.http).toContain(500);
		expect(top(paste)).toBe('cannot-connect-destination:exact');
	});
});

describe('Go programs: Terraform and Packer', () => {
	test('a request chain: the URL names the host and is no part of the message', () => {
		const paste =
			'Error: timeout - last error: unknown error Post "https://10.20.30.40:5986/wsman": http response error: 401 - invalid content type';
		const clean = cleanPaste(paste);
		expect(clean.text).not.toContain('wsman');
		expect(clean.identifiers.ips).toContain('10.20.30.40');
		expect(clean.signals.http).toContain(401);
		expect(top(paste)).toBe('go-http-401:exact');
	});

	test("Terraform's diagnostic box", () => {
		const paste = [
			'╷',
			'│ Error: error uploading shell script: http response error: 401 - invalid content type',
			'│',
			'│   with hyperv_machine_instance.web["a"],',
			'╵',
		].join('\n');
		expect(top(paste)).toBe('go-http-401:exact');
	});

	test("Go's log columns and Packer's plug-in and build prefixes", () => {
		const paste = [
			'2024/03/09 08:15:02 packer-plugin-hyperv_v1.1.1_x5.0_linux_amd64 plugin: 2024/03/09 08:15:02 [ERROR] connection error: http response error: 401 - invalid content type',
			'2024/03/09 08:45:00 ui error: ==> hyperv-iso.win2022: Timeout waiting for WinRM.',
		].join('\n');
		const clean = cleanPaste(paste);
		expect(clean.text.split('\n')).toEqual([
			'connection error: http response error: 401 - invalid content type',
			'Timeout waiting for WinRM.',
		]);
		expect(top(paste)).toBe('go-http-401:exact');
	});
});

describe('Ruby: Vagrant, Chef, Test Kitchen', () => {
	test('an exception line and the backtrace under it', () => {
		const paste = [
			"/opt/vagrant/embedded/gems/gems/winrm-2.3.6/lib/winrm/http/response_handler.rb:59:in `raise_if_auth_error': WinRM::WinRMAuthorizationError (WinRM::WinRMAuthorizationError)",
			"\tfrom /opt/vagrant/embedded/gems/gems/winrm-2.3.6/lib/winrm/http/response_handler.rb:36:in `parse_to_xml'",
			"\tfrom /opt/vagrant/embedded/gems/gems/winrm-2.3.6/lib/winrm/http/transport.rb:143:in `send_request'",
		].join('\n');
		const clean = cleanPaste(paste);
		expect(clean.text).toBe('WinRM::WinRMAuthorizationError (WinRM::WinRMAuthorizationError)');
		expect(top(paste)).toBe('ruby-authorization:exact');
	});

	test('an inspect string in a retry log names the class', () => {
		expect(
			cleanPaste(
				'[WinRM] connection failed. retrying in 3 seconds: #<WinRM::WinRMAuthorizationError: WinRM::WinRMAuthorizationError>'
			).signals.exceptions
		).toContain('WinRMAuthorizationError');
	});
});

describe('CI logs', () => {
	test('ISO timestamps and Azure Pipelines markers on every line around a plain remoting error', () => {
		const paste = [
			'2024-05-14T09:12:44.5310000Z ##[section]Starting: Deploy to web tier',
			'2024-05-14T09:12:51.0040000Z ##[error]Connecting to remote server web-tier-2 failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.',
			'2024-05-14T09:12:51.0100000Z ##[error]Process completed with exit code 1.',
		].join('\n');
		expect(top(paste)).toBe('access-denied:exact');
		expect(cleanPaste(paste).identifiers.hosts).toContain('web-tier-2');
	});

	test("Ansible's verbose host column is the reader's computer", () => {
		expect(
			cleanPaste(
				'<10.4.5.6> WINRM CONNECTION ERROR: the specified credentials were rejected by the server'
			).identifiers.ips
		).toEqual(['10.4.5.6']);
	});
});

describe('a paste of several errors shows each, in the order the paste has them', () => {
	test('a secondary "term not recognized" never outranks the remoting error it came with', () => {
		const paste = [
			`Enter-PSSession : Connecting to remote server fs-01 failed with the following error message : ${messageOf('cannot-connect-destination')} For more information, see the about_Remote_Troubleshooting Help topic.`,
			"Restart-Service : The term 'Restart-Service' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
		].join('\n');
		const evidence = analyzePaste(paste, model).evidence;
		expect(evidence.slice(0, 2).map((e) => `${e.error.slug}:${e.match}:${e.separate}`)).toEqual([
			'cannot-connect-destination:exact:false',
			'term-not-recognized-32bit:exact:true',
		]);
	});

	test('the opening error leads even when the later one is the longer exact message', () => {
		const paste = `Connecting to remote server h1 failed with the following error message : Access is denied.\n${messageOf('trustedhosts-required')}`;
		const [first, second] = analyzePaste(paste, model).evidence;
		expect(first?.error.slug).toBe('access-denied');
		expect(second?.error.slug).toBe('trustedhosts-required');
		expect(second?.separate).toBe(true);
	});
});

describe('shells, REPLs and log columns around a client error', () => {
	test.each([
		[
			'a bash prompt',
			'[ops@ctl-01 infra]$ ansible all -i hosts -m win_ping -e "ansible_winrm_read_timeout_sec=600"',
		],
		['a user@host prompt', 'ops@ctl-01:~/infra$ terraform apply -auto-approve'],
		["Python's REPL", ">>> s = winrm.Session('windowshost', auth=('user', 'secret'))"],
	])('%s is an echoed command, not a message', (_note, line) => {
		expect(cleanPaste(line).text).toBe('');
	});

	test("Ansible's sentence around a task's exception is a wrapper: the words after it are the error", () => {
		const analysis = analyzePaste(
			'An exception occurred during task execution. To see the full traceback, use -vvv. The error was: Failed to establish a new connection: [Errno 111] Connection refused',
			model
		);
		expect(analysis.evidence[0]?.error.slug).toBe('python-refused');
	});

	test("a program's column before Go's timestamp, as old Packer logs print it", () => {
		expect(
			cleanPaste(
				'packer-builder-hyperv: 2016/01/02 10:00:00 [ERROR] connection error: http response error: 401 - invalid content type'
			).text
		).toBe('connection error: http response error: 401 - invalid content type');
	});
});

describe("the paste's client", () => {
	test.each([
		[
			'Ansible',
			'fatal: [w1]: UNREACHABLE! => {"msg": "ntlm: the specified credentials were rejected by the server"}',
			'ansible',
		],
		[
			'a Python traceback',
			'Traceback (most recent call last):\n  File "x.py", line 1, in <module>',
			'ansible',
		],
		[
			'Go',
			'Error: unknown error Post "http://h:5985/wsman": dial tcp 10.0.0.1:5985: i/o timeout',
			'go-winrm',
		],
		['Ruby', 'WinRM::WinRMAuthorizationError (WinRM::WinRMAuthorizationError)', 'ruby-winrm'],
		['Packer', '==> amazon-ebs: Timeout waiting for WinRM.', 'packer'],
		['PowerShell', '    + FullyQualifiedErrorId : AccessDenied,PSSessionStateBroken', 'powershell'],
	])('%s', (_note, paste, client) => {
		expect(cleanPaste(paste).clients).toContain(client);
	});

	test("of two pages with the same wording, the paste's own client's comes first", () => {
		const twins = catalog(
			{
				slug: 'python-page',
				clients: ['ansible'],
				messages: ['x'],
				otherWordings: ['the remote end refused the connection'],
			},
			{
				slug: 'go-page',
				clients: ['go-winrm'],
				messages: ['y'],
				otherWordings: ['the remote end refused the connection'],
			}
		);
		const first = (paste: string) => analyzePaste(paste, twins).evidence[0]?.error.slug;
		expect(
			first('requests.exceptions.ConnectionError: the remote end refused the connection')
		).toBe('python-page');
		expect(
			first(
				'Error: unknown error Post "http://w1:5985/wsman": the remote end refused the connection'
			)
		).toBe('go-page');
	});

	test('an errno names the failure whatever words surround it', () => {
		const [best] = analyzePaste(
			'urllib3.exceptions.NewConnectionError: <conn>: Verbindung fehlgeschlagen [Errno 111]',
			model
		).evidence;
		expect(best?.error.slug).toBe('python-refused');
		expect(best?.signals).toContain('Errno 111');
	});
});

describe('read the fault inside: a wrapped error comes before its wrapper', () => {
	test("WinRM's message inside a client's fault class", () => {
		const paste = `WinRM::WinRMWSManFault: [WSMAN ERROR CODE: 2150858793]: ${messageOf('operation-timeout')}`;
		const [first, second] = analyzePaste(paste, model).evidence;
		expect(first?.error.slug).toBe('operation-timeout');
		expect(second?.error.slug).toBe('fault-class');
	});

	test("an inner exception after .NET's ---> is the cause", () => {
		const paste = `System.Management.Automation.Remoting.PSRemotingTransportException: ${messageOf('io-aborted')} ---> System.Exception: ${messageOf('quota-exceeded')}`;
		const [first, second] = analyzePaste(paste, model).evidence;
		expect(first?.error.slug).toBe('quota-exceeded');
		expect(second?.error.slug).toBe('io-aborted');
		const { causes, text } = cleanPaste(paste);
		expect(causes).toHaveLength(1);
		expect(text.slice(...causes[0]!.cause)).toContain('total data received');
	});
});
