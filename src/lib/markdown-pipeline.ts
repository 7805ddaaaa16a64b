/**
 * The one Markdown pipeline every entry goes through, Markdown and MDX alike (@astrojs/mdx inherits the
 * processor's plugins): astro.config.mjs renders the site with it and the unit tests render fixtures
 * with it, so a test sees what a page renders.
 */
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

/** Astro's `markdown.shikiConfig`. */
export const shikiConfig = {
	themes: { light: 'github-light-high-contrast', dark: 'github-dark' } as const,
	defaultColor: false as const,
	transformers: [slotTransformer()],
};
