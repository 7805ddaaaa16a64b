/**
 * Writes the host configurations (IIS, Apache, Netlify/Cloudflare, Azure Static Web Apps, nginx) into the
 * output folder at the end of every `astro build`, after the Pagefind index, for the base path of the
 * build. It stops the build when the output holds a file extension no host has a MIME type for, and it
 * gives the header the same Content-Security-Policy the pages carry in their `<meta>` tags.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../build-files';
import { hostConfigs } from '../configs';
import { mergePolicies, metaPolicyOf, untypedExtensions } from '../policy';
import { withBase } from '../urls';

export function hostingConfigs(): AstroIntegration {
	let base = '/';
	return {
		name: 'psrt:hosting',
		hooks: {
			'astro:config:done': ({ config }) => {
				// The base path with its trailing slash, as every URL below it is written.
				base = withBase(config.base, '');
			},
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const files = listFiles(site);
				const untyped = untypedExtensions(files);
				if (untyped.length > 0) {
					throw new Error(
						`The build emits ${untyped.map((ext) => `.${ext}`).join(', ')} files, which no host configuration has a MIME type for: add them to MIME_TYPES in src/build/policy.ts`
					);
				}
				const policies = files
					.filter((file) => file.endsWith('.html'))
					.map((file) => metaPolicyOf(readFileSync(join(site, file), 'utf8')));
				const csp = mergePolicies(
					policies.filter((policy): policy is string => policy !== undefined)
				);
				for (const [name, text] of Object.entries(hostConfigs({ base, csp })))
					writeFileSync(join(site, name), text);
				logger.info(`wrote the host configurations for ${base}`);
			},
		},
	};
}
