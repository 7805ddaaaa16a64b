import { bundledThemes, codeToHtml } from 'shiki';
import { describe, expect, test } from 'vitest';
import {
	CODE_THEMES,
	classForDeclaration,
	paletteCss,
	paletteRules,
	styleToClassTransformer,
} from './code-palette';

const themes = {
	light: (await bundledThemes[CODE_THEMES.light]()).default,
	dark: (await bundledThemes[CODE_THEMES.dark]()).default,
};
const rules = paletteRules(themes);
const highlight = (code: string) =>
	codeToHtml(code, {
		lang: 'powershell',
		themes,
		defaultColor: false,
		transformers: [styleToClassTransformer(new Set(rules.keys()))],
	});

describe('the code palette', () => {
	test('names a class for each colour, font and layout declaration Shiki writes', () => {
		expect(classForDeclaration('--shiki-light:#0E1116')).toBe('rt-shiki-light-0e1116');
		expect(classForDeclaration(' --shiki-dark-bg: #24292e ')).toBe('rt-shiki-dark-bg-24292e');
		expect(classForDeclaration('--shiki-dark-font-style:italic')).toBe(
			'rt-shiki-dark-font-style-italic'
		);
		expect(classForDeclaration('overflow-x:auto')).toBe('rt-shiki-scroll');
		expect(classForDeclaration('color:red')).toBeUndefined();
	});

	test('highlighted PowerShell has no inline style, and every class it uses is defined', async () => {
		const html = await highlight(
			"Set-Item wsman:\\localhost\\Client\\TrustedHosts -Value 'Server01' # trust one\n$s = New-PSSession -ComputerName Server01"
		);
		expect(html).not.toContain('style=');
		const used = [...html.matchAll(/rt-shiki-[\w-]+/g)].map((m) => m[0]);
		expect(used.length).toBeGreaterThan(5);
		for (const name of used) expect(rules.has(name), name).toBe(true);
		const css = paletteCss(rules);
		for (const name of new Set(used)) expect(css).toContain(`.${name}{`);
	});

	test('a style the palette lacks stops the highlighting, naming it', async () => {
		const transformer = styleToClassTransformer(new Set());
		await expect(
			codeToHtml('Get-Item x', {
				lang: 'powershell',
				themes,
				defaultColor: false,
				transformers: [transformer],
			})
		).rejects.toThrow(/--shiki-light:#[0-9a-f]+.*no class/i);
	});
});
