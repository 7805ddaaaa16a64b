/**
 * Shiki's colours as classes instead of inline `style` attributes, so the pages need no
 * `'unsafe-inline'` styles under their Content-Security-Policy. Each declaration Shiki writes
 * (`--shiki-light:#0e1116`) becomes a class (`rt-shiki-light-0e1116`), and a stylesheet generated from
 * the two themes defines every class either theme can produce. A declaration without a class stops the
 * build rather than leaving a code block uncoloured.
 */
import type { ShikiTransformer } from 'shiki';

/** The themes of the code blocks, by colour scheme. */
// Both high-contrast: every token colour a PowerShell block uses meets 4.5:1 on the code background.
export const CODE_THEMES = {
	light: 'github-light-high-contrast',
	dark: 'github-dark-high-contrast',
} as const;
export type CodeScheme = keyof typeof CODE_THEMES;

/** The parts of a Shiki theme the palette reads. */
export interface CodeTheme {
	fg?: string | undefined;
	bg?: string | undefined;
	colors?: Record<string, string> | undefined;
	tokenColors?:
		| readonly {
				settings?: { foreground?: string | undefined; fontStyle?: string | undefined } | undefined;
		  }[]
		| undefined;
}

/** Declarations Shiki writes that are not theme colours, and the class that stands for each. */
const LAYOUT_CLASSES: Readonly<Record<string, string>> = { 'overflow-x:auto': 'rt-shiki-scroll' };
const LAYOUT_RULES: Readonly<Record<string, string>> = { 'rt-shiki-scroll': 'overflow-x:auto' };

/** Theme font styles, as the CSS declaration Shiki writes for each (`--shiki-dark-font-style:italic`). */
const FONT_STYLES: Readonly<Record<string, [property: string, value: string]>> = {
	italic: ['font-style', 'italic'],
	bold: ['font-weight', 'bold'],
	underline: ['text-decoration', 'underline'],
	strikethrough: ['text-decoration', 'line-through'],
};

/** The class for one declaration of a Shiki `style` attribute, or undefined if it has none. */
export function classForDeclaration(declaration: string): string | undefined {
	const text = declaration.trim().replace(/\s*:\s*/, ':');
	const colour = /^--shiki-(light|dark)(-bg)?:#([0-9a-f]{3,8})$/i.exec(text);
	if (colour) return `rt-shiki-${colour[1]}${colour[2] ?? ''}-${colour[3]!.toLowerCase()}`;
	const font = /^--shiki-(light|dark)-(font-style|font-weight|text-decoration):([a-z-]+)$/.exec(
		text
	);
	if (font) return `rt-shiki-${font[1]}-${font[2]}-${font[3]}`;
	return LAYOUT_CLASSES[text];
}

/** Every class the themes can produce, with the declaration it stands for. */
export function paletteRules(themes: Record<CodeScheme, CodeTheme>): Map<string, string> {
	const rules = new Map<string, string>();
	const add = (declaration: string) => rules.set(classForDeclaration(declaration)!, declaration);
	for (const scheme of Object.keys(CODE_THEMES) as CodeScheme[]) {
		const theme = themes[scheme];
		const foreground = [
			theme.fg,
			theme.colors?.['editor.foreground'],
			...(theme.tokenColors ?? []).map((rule) => rule.settings?.foreground),
		];
		for (const colour of foreground) if (colour) add(`--shiki-${scheme}:${colour.toLowerCase()}`);
		for (const colour of [theme.bg, theme.colors?.['editor.background']])
			if (colour) add(`--shiki-${scheme}-bg:${colour.toLowerCase()}`);
		for (const rule of theme.tokenColors ?? []) {
			for (const style of (rule.settings?.fontStyle ?? '').split(/\s+/)) {
				const font = FONT_STYLES[style];
				if (font) add(`--shiki-${scheme}-${font[0]}:${font[1]}`);
			}
		}
	}
	for (const [name, declaration] of Object.entries(LAYOUT_RULES)) rules.set(name, declaration);
	return rules;
}

/** The stylesheet that defines every class of the palette. */
export function paletteCss(rules: ReadonlyMap<string, string>): string {
	const lines = [...rules].map(([name, declaration]) => `.${name}{${declaration}}`);
	return `@layer components{${lines.join('')}}\n`;
}

interface HastNode {
	type: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/** Moves each inline style Shiki wrote into the palette's classes; fails on one the palette lacks. */
export function styleToClassTransformer(known: ReadonlySet<string>): ShikiTransformer {
	const convert = (node: HastNode) => {
		const style = node.properties?.['style'];
		if (typeof style === 'string') {
			const classes = style
				.split(';')
				.filter((declaration) => declaration.trim() !== '')
				.map((declaration) => {
					const name = classForDeclaration(declaration);
					if (!name || !known.has(name)) {
						throw new Error(
							`Shiki wrote the style "${declaration.trim()}", which the code palette has no class for (src/build/code-palette.ts)`
						);
					}
					return name;
				});
			const current = node.properties!['class'];
			const existing = Array.isArray(current)
				? current.map(String)
				: typeof current === 'string'
					? current.split(/\s+/)
					: [];
			node.properties!['class'] = [...existing.filter(Boolean), ...classes].join(' ');
			delete node.properties!['style'];
		}
		node.children?.forEach(convert);
	};
	return { name: 'psrt:style-to-class', root: (root) => convert(root) };
}
