// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { codePalette } from './src/build/integrations/code-palette';
import { sitePipeline } from './src/build/integrations/pipeline';
import { DEFAULT_SITE } from './src/build/pipeline';
import { cspHash } from './src/build/policy';
import { readFileSync } from 'node:fs';
import { INLINE_SCRIPT_HASHES } from './src/content/inline-code';
import { codePaletteRules, processorOptions, shikiConfig } from './src/content/markdown-pipeline';
import { redirectsFor } from './src/content/redirects';
import { readContentFile, readRenames } from './src/content/catalog-files';

/**
 * The origin the site is published at; every absolute URL (canonical, previews, sitemap) uses it. A build
 * without SITE_URL uses a local origin, and the build pipeline warns about it.
 */
const site = process.env.SITE_URL ?? DEFAULT_SITE;
/** The path the site is served under, such as `/kb/remoting/`. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR ?? './dist',
	redirects: redirectsFor(readRenames(), base),
	// The pipeline reads the build after the sitemap is written; its steps and their order: src/build/pipeline.ts.
	integrations: [
		mdx(),
		sitemap(),
		codePalette(codePaletteRules),
		sitePipeline({
			siteUrl: process.env.SITE_URL,
			publishedUrls: () => readContentFile('published-urls.txt'),
		}),
	],
	markdown: {
		processor: satteri(processorOptions),
		shikiConfig,
	},
	build: { format: 'directory' },
	security: {
		// Every page carries this policy in a <meta> tag, narrowed by the build to the hashes of its own inline
		// scripts and styles (src/build/policy.ts); the host configurations send the union of the pages' policies
		// as a header, plus what only a header can carry.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'none'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly search at run time; nothing else needs more than 'self'.
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: INLINE_SCRIPT_HASHES,
			},
			// The layer order stands inline before any bundled stylesheet (BaseLayout): its text, hashed.
			styleDirective: {
				resources: ["'self'"],
				hashes: [
					cspHash(readFileSync(new URL('./src/styles/layers.css', import.meta.url), 'utf8')),
				],
			},
		},
	},
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
