import { describe, expect, test } from 'vitest';
import { outlineOf } from '../../../test/render-content';
import { missingCautions } from './cautions';

const risks = async (body: string) =>
	missingCautions(await outlineOf(body)).map((m) => `${m.line} ${m.risk.id}`);

const caution = '<Aside type="caution">\nThis trusts what it names.\n</Aside>\n';

describe('a risky command needs a caution in its own step', () => {
	test.each([
		['Set-Item wsman:localhost\\client\\trustedhosts -Value *', 'trustedhosts-wildcard'],
		["winrm set winrm/config/client '@{TrustedHosts=\"*\"}'", 'trustedhosts-wildcard'],
		['Set-Item wsman:\\localhost\\Client\\TrustedHosts -Value 172.16.0.0', 'trustedhosts-replace'],
		['Enable-WSManCredSSP -Role Server', 'credssp'],
		['Set-Item -Path "WSMan:\\localhost\\Service\\Auth\\CredSSP" -Value $true', 'credssp'],
		['Set-Item -Path "WSMan:\\localhost\\Service\\AllowUnencrypted" -Value $true', 'allow-unencrypted'],
		["winrm set winrm/config/service '@{AllowUnencrypted=\"true\"}'", 'allow-unencrypted'],
		['Set-Item -Path WSMan:\\localhost\\Service\\Auth\\Basic -Value $true', 'basic-over-http'],
		['New-PSSession -ComputerName s1 -Authentication Basic -Credential u', 'basic-over-http'],
		['winrm invoke Restore winrm/Config', 'winrm-restore'],
		['Unregister-PSSessionConfiguration -Name MaintenanceShell', 'unregister-session-configuration'],
		['Enable-PSRemoting -SkipNetworkProfileCheck -Force', 'enable-psremoting-public'],
		["Set-NetFirewallRule -Name 'WINRM-HTTP-In-TCP' -RemoteAddress Any", 'enable-psremoting-public'],
		['Get-PSSession | Unregister-PSSessionConfiguration -Name x', 'unregister-session-configuration'],
	])('%s', async (command, id) => {
		const block = `## Step {#step}\n\nText.\n\n\`\`\`powershell\n${command}\n\`\`\`\n`;
		expect(await risks(block)).toEqual([`6 ${id}`]);
		// with a caution in the same step it passes, wherever in the step the caution stands
		expect(await risks(block + `\n### Detail {#detail}\n\n${caution}`)).toEqual([]);
		// a caution in another step does not count
		expect(await risks(`${caution}\n${block}`)).toEqual([`10 ${id}`]);
	});

	test('what is not the risk passes without a caution', async () => {
		for (const command of [
			'Set-Item WSMan:\\localhost\\Client\\TrustedHosts *.domain2.com -Concatenate',
			'Get-Item wsman:\\localhost\\Client\\TrustedHosts',
			'New-PSSession -ComputerName s1 -Authentication Basic -UseSSL -Credential u',
			'Enable-PSRemoting',
			'Get-Help Unregister-PSSessionConfiguration',
			'Get-Help Enable-PSRemoting -Parameter SkipNetworkProfileCheck',
		])
			expect(await risks(`## Step {#s}\n\n\`\`\`powershell\n${command}\n\`\`\`\n`), command).toEqual([]);
	});

	test('Enable-PSRemoting is risky in a step about a Public network, not where prose mentions one', async () => {
		const body = '## On a Public network {#public}\n\n```powershell\nEnable-PSRemoting\n```\n';
		expect(await risks(body)).toEqual(['4 enable-psremoting-public']);
		const aside = '## Run it {#run}\n\n```powershell\nEnable-PSRemoting\n```\n\nOn a public network it stops.\n';
		expect(await risks(aside)).toEqual([]);
	});

	test('inline commands count; a bare cmdlet name in prose does not', async () => {
		expect(await risks('## Step {#s}\n\nRun `winrm invoke Restore winrm/Config`.')).toEqual([
			'3 winrm-restore',
		]);
		expect(await risks('## Step {#s}\n\nThe fix runs `Enable-WSManCredSSP`.')).toEqual([]);
	});
});
