/**
 * The reader's own values taken from a paste, class by class: what is never a value of theirs, and
 * that their real values still come through beside it.
 */
import { describe, expect, test } from 'vitest';
import { cleanPaste } from './clean';
import { isCommandName, isHostAddress, isLocalComputer, isPlaceholder } from './identifiers';

const REMOTE = (host: string) =>
	`Connecting to remote server ${host} failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.`;
const ids = (paste: string) => cleanPaste(paste).identifiers;

describe('a command or function name is no computer', () => {
	test.each(['Stop-DbaService', 'Get-ADUser', 'Invoke-Command', 'ConvertTo-Json'])('%s', (name) => {
		expect(isCommandName(name)).toBe(true);
	});
	test.each(['SRV-APP01', 'test-web01', 'MAILGW-3', 'build-agent2', 'Web-Server01'])(
		'%s is a computer name',
		(name) => {
			expect(isCommandName(name)).toBe(false);
		}
	);
	test('in a bracketed log prefix', () => {
		expect(ids(`WARNING: [10:41:07][Stop-DbaService] Failure | ${REMOTE('sql02')}`).hosts).toEqual([
			'sql02',
		]);
	});
});

describe('a version number is no IP address', () => {
	test.each(['5.7.0.0', '10.0.17763.0', '1.2.3.255', '0.1.2.3', '127.0.0.1', '239.1.1.1'])(
		'%s',
		(value) => {
			expect(isHostAddress(value)).toBe(false);
		}
	);
	test('beside the word version, or inside a path', () => {
		const found = ids(
			`PSVersion 5.1.19041.4648\nModule version 2.3.4.5\nC:\\Modules\\dbatools\\1.1.145.7\\dbatools.psm1\n${REMOTE('10.1.4.20')}`
		);
		expect(found.ips).toEqual(['10.1.4.20']);
	});
});

describe('a piece of a file path is no user', () => {
	test('the second half of a wrapped path', () => {
		expect(ids('path="%systemroot%\\sy\nstem32\\WsmSvc.dll">').users).toEqual([]);
	});
	test('two folders of a relative path', () => {
		expect(ids('Log written to Logs\\deploy.log and Temp\\run').users).toEqual(['Temp\\run']);
	});
	test('folders inside a longer path', () => {
		expect(ids('File C:\\Users\\jdoe\\Documents\\a.ps1 cannot be loaded').users).toEqual([]);
	});
	test('a real DOMAIN\\user beside them', () => {
		expect(
			ids(
				`PS C:\\> Enter-PSSession -ComputerName app1 -Credential CONTOSO\\adm-jo\n${REMOTE('app1')}`
			).users
		).toEqual(['CONTOSO\\adm-jo']);
	});
});

describe('a placeholder or masked text is no value', () => {
	test.each([
		'ServerName',
		'SERVER.FQDN',
		'xxx.xx.4.128',
		'srv-xxx.xxxx.local',
		'DOMAIN\\username',
		'yourdomain.com',
	])('%s', (value) => {
		expect(isPlaceholder(value)).toBe(true);
	});
	test.each(['web02.contoso.local', 'SRV-APP01', 'CORP\\svc_deploy', 'x1-gw'])(
		'%s is a real value',
		(value) => {
			expect(isPlaceholder(value)).toBe(false);
		}
	);
	test('in the wrapper of a remoting error', () => {
		for (const host of ['ServerName', 'SERVER.FQDN', 'xxx.xx.4.128']) {
			const found = ids(REMOTE(host));
			expect([...found.hosts, ...found.ips, ...found.domains], host).toEqual([]);
		}
	});
});

describe('a path cut at a space is no path', () => {
	test('the term PowerShell could not run', () => {
		expect(
			ids(
				"C:\\Program : The term 'C:\\Program' is not recognized as the name of a cmdlet, function, script file, or operable program."
			).paths
		).toEqual([]);
	});
	test('an unquoted path stopping before the rest of its folder name', () => {
		expect(ids('Cannot load C:\\Program Files').paths).toEqual([]);
	});
	test('a path with spaces is kept whole', () => {
		expect(
			ids('File C:\\Program Files\\WindowsPowerShell\\Modules\\Az\\Az.psm1 cannot be loaded').paths
		).toEqual(['C:\\Program Files\\WindowsPowerShell\\Modules\\Az\\Az.psm1']);
		expect(ids('File \\\\fs\\tools\\Remote Tools.psm1 cannot be loaded').paths).toEqual([
			'\\\\fs\\tools\\Remote Tools.psm1',
		]);
	});
	test('the folder of the prompt is where the reader stood, not a value', () => {
		expect(ids('PS C:\\Users\\jsmith> Enter-PSSession -ComputerName fs01').paths).toEqual([]);
	});
});

describe('the local computer is no remote computer', () => {
	test.each(['localhost', '.', '127.0.0.1', '::1', 'LOCALHOST'])('%s', (value) => {
		expect(isLocalComputer(value)).toBe(true);
	});
	test('on the command line and in the wrapper', () => {
		const found = ids(
			`PS C:\\> Enter-PSSession -ComputerName localhost\n[127.0.0.1] ${REMOTE('localhost')}`
		);
		expect([...found.hosts, ...found.ips]).toEqual([]);
	});
	test('the Machine of a fault from a command that configures this computer', () => {
		const fault =
			'<f:WSManFault xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" Code="5" Machine="SRV-LOCAL01"><f:Message>Access is denied. </f:Message></f:WSManFault>';
		expect(ids(`Set-WSManQuickConfig : ${fault}`).hosts).toEqual([]);
		expect(ids(`Test-WSMan : ${fault}`).hosts).toEqual(['SRV-LOCAL01']);
	});
});
