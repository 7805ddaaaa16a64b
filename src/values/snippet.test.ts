import { expect, test } from 'vitest';
import { ticketSnippet, type SnippetParts } from './snippet';

const ERROR_PAGE: SnippetParts = {
	title: 'Access is denied',
	url: 'https://example.com/errors/access-denied/',
	fix: {
		title: 'Provide administrator credentials',
		url: 'https://example.com/fixes/provide-administrator-credentials/',
	},
	command: 'Invoke-Command -ComputerName SRV-APP01 -Credential CORP\\ops',
};

test('the Markdown snippet bolds the title and fences the command', () => {
	expect(ticketSnippet(ERROR_PAGE, 'markdown')).toBe(
		[
			'**Access is denied**',
			'https://example.com/errors/access-denied/',
			'',
			'Most likely fix: Provide administrator credentials',
			'https://example.com/fixes/provide-administrator-credentials/',
			'',
			'Run:',
			'```powershell',
			'Invoke-Command -ComputerName SRV-APP01 -Credential CORP\\ops',
			'```',
		].join('\n')
	);
});

test('the plain-text snippet has the same lines without any Markdown', () => {
	const text = ticketSnippet(ERROR_PAGE, 'text');
	expect(text).toBe(
		[
			'Access is denied',
			'https://example.com/errors/access-denied/',
			'',
			'Most likely fix: Provide administrator credentials',
			'https://example.com/fixes/provide-administrator-credentials/',
			'',
			'Run:',
			'Invoke-Command -ComputerName SRV-APP01 -Credential CORP\\ops',
		].join('\n')
	);
	expect(text).not.toMatch(/\*\*|```/);
});

test('a fix reached from an error names the step and the error, in both forms', () => {
	const parts: SnippetParts = {
		title: 'Add a computer to the TrustedHosts list',
		step: 'Add to the existing list',
		url: 'https://example.com/fixes/add-computer-to-trustedhosts/#add-to-existing-list',
		fromError: {
			title: 'The WinRM client cannot process the request: use HTTPS or TrustedHosts',
			url: 'https://example.com/errors/trustedhosts-required/',
		},
	};
	expect(ticketSnippet(parts, 'markdown')).toMatch(
		/^\*\*Add a computer to the TrustedHosts list\*\*, step: Add to the existing list\n/
	);
	expect(ticketSnippet(parts, 'text')).toMatch(
		/^Add a computer to the TrustedHosts list, step: Add to the existing list\n/
	);
	for (const format of ['markdown', 'text'] as const) {
		const snippet = ticketSnippet(parts, format);
		expect(snippet).toContain(
			'For the error: The WinRM client cannot process the request: use HTTPS or TrustedHosts\nhttps://example.com/errors/trustedhosts-required/'
		);
		expect(snippet).not.toContain('Run:');
	}
});

test('a command holding backticks gets a fence longer than any run of them', () => {
	const command = 'Write-Host "a``b ```c"';
	const fenced = ticketSnippet({ title: 't', url: 'u', command }, 'markdown');
	expect(fenced).toContain(`\`\`\`\`powershell\n${command}\n\`\`\`\``);
});
