/**
 * Builds the Pagefind index into `<outDir>/pagefind/` at the end of every `astro build`, so that a build
 * is always searchable, whatever its output folder or base path. Only the `[data-pagefind-body]` of the
 * error and fix pages is indexed.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'psrt:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0)
					throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
				if (written.errors.length > 0)
					throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
				logger.info(`indexed ${added.page_count} pages into pagefind/`);
				await pagefind.close();
			},
		},
	};
}
