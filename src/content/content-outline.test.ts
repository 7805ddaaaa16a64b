import { describe, expect, test } from 'vitest';
import { htmlOf, outlineOf } from '../../test/render-content';

describe('the outline a render records', () => {
	test('headings with the ids they render with, inside components too, and code blocks with their slots', async () => {
		const body = [
			'Intro.',
			'',
			'## First step {#first}',
			'',
			'```powershell primary slots="computer=Server01"',
			'Invoke-Command -ComputerName Server01',
			'## not a heading',
			'```',
			'',
			"### Client's settings",
			'',
			'<Aside type="note">',
			'#### Inside a note {#inside}',
			'</Aside>',
		].join('\n');
		const outline = await outlineOf(body);
		expect(outline.headings).toEqual([
			{ depth: 2, text: 'First step', id: 'first', line: 3 },
			{ depth: 3, text: "Client's settings", id: undefined, line: 10 },
			{ depth: 4, text: 'Inside a note', id: 'inside', line: 13 },
		]);
		expect(outline.codeBlocks).toEqual([
			{
				lang: 'powershell',
				code: 'Invoke-Command -ComputerName Server01\n## not a heading',
				primary: true,
				slots: [{ kind: 'computer', example: 'Server01', start: 29, end: 37 }],
				line: 5,
			},
		]);
	});

	test('inline code spans, asides and paragraph texts, with their lines; a ps="7" block is scoped', async () => {
		const body = [
			'Run `Get-Item x` and then',
			'`winrm get winrm/config`.',
			'',
			'<Aside type="caution">',
			'A *risky* `Set-Item` change.',
			'</Aside>',
			'',
			'- In a list: `Get-Error`.',
			'',
			'```powershell ps="7"',
			'Get-Error',
			'```',
		].join('\n');
		const outline = await outlineOf(body);
		expect(outline.inlineCode).toEqual([
			{ code: 'Get-Item x', line: 1 },
			{ code: 'winrm get winrm/config', line: 2 },
			{ code: 'Set-Item', line: 5 },
			{ code: 'Get-Error', line: 8 },
		]);
		expect(outline.asides).toEqual([{ type: 'caution', line: 4 }]);
		expect(outline.paragraphs).toEqual([
			{ text: 'Run Get-Item x and then\nwinrm get winrm/config.', line: 1 },
			{ text: 'A risky Set-Item change.', line: 5 },
			{ text: 'In a list: Get-Error.', line: 8 },
		]);
		expect(outline.codeBlocks[0]).toMatchObject({ ps: '7', line: 10 });
	});

	test('a slot whose example is not in its block stops the render, naming file and line', async () => {
		const body = '## Step {#step}\n\n```powershell slots="computer=Server02"\nInvoke-Command -ComputerName Server01\n```\n';
		await expect(outlineOf(body, 'content/fixes/enable-remoting.mdx')).rejects.toThrow(
			'content/fixes/enable-remoting.mdx: code block at line 3: slot computer="Server02" does not occur in its code block',
		);
	});

	test('every unusable declaration of a file is named at once, with its line', async () => {
		const body = [
			'```powershell slots="host=Server01"',
			'Invoke-Command -ComputerName Server01',
			'```',
			'```powershell slots="computer=Server01.Domain01 domain=Domain01"',
			"$s = 'Server01.Domain01'",
			'```',
			'```text primary',
			'output',
			'```',
		].join('\n');
		const failure = outlineOf(body);
		await expect(failure).rejects.toThrow(/line 1: slot kind "host" is not one of computer, ip, domain, user, port, configuration, path/);
		await expect(failure).rejects.toThrow(/line 4: slots computer="Server01.Domain01" and domain="Domain01" overlap/);
		await expect(failure).rejects.toThrow(/line 7: slots and primary are only for powershell blocks/);
	});
});

describe('the highlighted HTML', () => {
	test('marks each slot with its kind, example and quoting, and the primary block', async () => {
		const html = await htmlOf('```powershell primary slots="computer=Server01"\nInvoke-Command -ComputerName \'Server01\'\n```\n');
		expect(html).toMatch(/<pre[^>]* data-primary/);
		expect(html).toMatch(/<span [^>]*class="rt-slot[^"]*" data-slot="computer" data-example="Server01" data-quote="single">Server01<\/span>/);
	});

	test('a block scoped to PowerShell 7 is marked with data-ps', async () => {
		const html = await htmlOf('```powershell ps="7"\nGet-Error\n```\n');
		expect(html).toMatch(/<pre[^>]* data-ps="7"/);
	});

	test('a block without options is highlighted and marked with nothing', async () => {
		const html = await htmlOf('```powershell\nGet-Item WSMan:\\localhost\n```\n');
		expect(html).not.toContain('data-primary');
		expect(html).not.toContain('data-slot');
		expect(html).not.toContain('data-ps');
		expect(html).toContain('<pre');
	});
});
