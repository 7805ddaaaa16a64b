import { describe, expect, test } from 'vitest';
import { hasWrapper, stripWrappers } from './wrappers';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every "failed with the following error message" wrapper goes, with the words that lead to it', () => {
	test.each([
		[
			'Connecting to remote server srv01.contoso.com failed with the following error message : Access is denied.',
		],
		[
			'Processing data from remote server outlook.office365.com failed with the following error message: Access is denied.',
		],
		['Sending data to a remote command failed with the following error message: Access is denied.'],
		[
			'Reconnecting to a command on the remote server failed with the following error message : Access is denied.',
		],
		[
			'The remote session query failed for srv01 with the following error message: Access is denied.',
		],
		[
			'Connecting to remote server srv01 failed with the\nfollowing error message : Access is denied.',
		],
	])('%s', (paste) => {
		expect(hasWrapper(paste)).toBe(true);
		expect(squeeze(stripWrappers(paste))).toBe('Access is denied.');
	});

	test('a cmdlet prefix and the sentence before stay', () => {
		expect(
			squeeze(
				stripWrappers(
					'New-PSSession : [srv] Connecting to remote server srv failed with the following error message : Boom.'
				)
			)
		).toBe('New-PSSession : Boom.');
		expect(
			squeeze(
				stripWrappers(
					'It broke. Closing the remote server shell instance failed with the following error message : Boom.'
				)
			)
		).toBe('It broke. Boom.');
	});
});

test("WinRM's shared openers go, whichever component says it", () => {
	for (const opener of [
		'The WinRM client cannot process the request.',
		'The WS-Management service cannot process the request.',
		'The WinRM Shell client cannot process the request.',
		'The WinRS client cannot process the request.',
	]) {
		expect(
			squeeze(stripWrappers(`${opener} Operations involving multiple messages are not supported.`))
		).toBe('Operations involving multiple messages are not supported.');
	}
});

test('a sentence that only mentions failing is not a wrapper', () => {
	expect(hasWrapper('The copy failed because the disk is full.')).toBe(false);
});

test("a word too long to be a host name ends the wrapper's lead", () => {
	const paste = `${'x'.repeat(200_000)} failed with the following error message : y`;
	expect(squeeze(stripWrappers(paste))).toBe(`${'x'.repeat(200_000)} y`);
});
