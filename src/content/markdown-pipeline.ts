/**
 * The one Markdown pipeline every entry goes through, Markdown and MDX alike (@astrojs/mdx inherits the
 * processor's plugins): astro.config.mjs renders the site with it and the unit tests render fixtures
 * with it, so a test sees what a page renders.
 */
import { bundledThemes } from 'shiki';
import { CODE_THEMES, paletteRules, styleToClassTransformer } from '../build/code-palette';
import { contentOutline } from './content-outline';
import { headingLevels } from './heading-levels';
import { slotTransformer } from './shiki-slots';

/** Options for `satteri()` from @astrojs/markdown-satteri. */
export const processorOptions = {
	// Explicit `{#id}` heading ids keep step links stable when a title is reworded.
	features: { headingAttributes: true, smartPunctuation: false },
	mdastPlugins: [contentOutline],
	hastPlugins: [headingLevels],
};

/** The code themes as objects, so the palette of classes that replaces Shiki's inline styles is built from them. */
const codeThemes = {
	light: (await bundledThemes[CODE_THEMES.light]()).default,
	dark: (await bundledThemes[CODE_THEMES.dark]()).default,
};

/** Every class the code palette defines, with its declaration (served as a stylesheet by the code-palette integration). */
export const codePaletteRules = paletteRules(codeThemes);

/** Astro's `markdown.shikiConfig`. */
export const shikiConfig = {
	themes: codeThemes,
	defaultColor: false as const,
	// Classes instead of inline styles, so no page needs 'unsafe-inline' styles (see security.csp).
	transformers: [slotTransformer(), styleToClassTransformer(new Set(codePaletteRules.keys()))],
};
