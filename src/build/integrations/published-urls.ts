/**
 * After every build, checks that each URL in `content/published-urls.txt` is still a page or a redirect
 * to a page, and fails the build naming every one that is not. Renaming a page therefore means adding a
 * redirect; removing one is never allowed.
 */
import { readContentFile } from '../../content/catalog-files';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkPublishedUrls, parsePublishedUrls, type Built } from '../published-urls';
import { withBase } from '../urls';

const REFRESH = /<meta http-equiv="refresh" content="0;url=([^"]+)"/;

export function publishedUrls(): AstroIntegration {
	let base = '/';
	return {
		name: 'psrt:published-urls',
		hooks: {
			'astro:config:done': ({ config }) => {
				// The base path with its trailing slash, as every URL below it is written.
				base = withBase(config.base, '');
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const lookup = (path: string): Built => {
					const file = `${root}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
					if (!existsSync(file)) return undefined;
					if (!file.endsWith('.html')) return { kind: 'page' };
					const target = REFRESH.exec(readFileSync(file, 'utf8'))?.[1];
					return target
						? { kind: 'redirect', to: `/${target.slice(base.length)}` }
						: { kind: 'page' };
				};
				const listed = parsePublishedUrls(readContentFile('published-urls.txt'));
				const problems = checkPublishedUrls(listed, lookup);
				if (problems.length > 0) {
					throw new Error(
						`Published URLs must stay (content/published-urls.txt):\n${problems.join('\n')}`
					);
				}
				logger.info(`all ${listed.length} published URLs answer`);
			},
		},
	};
}
