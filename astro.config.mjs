// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind';
import { publishedUrls } from './src/integrations/published-urls';
import { processorOptions, shikiConfig } from './src/lib/markdown-pipeline';
import { redirectsFor } from './src/lib/redirects';
import renames from './content/redirects.json' with { type: 'json' };

/** The origin the site is published at; every absolute URL (canonical, previews, sitemap) uses it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
/** The path the site is served under, such as `/kb/remoting/`. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR ?? './dist',
	redirects: redirectsFor(renames, base),
	integrations: [mdx(), sitemap(), pagefindIndex(), publishedUrls()],
	markdown: {
		processor: satteri(processorOptions),
		shikiConfig,
	},
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// MDX modules carry Astro's head-injection directive, which the bundler reports but keeps.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
});
