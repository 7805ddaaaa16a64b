/**
 * Every risky command a page shows carries an `<Aside type="caution">` in the same step (the list of risks
 * and why each is one: src/content/commands/cautions.ts). Findings the sources alone cannot settle are
 * listed in OPEN_FINDINGS with why (test/open-findings.ts).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { missingCautions } from '../src/content/commands/cautions';
import { stale, unexpected, type OpenFinding } from './open-findings';
import { budget, entryFiles, renderedEntries } from './rendered-entries';

const OPEN_FINDINGS: readonly OpenFinding[] = [
	{
		file: 'content/fixes/check-a-winrm-command-line.mdx',
		match: "winrm set winrm/config/client '@{TrustedHosts",
		why: 'Quoted from the WinRM documentation to show the quoting of @{…}; the page warns in prose that running it changes the setting, but has no caution saying it replaces the whole TrustedHosts list. Wording that caution is a content change no cmdlet reference settles.',
	},
	{
		file: 'content/fixes/allow-basic-authentication-on-the-winrm-service.mdx',
		match: '@{Basic="true"}\'',
		why: 'The page has one caution, in its introduction; the step that turns Basic on has none. Where the warning goes is for the page’s author.',
	},
	{
		file: 'content/fixes/allow-basic-authentication-on-the-winrm-service.mdx',
		match: '@{AllowUnencrypted="true"}\'',
		why: 'As above: the step that allows unencrypted traffic has no caution of its own.',
	},
	{
		file: 'content/fixes/ansible-choose-winrm-transport.mdx',
		match: 'Auth\\Basic -Value $true',
		why: 'The page turns Basic on for the Windows host with no caution anywhere.',
	},
	{
		file: 'content/fixes/ansible-choose-winrm-transport.mdx',
		match: 'AllowUnencrypted -Value $true',
		why: 'The page allows unencrypted traffic with no caution anywhere.',
	},
	{
		file: 'content/errors/winrm-configuration-corrupted.mdx',
		match: 'winrm invoke Restore http://schemas',
		why: 'The error page shows the restore command from the message with no caution that it puts back the whole default configuration.',
	},
	{
		file: 'content/errors/winrm-configuration-corrupted.mdx',
		match: 'WinRM invoke Restore WinRM/config',
		why: 'As above, for the form WsManResources.resx gives.',
	},
];

async function findingsOf(file: string): Promise<string[]> {
	const entry = (await renderedEntries()).find((e) => e.filePath === file)!;
	return missingCautions(entry.outline).map(
		({ line, command, risk }) => `${file}:${line}: ${command}\n  needs a caution: ${risk.why}`
	);
}

describe('every risky command carries a caution in its step', () => {
	beforeAll(() => renderedEntries(), budget(entryFiles().length));
	test.each(entryFiles())('%s', async (file) => {
		expect(unexpected(await findingsOf(file), OPEN_FINDINGS)).toEqual([]);
	});

	test(
		'every open finding still occurs (a fixed one leaves the list)',
		async () => {
			const all = (await Promise.all(entryFiles().map(findingsOf))).flat();
			expect(stale(all, OPEN_FINDINGS)).toEqual([]);
		},
		budget(entryFiles().length, 20)
	);
});
