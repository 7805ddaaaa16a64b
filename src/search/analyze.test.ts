/**
 * The analysis a search shows, on small synthetic catalogs: error pastes versus plain words, errors
 * the catalog does not have, related evidence only on real evidence, and the terms sent to the
 * full-text index.
 */
import { describe, expect, test } from 'vitest';
import { catalog } from '../../test/test-catalog';
import { analyzePaste } from './analyze';

const TRUSTED =
	'The WinRM client cannot process the request. If the authentication scheme is different from Kerberos, or if the client computer is not joined to a domain, then HTTPS transport must be used or the destination machine must be added to the TrustedHosts configuration setting.';
const model = catalog(
	{
		slug: 'access-denied',
		messages: ['Access is denied.'],
		signals: {
			errorIds: ['AccessDenied'],
			codes: ['0x80070005'],
			exceptions: ['PSRemotingTransportException'],
		},
	},
	{
		slug: 'trustedhosts',
		messages: [TRUSTED],
		// A class many remoting errors share: two errors here claim it, as many would in a catalog.
		signals: { codes: ['0x803380E4'], exceptions: ['PSRemotingTransportException'] },
	},
	{
		slug: 'quota',
		messages: ['The total data received from the remote client exceeded allowed maximum.'],
	}
);
const REMOTE = (host: string, message: string) =>
	`Enter-PSSession : Connecting to remote server ${host} failed with the following error message : ${message} For more information, see the about_Remote_Troubleshooting Help topic.`;

describe('kind: an error paste or plain words', () => {
	test.each([
		'quota',
		'TrustedHosts',
		'firewall',
		'kerberos',
		'timeout',
		'how do I add a server to trustedhosts',
		'why is winrm so slow?',
		"why is 'Enter-PSSession' not working",
		"can't 'Invoke-Command' reach servers?",
	])('%j is words, searched as the reader typed them', (text) => {
		const analysis = analyzePaste(text, model);
		expect(analysis.kind).toBe('words');
		expect(analysis.uncovered).toBe(false);
		expect(analysis.terms.length).toBeGreaterThan(0);
	});

	test('a question keeps its subject words and drops the asking', () => {
		expect(analyzePaste('how do I add a server to trustedhosts', model).terms).toEqual([
			'add',
			'server',
			'trustedhosts',
		]);
	});

	test.each([
		['a one-line message as a ticket quotes it', 'ERROR: ACCESS IS DENIED'],
		['a catalog message alone', 'Access is denied.'],
		['an unknown message with a cmdlet prefix', 'Get-Widget : The widget store is offline.'],
		['an unknown message in a remoting wrapper', REMOTE('srv1', 'The gizmo broke.')],
		['a code alone', '0x80070005'],
		['an error id alone', 'ServerNotTrusted,PSSessionStateBroken'],
		['a position line', 'Something happened\nAt line:1 char:1'],
		[
			'a message naming what it failed on in quotes, cut short',
			"The term 'Get-ADUser' is not recognized",
		],
		['another such message', "The property 'Status' cannot be found on this object."],
	])('%s is an error', (_note, paste) => {
		expect(analyzePaste(paste, model).kind).toBe('error');
	});
});

test('a pasted run of one letter is no term', () => {
	expect(analyzePaste('x'.repeat(200_000), model).terms).toEqual([]);
});

test("another tool's exception line is an error", () => {
	expect(
		analyzePaste(
			'winrm.exceptions.InvalidCredentialsError: the specified credentials were rejected by the server',
			model
		).kind
	).toBe('error');
});

describe('errors not in the catalog', () => {
	test('an uncovered error is said so, and shared wrapper words or exception types offer nothing', () => {
		const analysis = analyzePaste(
			`${REMOTE('web7', 'WinRM cannot process the request. The following error with errorcode 0x8009030e occurred while using Negotiate authentication: A specified logon session does not exist.')}\n    + CategoryInfo          : OpenError: (web7:String) [], PSRemotingTransportException`,
			model
		);
		expect(analysis.kind).toBe('error');
		expect(analysis.uncovered).toBe(true);
		expect(analysis.evidence).toEqual([]);
		expect(analysis.terms).toEqual([]);
	});

	test('the same code names the error: likely, never exact, and covered', () => {
		const analysis = analyzePaste(
			REMOTE('web7', 'Il client WinRM non può elaborare la richiesta (0x803380E4).'),
			model
		);
		expect(analysis.uncovered).toBe(false);
		expect(analysis.evidence.map((e) => `${e.error.slug}:${e.confidence}`)).toEqual([
			'trustedhosts:likely',
		]);
	});

	test('a distinctive phrase is real evidence: the page is offered, and the paste is not called uncovered', () => {
		const analysis = analyzePaste(
			REMOTE(
				'web7',
				'Negotiate failed, so the destination machine must be added to the TrustedHosts configuration setting or a certificate supplied for the listener, the token was unusable, the proxy refused, the ticket expired.'
			),
			model
		);
		expect(analysis.uncovered).toBe(false);
		expect(analysis.evidence.map((e) => `${e.error.slug}:${e.confidence}`)).toEqual([
			'trustedhosts:possible',
		]);
	});

	test('a covered error is not uncovered', () => {
		expect(analyzePaste(REMOTE('web7', 'Access is denied.'), model).uncovered).toBe(false);
	});

	test('an error paste asks the full-text index nothing: its related errors come from evidence alone', () => {
		const analysis = analyzePaste(
			REMOTE('kerberosgw', 'The gizmo broke while the quota service restarted.'),
			model
		);
		expect(analysis.kind).toBe('error');
		expect(analysis.terms).toEqual([]);
	});

	test('a message cut short, without any console noise, is an error paste', () => {
		expect(
			analyzePaste('The total data received from the remote client exceeded', model).kind
		).toBe('error');
	});

	test('a site search keeps what the question is about and leaves out the asking', () => {
		const analysis = analyzePaste('how do I set the quota for TrustedHosts?', model);
		expect(analysis.kind).toBe('words');
		expect(analysis.terms).toEqual(['set', 'quota', 'trustedhosts']);
	});
});

describe("another tool's failure is never an exact match", () => {
	test.each([
		[
			'a Pester assertion quoting the message',
			"[-] Connects as operator 41ms (39ms|2ms)\n Expected 'Access is denied.', but got $null.\n at $result | Should -Be 'Access is denied.', C:\\tests\\remote.Tests.ps1:12",
		],
		[
			'a parameter binding error',
			'Invoke-Command : Cannot bind parameter \'Credential\'. Cannot convert the "Access is denied." value of type "System.String" to type "System.Management.Automation.PSCredential".\n    + CategoryInfo          : InvalidArgument: (:) [Invoke-Command], ParameterBindingException\n    + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.InvokeCommandCommand',
		],
	])('%s', (_note, paste) => {
		const analysis = analyzePaste(paste, model);
		expect(analysis.evidence.filter((e) => e.confidence === 'exact')).toEqual([]);
		expect(analysis.clean.foreign).toBeDefined();
	});
});
