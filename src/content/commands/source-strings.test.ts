import { describe, expect, test } from 'vitest';
import { messageProblem, quotesWhole, sourceStrings } from './source-strings';

const resx = sourceStrings(
	'a.resx',
	'<data name="E"><value>Use one of: {{{0}}}.</value></data>\n<data name="P"><value>&lt;E V="{0}"&gt;Plugin does not support {1}.&lt;/E&gt;</value></data>\n<data name="A"><value>Failed to start the SSH client process with error: {0}.</value></data>\n<data name="B"><value>the &quot;Run as administrator&quot; option</value></data>'
);
const header = sourceStrings(
	'a.h',
	'//\n// MessageText:\n//\n// The client cannot connect.\n// Consult the logs.\n//\n#define X 1\n// MessageText:\n//\n// Use <thumbprint> here.\n//\n#define Y 2\n'
);
const code = sourceStrings(
	'a.py',
	'raise WinRMError("the specified credentials were rejected by the server")\nmsg = "Bad HTTP response returned from server. " \\\n  "Code %s" % code\nputs "Error: #{e.message}"\nfmt.Errorf("http response error: %d - %w", code, err)'
);
const doc = sourceStrings('a.md', '> ERROR: Access is denied.\n\nThe text says "The WinRM client cannot process the request." Then more.');

describe('a message is a whole string of its source', () => {
	test('resx values, header MessageTexts joined with spaces, code literals joined', () => {
		expect(quotesWhole('Failed to start the SSH client process with error: <error>.', resx)).toBe(true);
		expect(quotesWhole('the "Run as administrator" option', resx)).toBe(true);
		expect(quotesWhole('Plugin does not support <version>.', resx)).toBe(true);
		expect(quotesWhole('Use one of: {<list>}.', resx)).toBe(true);
		expect(quotesWhole('The client cannot connect. Consult the logs.', header)).toBe(true);
		expect(quotesWhole('Use <thumbprint> here.', header)).toBe(true);
		expect(quotesWhole('the specified credentials were rejected by the server', code)).toBe(true);
		expect(quotesWhole('Bad HTTP response returned from server. Code <code>', code)).toBe(true);
		expect(quotesWhole('Error: <message>', code)).toBe(true);
		expect(quotesWhole('http response error: <status> - <error>', code)).toBe(true);
	});

	test('a truncated message, a dropped final stop or another case is not whole', () => {
		expect(quotesWhole('Failed to start the SSH client process with error: <error>', resx)).toBe(false);
		expect(quotesWhole('The client cannot connect.', header)).toBe(false);
		expect(quotesWhole('The Specified credentials were rejected by the server', code)).toBe(false);
		expect(messageProblem('The client cannot connect.', new Map([['h', header]]))).toMatch(
			/^is only part of a string of h/
		);
		expect(messageProblem('Failed to start', new Map([['r', resx]]))).toMatch(/only part of/);
	});

	test('in documentation a message stands between boundaries', () => {
		expect(quotesWhole('Access is denied.', doc)).toBe(true);
		expect(quotesWhole('The WinRM client cannot process the request.', doc)).toBe(true);
		expect(quotesWhole('Access is denied', doc)).toBe(false);
		expect(quotesWhole('is denied.', doc)).toBe(false);
		expect(quotesWhole('The WinRM client cannot process the', doc)).toBe(false);
		expect(messageProblem('Access is denied.', new Map([['d', doc]]))).toBeUndefined();
		expect(messageProblem('Access is granted.', new Map([['d', doc]]))).toMatch(/is not a whole string/);
	});
});
