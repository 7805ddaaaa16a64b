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

describe('paths of the matcher that the reader sees', () => {
	const stored = catalog(
		{
			slug: 'endpoint',
			messages: [
				'Cannot find the <configuration> session configuration in the WSMan: drive on the <computer> computer.',
			],
		},
		{ slug: 'denied', messages: ['Access is denied.'] },
		{
			slug: 'elevation',
			messages: ['Access is denied. You need to run this cmdlet from an elevated process.'],
		},
		{
			slug: 'refused',
			messages: [
				'The connection to the remote host was refused. Verify that the WS-Management service is running on the remote host.',
			],
		}
	);
	const all = (paste: string) => matchErrors(cleanPaste(paste), stored);

	test("the reader's own text in a message's placeholders is marked as theirs, each value apart", () => {
		const paste =
			'Enter-PSSession : Cannot find the Microsoft.PowerShell32 session configuration in the WSMan: drive on the build-07 computer.';
		const [best] = all(paste);
		expect(best?.confidence).toBe('exact');
		const text = cleanPaste(paste).text;
		expect(best?.hit?.fills.map(([start, end]) => text.slice(start, end))).toEqual([
			'Microsoft.PowerShell32',
			'build-07',
		]);
		expect(text.slice(best!.hit!.start, best!.hit!.end)).toMatch(/^Cannot find the .* computer$/);
	});

	test('a quoted fragment of six words and nothing else is likely; five words are not enough', () => {
		expect(all('connection to the remote host was refused')[0]?.confidence).toBe('likely');
		expect(all('the remote host was refused')[0]?.confidence).not.toBe('likely');
	});

	test('a quoted fragment among other known words is no quote: the paste says more than the wording', () => {
		expect(
			all('connection to the remote host was refused; access denied from an elevated process')[0]
				?.confidence
		).not.toBe('likely');
	});

	test("a message inside another error's longer message is not claimed, nor listed on its words", () => {
		const found = all(
			'Set-Item : Access is denied. You need to run this cmdlet from an elevated process.'
		);
		expect(found.map((e) => `${e.error.slug}:${e.match}`)).toEqual(['elevation:exact']);
	});

	test('the same message standing on its own elsewhere in the paste is claimed too', () => {
		const found = all(
			'Set-Item : Access is denied. You need to run this cmdlet from an elevated process.\nEnter-PSSession : Access is denied.'
		);
		expect(found.filter((e) => e.match === 'exact').map((e) => e.error.slug)).toEqual([
			'elevation',
			'denied',
		]);
	});
});

test('a wording that states literally what another leaves to a placeholder is the more specific: the general one is not claimed', () => {
	const stored = catalog(
		{
			slug: 'term',
			messages: [
				'The term <name> is not recognized as the name of a cmdlet, function, script file, or operable program.',
			],
		},
		{
			slug: 'wsman-cmdlets-missing',
			messages: ['PowerShell on Linux has no WSMan cmdlets.'],
			otherWordings: [
				"The term 'New-WSManSessionOption' is not recognized as the name of a cmdlet, function, script file, or operable program.",
			],
		}
	);
	const found = matchErrors(
		cleanPaste(
			"Get-PSSession : The term 'New-WSManSessionOption' is not recognized as the name of a cmdlet, function, script file, or operable program."
		),
		stored
	);
	expect(found[0]?.error.slug).toBe('wsman-cmdlets-missing');
	expect(found.filter((e) => e.match === 'exact')).toEqual([]);
	// Any other term is still the general message, exactly.
	expect(
		matchErrors(
			cleanPaste(
				"The term 'Get-ADUser' is not recognized as the name of a cmdlet, function, script file, or operable program."
			),
			stored
		)[0]?.match
	).toBe('exact');
});
