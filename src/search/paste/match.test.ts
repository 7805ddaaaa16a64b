/**
 * What the matcher tells the reader about each error, on small synthetic catalogs: how sure it is
 * (`confidence`), and that the content's own messages are matched as stored.
 */
import { describe, expect, test } from 'vitest';
import { cleanPaste } from './clean';
import { matchErrors } from './match';
import { catalog } from '../../../test/test-catalog';

const model = catalog(
	{
		slug: 'quota',
		messages: ['The total data received from the remote client exceeded allowed maximum.'],
		otherWordings: ['The total data sent to the remote server exceeded the allowed maximum.'],
		signals: { errorIds: ['QuotaExceeded'], exceptions: ['PSRemotingTransportException'] },
	},
	{
		slug: 'refused',
		messages: ['The connection to the remote host was refused.'],
		signals: { codes: ['0x80338012'] },
	}
);

function evidence(paste: string) {
	return matchErrors(cleanPaste(paste), model).map(
		(e) => `${e.error.slug}:${e.match}:${e.confidence}`
	);
}

describe('confidence', () => {
	test.each([
		[
			'the whole message',
			'Receive-Job : The total data received from the remote client exceeded allowed maximum.',
			'quota:exact:exact',
		],
		[
			'another known wording in full',
			'The total data sent to the remote server exceeded the allowed maximum.',
			'quota:related:likely',
		],
		[
			'a FullyQualifiedErrorId alone, in another language',
			'Die Datenmenge wurde überschritten.\n    + FullyQualifiedErrorId : QuotaExceeded',
			'quota:related:likely',
		],
		['an error code alone', 'Error number: -2144108526 0x80338012', 'refused:related:likely'],
		[
			'a verbatim half of the message and nothing else',
			'connection to the remote host was refused',
			'refused:related:likely',
		],
		[
			'an exception type shared by many errors',
			'System.Management.Automation.Remoting.PSRemotingTransportException was thrown',
			'quota:related:possible',
		],
		['a few of its words', 'remote client data maximum', 'quota:related:possible'],
	])('%s', (_note, paste, expected) => {
		expect(evidence(paste)[0]).toBe(expected);
	});

	test('nothing in common is no evidence', () => {
		expect(evidence('lunch at noon?')).toEqual([]);
	});
});

describe("the content's messages are matched as stored, never cleaned like a paste", () => {
	const stored = catalog({
		slug: 'scripts',
		messages: [
			'Import-Module: File <filename> cannot be loaded because the execution of scripts is disabled on this system.',
		],
	});
	const first = (paste: string) => matchErrors(cleanPaste(paste), stored)[0];

	test('a paste holding the message with its cmdlet is exact, and the wording shown is the stored one', () => {
		const best = first(
			'Import-Module : File C:\\m\\a.psm1 cannot be loaded because the execution of scripts is disabled on this system.'
		);
		expect(best?.confidence).toBe('exact');
		expect(best?.wording).toBe(
			'Import-Module: File <filename> cannot be loaded because the execution of scripts is disabled on this system.'
		);
	});

	test('the cmdlet that printed it is optional: without it the paste still holds the message', () => {
		expect(
			first(
				'File C:\\m\\a.psm1 cannot be loaded because the execution of scripts is disabled on this system.'
			)?.confidence
		).toBe('exact');
	});

	test('any other text a message begins with is required: without it the paste does not hold the message', () => {
		// Shaped like PowerShell 7's category prefix, which the cleaner takes off pastes, but part of this message.
		const stored = catalog({
			slug: 'shell',
			messages: ['ShellQuota: the shell <id> exceeded its memory.'],
		});
		expect(
			matchErrors(cleanPaste('the shell 42 exceeded its memory.'), stored)[0]?.confidence
		).not.toBe('exact');
	});
});

describe('what an uncovered error shares with a catalog error', () => {
	const shared = catalog(
		{
			slug: 'wmi',
			messages: [
				'The WS-Management service cannot process the request. The WMI service returned an access denied error.',
			],
		},
		{
			slug: 'endpoint',
			messages: [
				'The WS-Management service cannot process the request. Cannot find the <configuration> session configuration in the WSMan: drive on the <computer> computer.',
			],
		}
	);
	const first = (paste: string) => matchErrors(cleanPaste(paste), shared)[0];

	test("WinRM's shared opening sentence is no evidence of a relation", () => {
		expect(
			first(
				'The WS-Management service cannot process the request. Operations involving multiple messages from the client are not supported.'
			)
		).toBeUndefined();
	});

	test('a message without its opening still matches the runs of words between its placeholders', () => {
		const paste =
			'Cannot find the Microsoft.PowerShell32 session configuration in the WSMan: drive on the srv01 computer.';
		expect(first(paste)).toMatchObject({ error: { slug: 'endpoint' }, confidence: 'likely' });
	});
});

test('a code the paste names for another error keeps an error that shares its words from looking likely', () => {
	const kerberos = catalog(
		{
			slug: 'spn',
			messages: [
				'The following error with errorcode 0x80090322 occurred while using Kerberos authentication: An unknown security error occurred.',
			],
			signals: { codes: ['0x80090322'] },
		},
		{
			slug: 'no-dc',
			messages: [
				'The following error with errorcode 0x80090350 occurred while using Negotiate authentication: An unknown security error occurred.',
			],
			signals: { codes: ['0x80090350'] },
		}
	);
	const paste =
		'The following error with errorcode 0x80090322 occurred while using Negotiate authentication: An unknown security error occurred.';
	const found = matchErrors(cleanPaste(paste), kerberos).map(
		(e) => `${e.error.slug}:${e.confidence}`
	);
	expect(found).toEqual(['spn:likely', 'no-dc:possible']);
});
