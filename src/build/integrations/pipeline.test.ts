import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { afterEach, expect, test } from 'vitest';
import { DEFAULT_SITE } from '../pipeline';
import { sitePipeline } from './pipeline';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs the integration's hooks as `astro build` would, over a one-page site, and returns what it logged. */
async function buildWith(siteUrl: string | undefined) {
	const dir = mkdtempSync(join(tmpdir(), 'psrt-pipeline-'));
	folders.push(dir);
	writeFileSync(
		join(dir, 'index.html'),
		[
			`<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'">`,
			'<title>Home</title></head><body><main data-pagefind-body><h1>Home</h1><p>TrustedHosts</p></main>',
			'</body></html>',
		].join('')
	);
	const logged: { level: string; message: string }[] = [];
	const logger = {
		info: (message: string) => logged.push({ level: 'info', message }),
		warn: (message: string) => logged.push({ level: 'warn', message }),
	} as unknown as AstroIntegrationLogger;
	const integration = sitePipeline({ siteUrl, publishedUrls: () => '/\n' });
	const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
	hooks['astro:config:done']!({
		config: { base: '/', site: siteUrl ?? DEFAULT_SITE } as Partial<AstroConfig>,
	});
	await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger });
	return { logged, files: readdirSync(dir, { recursive: true, encoding: 'utf8' }) };
}

test('after a build the steps run in order and leave the index, the host files and the worker', async () => {
	const { logged, files } = await buildWith('https://support.example.com');
	expect(logged.map(({ message }) => message.split(':')[0])).toEqual([
		'published URLs',
		'page policies',
		'Pagefind index',
		'host configurations',
		'offline copy',
	]);
	for (const file of ['pagefind/pagefind.js', '_headers', 'web.config', 'sw.js'])
		expect(files).toContain(file);
}, 30_000);

test('a build without SITE_URL ends with a warning naming the origin it used; one with it does not', async () => {
	const without = await buildWith(undefined);
	const last = without.logged.at(-1);
	expect(last?.level).toBe('warn');
	expect(last?.message).toContain(
		`SITE_URL is not set: every canonical URL, og:url, preview image URL and the sitemap of this build name ${DEFAULT_SITE}.`
	);
	const withUrl = await buildWith('https://support.example.com');
	expect(withUrl.logged.filter(({ level }) => level === 'warn')).toEqual([]);
}, 30_000);
