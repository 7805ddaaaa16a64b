/**
 * The paste search on pastes of every noise class, against a fixed synthetic catalog (not the content).
 * The pastes are written for these tests (own host names, own commands); each class is exercised with
 * several messages so that no rule depends on one.
 */
import { describe, expect, test } from 'vitest';
import { analyzePaste } from '../analyze';
import { cleanPaste } from './clean';
import { REMOTING_ERRORS, catalog, messageOf } from '../../../test/test-catalog';

const model = catalog(...REMOTING_ERRORS);

/** What the search would show first, and whether it claims an exact match. */
function top(paste: string) {
	const [best] = analyzePaste(paste, model).evidence;
	return best ? `${best.error.slug}:${best.match}` : 'none';
}

function exactSlugs(paste: string) {
	return analyzePaste(paste, model)
		.evidence.filter((e) => e.match === 'exact')
		.map((e) => e.error.slug);
}

/** Wraps text the way a console does: every `width` characters, even in the middle of a word. */
function consoleWrap(text: string, width: number): string {
	const lines: string[] = [];
	for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
	return lines.join('\n');
}

const REMOTE = (host: string, message: string) =>
	`Connecting to remote server ${host} failed with the following error message : ${message} For more information, see the about_Remote_Troubleshooting Help topic.`;

describe('exact messages under console noise', () => {
	const cases: [string, string, string][] = [
		[
			'access-denied',
			'Windows PowerShell default view',
			`Enter-PSSession : ${REMOTE('MAILGW-3', 'Access is denied.')}\nAt C:\\ops\\rotate.ps1:41 char:9\n+         Enter-PSSession -ComputerName MAILGW-3 -Credential $c\n+         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidArgument: (MAILGW-3:String) [Enter-PSSession], PSRemotingTransportException\n    + FullyQualifiedErrorId : CreateRemoteRunspaceFailed`,
		],
		[
			'cannot-connect-destination',
			'fan-out host prefix',
			`[pos-lane-07] ${REMOTE('pos-lane-07', messageOf('cannot-connect-destination'))}\n    + CategoryInfo          : OpenError: (pos-lane-07:String) [], PSRemotingTransportException\n    + FullyQualifiedErrorId : CannotConnect,PSSessionStateBroken`,
		],
		[
			'operation-timeout',
			'PowerShell 7 concise view',
			`OpenError: [172.31.9.40] ${REMOTE('172.31.9.40', messageOf('operation-timeout'))}`,
		],
		[
			'connection-refused',
			'PowerShell 7 script error with a Line gutter',
			`Invoke-Command: C:\\deploy\\push.ps1:12\nLine |\n  12 |  Invoke-Command -ComputerName build-agent2 -ScriptBlock { hostname }\n     |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n     | [build-agent2] ${REMOTE('build-agent2', messageOf('connection-refused', 1))}`,
		],
		[
			'quota-exceeded',
			'$Error[0] | Format-List',
			`Exception             : System.Management.Automation.Remoting.PSRemotingTransportException: Sending data to a remote command failed with the following error message: ${messageOf('quota-exceeded')} For more information, see the about_Remote_Troubleshooting Help topic.\nFullyQualifiedErrorId : JobFailure\nCategoryInfo          : OperationStopped: (rpt01:String) [], PSRemotingTransportException`,
		],
		[
			'io-aborted',
			'timestamps and CI markers on every line',
			`2025-06-02T11:20:33.1000000Z ##[error]Processing data for a remote command failed with the following error message: ${messageOf('io-aborted')}\n2025-06-02T11:20:33.1100000Z ##[error]Process completed with exit code 1.`,
		],
		[
			'trustedhosts-required',
			'GitHub Actions annotation',
			`::error file=deploy.ps1,line=3::${REMOTE('10.1.2.3', messageOf('trustedhosts-required'))}`,
		],
		[
			'elevation-required',
			'ERROR prefix as a ticket quotes it, lower case',
			`error: ${messageOf('elevation-required').toLowerCase()}`,
		],
		[
			'firewall-check-failed',
			'Markdown quote and list bullet',
			`> - Enable-PSRemoting : ${messageOf('firewall-check-failed')}.`,
		],
		[
			'scripts-disabled',
			'cmdlet prefix with a real file name in the placeholder',
			`Import-Module : File \\\\fs\\share\\tools\\Remote Tools.psm1 cannot be loaded because the execution of scripts is disabled on this system.`,
		],
		[
			'term-not-recognized-32bit',
			'the name in quotes fills the placeholder',
			`The term 'msinfo32.exe' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n    + CategoryInfo          : ObjectNotFound: (msinfo32.exe:String) [], CommandNotFoundException`,
		],
	];

	test.each(cases)('%s (%s)', (slug, _note, paste) => {
		expect(top(paste)).toBe(`${slug}:exact`);
		expect(exactSlugs(paste)).toEqual([slug]);
	});

	test.each([40, 57, 80, 119])(
		'console wrapping at %i columns, even mid-word, keeps every message exact',
		(width) => {
			for (const error of REMOTING_ERRORS) {
				const paste = consoleWrap(
					`New-PSSession : [srv-${width}] ${REMOTE(`srv-${width}`, error.messages[0]!.replace(/<[^>]+>/, 'C:\\x\\y.psm1'))}`,
					width
				);
				expect(top(paste), `${error.slug} wrapped at ${width}`).toBe(`${error.slug}:exact`);
			}
		}
	);

	test('JSON-escaped stderr in a log line is decoded', () => {
		const stderr = `${REMOTE('db-9', 'Access is denied.')}\r\n    + CategoryInfo          : OpenError: (db-9:String) [], PSRemotingTransportException\r\n`;
		const paste = JSON.stringify({ changed: false, rc: 1, stderr });
		expect(top(`fatal: [db-9]: FAILED! => ${paste}`)).toBe('access-denied:exact');
	});

	test('HTML entities from a copied web page are decoded', () => {
		expect(
			top(
				`The term &#39;dism.exe&#39; is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`
			)
		).toBe('term-not-recognized-32bit:exact');
	});

	test('a message inside WSManFault XML is read from the text, codes from the attributes', () => {
		const paste = `<f:WSManFault xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" Code="2150858770" Machine="jump01.example.org"><f:Message>${messageOf('cannot-connect-destination')} </f:Message></f:WSManFault>`;
		const clean = cleanPaste(paste);
		expect(clean.signals.codes).toContain(2150858770);
		expect(clean.identifiers.hosts).toContain('jump01.example.org');
		expect(top(paste)).toBe('cannot-connect-destination:exact');
	});

	test('invisible characters and full-width forms do not break a match', () => {
		const zeroWidth = 'Acc\u200bess is\u00a0den\u202eied.';
		expect(top(REMOTE('h1', zeroWidth))).toBe('access-denied:exact');
		expect(top(REMOTE('h1', '\uff21ccess is denied\uff0e'))).toBe('access-denied:exact');
	});
});

describe('honesty: no wrong exact claims', () => {
	test('a longer message that contains a shorter one claims only the longer one', () => {
		expect(exactSlugs(`Set-PSSessionConfiguration : ${messageOf('elevation-required')}`)).toEqual([
			'elevation-required',
		]);
	});

	test('two different errors in one log are both exact', () => {
		const log = `${REMOTE('a1', 'Access is denied.')}\n${REMOTE('b2', messageOf('cannot-connect-destination'))}`;
		expect(exactSlugs(log).sort()).toEqual(['access-denied', 'cannot-connect-destination']);
	});

	test.each([
		[
			'an error of another part of Windows',
			"Remove-Item : Cannot remove item C:\\data\\x.log: Access to the path 'C:\\data\\x.log' is denied.",
		],
		[
			'a remoting error the guide does not cover',
			REMOTE(
				'web7',
				'WinRM cannot process the request. The following error with errorcode 0x8009030e occurred while using Negotiate authentication: A specified logon session does not exist.'
			),
		],
		['half of a message', 'The total data received from the remote client'],
		[
			'a message with a word changed',
			'The connection to the remote host was accepted. Verify that the WS-Management service is running on the remote host and configured to listen for requests on the correct port and HTTP URL.',
		],
		['plain prose', 'how do I enable remoting on my laptop'],
	])('%s is never exact', (_note, paste) => {
		expect(exactSlugs(paste)).toEqual([]);
	});

	test('a word stuck to the start of a message is not the message', () => {
		expect(exactSlugs('NoAccess is denied.')).toEqual([]);
	});
});

describe('related: partial, other wordings and language-independent signals', () => {
	test.each([
		[
			'cannot-connect-destination',
			'truncated message',
			'The client cannot connect to the destination specified',
		],
		[
			'connection-refused',
			'words typed from memory',
			'winrm connection refused by remote host, ws-management service not listening on port',
		],
		[
			'operation-timeout',
			'message without its first word',
			'WS-Management service cannot complete the operation within the time specified in OperationTimeout',
		],
		[
			'quota-exceeded',
			'an ellipsis in a ticket',
			'The total data received … exceeded allowed maximum',
		],
		[
			'trustedhosts-required',
			'the IP-address wording',
			'The WinRM client cannot process the request. Default authentication may be used with an IP address under the following conditions: the transport is HTTPS or the destination is in the TrustedHosts list, and explicit credentials are provided.',
		],
		[
			'scripts-disabled',
			'the current wording',
			'File C:\\Users\\ops\\Documents\\PowerShell\\Modules\\tmp_ab12\\tmp_ab12.psm1 cannot be loaded because running scripts is disabled on this system.',
		],
		[
			'access-denied',
			'Spanish message, English error id',
			'[srv-es-4] Error de conexión al servidor remoto srv-es-4: Acceso denegado.\n    + CategoryInfo          : OpenError: (srv-es-4:String) [], PSRemotingTransportException\n    + FullyQualifiedErrorId : AccessDenied,PSSessionStateBroken',
		],
		[
			'operation-timeout',
			'a WinRM client in another language: only the fault code',
			'<s:Fault><s:Reason><s:Text xml:lang="ja-JP">操作はタイムアウトしました</s:Text></s:Reason><s:Detail><f:WSManFault Code="2150858793" Machine="10.9.8.7"/></s:Detail></s:Fault>',
		],
		[
			'io-aborted',
			'an HRESULT only',
			'Receive-Job : The remote operation failed (HRESULT 0x800703E3)',
		],
		[
			'scripts-disabled',
			'Russian message, English exception type',
			'Не удается загрузить файл C:\\scripts\\a.ps1, так как выполнение сценариев отключено в этой системе.\n    + CategoryInfo          : Ошибка безопасности: (:) [], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess',
		],
	])('%s from %s', (slug, _note, paste) => {
		expect(top(paste)).toBe(`${slug}:related`);
	});

	test('nothing to go on gives no evidence at all', () => {
		expect(
			analyzePaste('Get-ChildItem : Cannot find path because it does not exist.', model).evidence
		).toEqual([]);
		expect(analyzePaste('lunch at noon?', model).evidence).toEqual([]);
	});
});

describe("the user's own values are kept aside", () => {
	test('hosts, addresses, domains, users, paths and ports from every place they stand', () => {
		const paste = [
			'PS C:\\Users\\jo> Enter-PSSession -ComputerName app-02.corp.example.com -Credential CORP\\svc_deploy -Port 5986',
			`Enter-PSSession : ${REMOTE('app-02.corp.example.com', 'Access is denied.')}`,
			'    + CategoryInfo          : InvalidArgument: (app-02.corp.example.com:String) [Enter-PSSession], PSRemotingTransportException',
			'File \\\\nas1\\share\\mod.psm1 failed; other node 192.168.40.7 also failed',
		].join('\n');
		const { identifiers } = cleanPaste(paste);
		expect(identifiers.hosts).toEqual(['app-02.corp.example.com']);
		expect(identifiers.domains).toEqual(['corp.example.com']);
		expect(identifiers.users).toEqual(['CORP\\svc_deploy']);
		expect(identifiers.ports).toEqual(['5986']);
		expect(identifiers.ips).toEqual(['192.168.40.7']);
		expect(identifiers.paths).toContain('\\\\nas1\\share\\mod.psm1');
	});

	test('a command name, a file name or a hostile string is not a host', () => {
		const { identifiers } = cleanPaste(
			'The term \'foo.exe\' is not recognized\n    + CategoryInfo          : ObjectNotFound: (foo.exe:String) [], CommandNotFoundException\n[srv"; Remove-Item C:\\ -Recurse] Connecting to remote server x"; Remove-Item failed'
		);
		expect(identifiers.hosts).toEqual([]);
	});

	test('user values do not count as message words', () => {
		// A host that happens to be named like a word of a message does not make that message match.
		expect(exactSlugs(REMOTE('refused', 'Access is denied.'))).toEqual(['access-denied']);
	});
});

describe('bad input is bounded and shown as text', () => {
	test("markup stays text: nothing is stripped from the user's words but tags, and nothing is run", () => {
		const clean = cleanPaste(
			'<img src=x onerror="alert(1)"><script>alert(2)</script>Access is denied.'
		);
		expect(clean.text).toContain('Access is denied.');
		expect(top(`<svg onload=alert(1)>${REMOTE('h1', 'Access is denied.')}</svg>`)).toBe(
			'access-denied:exact'
		);
	});

	test.each([
		[
			'a 1 MB log with the error at the end',
			`${'INFO step ok\n'.repeat(90_000)}${REMOTE('late-host', 'Access is denied.')}`,
			'access-denied:exact',
		],
		['a 200,000-character word', 'a'.repeat(200_000), 'none'],
		['32,000 one-letter lines', 'a\n'.repeat(32_000), 'none'],
		[
			'a 3 MB paste of one repeated line with the error at the end',
			`${'x y\n'.repeat(750_000)}${REMOTE('late-host', 'Access is denied.')}`,
			'access-denied:exact',
		],
		['100,000 blank lines', '\n'.repeat(100_000), 'none'],
		[
			'100,000 blank lines around a message',
			`${'\n'.repeat(50_000)}${REMOTE('h1', 'Access is denied.')}${'\n'.repeat(50_000)}`,
			'access-denied:exact',
		],
		['regex bait: unclosed tags', '<a '.repeat(50_000), 'none'],
		['regex bait: position-line lookalike', `At ${'x:'.repeat(30_000)}`, 'none'],
		['regex bait: endless prefixes', `${'[h] '.repeat(20_000)}Access is denied.`, 'none'],
		// Control characters become spaces and invisible ones vanish, as a console wrap would: the message stands.
		[
			'lone surrogates, NUL and an RTL override',
			REMOTE('h1', '\ud800Acc\u0000ess\u202e is \udfffdenied.'),
			'access-denied:exact',
		],
	])('%s', (_note, paste, expected) => {
		const analysis = analyzePaste(paste, model);
		expect(analysis.clean.text.length).toBeLessThanOrEqual(70_000);
		expect(top(paste)).toBe(expected);
	});

	test('blank input is blank', () => {
		expect(analyzePaste('   \n\t  ', model).blank).toBe(true);
		expect(analyzePaste('', model).blank).toBe(true);
	});
});

describe('a message naming what failed in quotes is error-shaped; a question about one is not', () => {
	test.each([
		"Could not find a part of the path 'D:\\deploy\\agent\\run.ps1'.",
		"Cannot find path 'HKLM:\\SOFTWARE\\Contoso' because it does not exist.",
		"Does not exist: the session configuration 'Contoso.Ops' was not found.",
	])('%s', (line) => {
		expect(cleanPaste(line).errorShaped).toBe(true);
	});

	test.each([
		"how do I fix 'Access is denied' when the user is not an admin",
		"Why does Invoke-Command say the term 'Get-Foo' is not recognized?",
		"could the firewall be why 'Test-WSMan' failed",
	])('%s', (line) => {
		expect(cleanPaste(line).errorShaped).toBe(false);
	});
});

describe('a general message is claimed only in a remoting frame', () => {
	// The test catalog marks access-denied's `Access is denied.` as printed outside remoting too.
	test("alone, or in another program's failure, it is only possible", () => {
		expect(top('Access is denied.')).toBe('access-denied:related');
		expect(analyzePaste('Access is denied.', model).evidence[0]?.confidence).toBe('possible');
		expect(
			analyzePaste("Copy-Item : Access to the path 'D:\\out' is denied.\nAccess is denied.", model)
				.evidence.filter((e) => e.confidence !== 'possible')
				.map((e) => e.error.slug)
		).not.toContain('access-denied');
	});

	test('after a wrapper sentence, even wrapped mid-word by the console, it is exact', () => {
		expect(top(REMOTE('app-7', 'Access is denied.'))).toBe('access-denied:exact');
		expect(top(consoleWrap(REMOTE('app-7', 'Access is denied.'), 37))).toBe('access-denied:exact');
	});

	test("with PowerShell's record of a remoting error in the paste, it is exact", () => {
		const paste = [
			'Access is denied.',
			'    + CategoryInfo          : OpenError: (app-7:String) [], PSRemotingTransportException',
			'    + FullyQualifiedErrorId : AccessDenied,PSSessionStateBroken',
		].join('\n');
		expect(top(paste)).toBe('access-denied:exact');
	});

	test('a message printed only by remoting needs no frame', () => {
		expect(top(messageOf('trustedhosts-required'))).toBe('trustedhosts-required:exact');
	});
});
