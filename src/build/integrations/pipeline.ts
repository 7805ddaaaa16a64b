/**
 * The one integration that runs after every `astro build`: it reads the built site once and runs the
 * build pipeline's steps on it, in the order src/build/pipeline.ts states, then warns when the build
 * used the local default origin. Before the build it turns off the inlining of scripts and stylesheets:
 * the pages' policy allows inline code only by hash, and every hash lengthens every page's policy and
 * the headers (src/content/inline-code.ts holds the few that must stand inline).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pipelineSteps, runSteps, siteUrlWarning, type PipelineInput } from '../pipeline';
import { BuiltSite, folderStore } from '../site';
import { withBase } from '../urls';

export interface SitePipelineOptions extends PipelineInput {
	/** `SITE_URL` as the build was given it; undefined when the config fell back to `DEFAULT_SITE`. */
	siteUrl: string | undefined;
}

export function sitePipeline(options: SitePipelineOptions): AstroIntegration {
	let base = '/';
	let origin = '';
	return {
		name: 'psrt:pipeline',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					build: { inlineStylesheets: 'never' },
					// Scripts are never inlined; other assets keep Vite's default.
					vite: {
						build: {
							assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
						},
					},
				});
			},
			'astro:config:done': ({ config }) => {
				// The base path with its trailing slash, as every URL below it is written.
				base = withBase(config.base, '');
				origin = (config.site ?? '').replace(/\/$/, '');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = new BuiltSite(base, folderStore(fileURLToPath(dir)));
				await runSteps(site, pipelineSteps(options), (message) => logger.info(message));
				if (options.siteUrl === undefined) logger.warn(siteUrlWarning(origin));
			},
		},
	};
}
