import { describe, expect, test } from 'vitest';
import { messageProblem, quotesWhole, sourceStrings } from './source-strings';

const resx = sourceStrings(
	'a.resx',
	'<data name="E"><value>Use one of: {{{0}}}.</value></data>\n<data name="P"><value>&lt;E V="{0}"&gt;Plugin does not support {1}.&lt;/E&gt;</value></data>\n<data name="A"><value>Failed to start the SSH client process with error: {0}.</value></data>\n<data name="B"><value>the &quot;Run as administrator&quot; option</value></data>'
);
const header = sourceStrings(
	'a.h',
	[
		'//\n// MessageId: X\n//\n// MessageText:\n//\n// The client cannot connect.\n// Consult the logs.\n//\n#define X 0x80338001L\n',
		'//\n// MessageId: Y\n//\n// MessageText:\n//\n// Use <thumbprint> here.\n//\n#define Y 0x80338002L\n',
		'//\n// MessageId: Z\n//\n// MessageText:\n//\n// The configuration is corrupted. Run this:\n// %n%n\n// winrm invoke Restore x @{}\n// %n%n\n// Then add your settings.\n//\n#define Z 0x80338003L\n',
		'//\n// MessageId: W\n//\n// MessageText:\n//\n// The filter %1 is invalid.\n// %nExample filters:\n// 2.0.0.1-2.0.0.20\n// \n// %n Example IPv6 filters: 100%% sure.\n//\n#define W 0x80338004L\n',
	].join('')
);
const code = sourceStrings(
	'a.py',
	'raise WinRMError("the specified credentials were rejected by the server")\nmsg = "Bad HTTP response returned from server. " \\\n  "Code %s" % code\nputs "Error: #{e.message}"\nfmt.Errorf("http response error: %d - %w", code, err)\n' +
		"raise AnsibleError(f'winrm send_input failed; \\nstdout: {stdout}\\nstderr {stderr}')\n" +
		'super(\n  "Invalid transport \'#{invalid_transport}\' specified" \\\n  ", expected: #{valid_transports.join(\', \')}."\n)\n' +
		'msg = "Unable to parse authorization header. Headers: #{r.headers}\\r\\nBody: #{r.body}"\n'
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
		// %n%n paragraph breaks print as line breaks: the message goes on after them.
		expect(
			quotesWhole(
				'The configuration is corrupted. Run this: winrm invoke Restore x @{} Then add your settings.',
				header
			)
		).toBe(true);
		// An empty comment line inside a message does not end it; %1 is an insert, %% a percent sign.
		expect(
			quotesWhole(
				'The filter <filter> is invalid. Example filters: 2.0.0.1-2.0.0.20 Example IPv6 filters: 100% sure.',
				header
			)
		).toBe(true);
		expect(quotesWhole('the specified credentials were rejected by the server', code)).toBe(true);
		expect(quotesWhole('Bad HTTP response returned from server. Code <code>', code)).toBe(true);
		expect(quotesWhole('Error: <message>', code)).toBe(true);
		expect(quotesWhole('http response error: <status> - <error>', code)).toBe(true);
		// An f-string's fields and \n escapes; Ruby's interpolation and its literals joined by a backslash.
		expect(quotesWhole('winrm send_input failed; stdout: <stdout> stderr <stderr>', code)).toBe(true);
		expect(
			quotesWhole("Invalid transport '<transport>' specified, expected: <transports>.", code)
		).toBe(true);
		expect(
			quotesWhole('Unable to parse authorization header. Headers: <headers> Body: <body>', code)
		).toBe(true);
	});

	test('a truncated message, a dropped final stop or another case is not whole', () => {
		expect(quotesWhole('Failed to start the SSH client process with error: <error>', resx)).toBe(false);
		expect(quotesWhole('The client cannot connect.', header)).toBe(false);
		expect(quotesWhole('The Specified credentials were rejected by the server', code)).toBe(false);
		expect(quotesWhole('winrm send_input failed', code)).toBe(false);
		expect(quotesWhole("Invalid transport '<transport>' specified", code)).toBe(false);
		expect(messageProblem('The client cannot connect.', new Map([['h', header]]))).toMatch(
			/^is only part of a string of h/
		);
		// A message cut at the first %n%n break is truncated.
		expect(
			messageProblem('The configuration is corrupted. Run this:', new Map([['h', header]]))
		).toMatch(/^is only part of a string of h \(truncated.*\): "The configuration is corrupted\. Run this: winrm invoke/);
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
