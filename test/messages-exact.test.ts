/**
 * Every plain-string `messages` entry is a whole string of a source its page cites, case and final stop
 * included (what a "whole string" is in each kind of source: src/content/commands/source-strings.ts). A
 * wording given with a URL is a public paste, checked by its URL elsewhere. Findings the sources alone
 * cannot settle are listed in OPEN_FINDINGS with why (test/open-findings.ts).
 */
import { describe, expect, test } from 'vitest';
import {
	messageProblem,
	sourceStrings,
	type SourceStrings,
} from '../src/content/commands/source-strings';
import { sourceOf, type SourceId } from '../src/content/sources';
import { loadEntries } from './load-content';
import { stale, unexpected, type OpenFinding } from './open-findings';
import { readSource } from './rendered-entries';

const cache = new Map<SourceId, SourceStrings>();
function stringsOf(id: SourceId): SourceStrings {
	let strings = cache.get(id);
	if (!strings) {
		const file = sourceOf(id).file;
		strings = sourceStrings(file, readSource(file));
		cache.set(id, strings);
	}
	return strings;
}

const OPEN_FINDINGS: readonly OpenFinding[] = [
	{
		file: 'content/errors/ansible-winrm-library-not-installed.mdx',
		match: '"the python kerberos library is not installed"',
		why: "winrm.py appends 'kerberos: the python kerberos library is not installed' to the errors it reports: the page drops the 'kerberos: ' prefix. Whether the joined message should be the page's message is for the client pages' author.",
	},
	{
		file: 'content/errors/ansible-winrm-send-input-failed.mdx',
		match: '"winrm send_input failed"',
		why: "winrm.py raises f'winrm send_input failed; \\nstdout: {stdout}\\nstderr {stderr}': the page keeps only the head, with no placeholders for stdout and stderr.",
	},
	{
		file: 'content/errors/ruby-winrm-http-transport-error.mdx',
		match: '"Unable to parse authorization header. Headers: <headers>"',
		why: 'transport.rb builds "Unable to parse authorization header. Headers: #{r.headers}\\r\\nBody: #{r.body}": the page leaves out the Body line.',
	},
	{
		file: 'content/errors/ruby-winrm-invalid-transport.mdx',
		match: '"Invalid transport \'<transport>\' specified"',
		why: 'exceptions.rb continues the literal with ", expected: #{valid_transports.join(\', \')}.": the page stops before it.',
	},
	{
		file: 'content/errors/background-process-ended-abnormally.mdx',
		match: '"The pwsh executable cannot be found at',
		why: 'The resx value goes on after the first sentence ("Note that \'Start-Job\' is not supported by design \u2026"): the page keeps only the first sentence.',
	},
	{
		file: 'content/errors/local-transport-process-ended.mdx',
		match: '"The named pipe target process has ended."',
		why: 'The resx value holds the sentence inside double quotes; whether PowerShell prints them is not settled by the resource alone.',
	},
	{
		file: 'content/errors/local-transport-process-ended.mdx',
		match: '"The Hyper-V socket target process has ended."',
		why: 'As above.',
	},
	{
		file: 'content/errors/session-configuration-file-not-valid.mdx',
		match: "\"The '<key>' key in the <file>.",
		why: 'The resx value starts with "Register-PSSessionConfiguration : ", which the page leaves out.',
	},
	{
		file: 'content/errors/session-configuration-file-not-valid.mdx',
		match: "\"The member '<member>' must be <type>.",
		why: 'No cited source holds this wording (the vendored RemotingErrorIdStrings.resx has no such value); its origin is for the page author.',
	},
	{
		file: 'content/errors/winrm-configuration-corrupted.mdx',
		match:
			'"The WS-Management configuration is corrupted. Use the following command to restore defaults:"',
		why: 'wsmerror.h goes on with the command and "Then add any custom configuration settings.": the page stops at the colon.',
	},
];

const entries = loadEntries('errors');

function findingsOf(entry: (typeof entries)[number]): string[] {
	const cited = new Map(entry.data.sources.map(({ source }) => [source, stringsOf(source)]));
	return entry.data.messages
		.filter((message) => message.url === undefined)
		.map((message) => [message.text, messageProblem(message.text, cited)] as const)
		.filter(([, problem]) => problem !== undefined)
		.map(([text, problem]) => `${entry.filePath}: "${text}"\n  ${problem}`);
}

describe('every message is a whole string of a source its page cites', () => {
	test.each(entries.map((entry) => [entry.filePath, entry] as const))('%s', (_file, entry) => {
		expect(unexpected(findingsOf(entry), OPEN_FINDINGS)).toEqual([]);
	});

	test('every open finding still occurs (a fixed one leaves the list)', () => {
		expect(stale(entries.flatMap(findingsOf), OPEN_FINDINGS)).toEqual([]);
	});
});
