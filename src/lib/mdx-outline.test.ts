import { expect, test } from 'vitest';
import { outlineMarkdown } from './mdx-outline';

test('finds headings with and without ids, and fences with language and meta', () => {
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
		'### Plain heading',
		'',
		'````text',
		'```',
		'inner',
		'````',
	].join('\n');
	const { headings, fences } = outlineMarkdown(body);
	expect(headings).toEqual([
		{ depth: 2, text: 'First step', id: 'first', line: 3 },
		{ depth: 3, text: 'Plain heading', id: undefined, line: 10 },
	]);
	expect(fences).toEqual([
		{
			lang: 'powershell',
			meta: 'primary slots="computer=Server01"',
			code: 'Invoke-Command -ComputerName Server01\n## not a heading',
			line: 5,
		},
		{ lang: 'text', meta: '', code: '```\ninner', line: 12 },
	]);
});

test('an unclosed fence still yields its code', () => {
	expect(outlineMarkdown('```powershell\nGet-Item x').fences).toEqual([{ lang: 'powershell', meta: '', code: 'Get-Item x', line: 1 }]);
});
