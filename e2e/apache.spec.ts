/**
 * Both builds (the root one and the `/kb/remoting/` one) served by one real Apache httpd, each with the
 * `.htaccess` the build wrote, exactly the README's `AllowOverride` line and the modules it names, under
 * Debian's default `Options Indexes` (scripts/serve-apache.mjs). Every published URL answers with the
 * headers, the search and the 404 page work, the other hosts' files and the folders' listings are not
 * served, and text goes out with its charset.
 */
import { attributeOf, elementsOf, parseHtml } from '../src/build/html';
import { readFileSync } from 'node:fs';
import { HOST_FILES } from '../src/build/host-files';
import { expect, test } from './test-utils';

const PUBLISHED = readFileSync(new URL('../content/published-urls.txt', import.meta.url), 'utf8')
	.split('\n')
	.map((line) => line.replace(/#.*$/, '').trim())
	.filter(Boolean);

const ACCESS_DENIED =
	'Enter-PSSession : Connecting to remote server SRV-APP01 failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.';

const IMMUTABLE = 'public, max-age=31536000, immutable';

test.describe('served by Apache with the README’s AllowOverride', () => {
	test('every published URL answers with its page and the security headers', async ({
		site,
		request,
	}) => {
		// One request per URL: the budget grows with the list.
		test.setTimeout(10_000 + 250 * PUBLISHED.length);
		const problems: string[] = [];
		for (const path of PUBLISHED) {
			const response = await request.get(site.url(path), { maxRedirects: 0 });
			const headers = response.headers();
			if (response.status() !== 200) problems.push(`${path}: ${response.status()}`);
			else if (!headers['content-security-policy']?.includes("frame-ancestors 'none'"))
				problems.push(`${path}: no Content-Security-Policy`);
			else if (headers['x-content-type-options'] !== 'nosniff')
				problems.push(`${path}: no X-Content-Type-Options`);
			else if (!/charset=utf-8/i.test(headers['content-type'] ?? ''))
				problems.push(`${path}: ${headers['content-type']}`);
		}
		expect(problems).toEqual([]);
	});

	test('pages are revalidated, hashed files cached for a year, text sent with its charset', async ({
		site,
		request,
	}) => {
		const page = await request.get(site.url('errors/access-denied/'));
		expect(page.headers()['cache-control']).toBe('no-cache');
		expect(page.headers()['referrer-policy']).toBe('no-referrer');
		expect(page.headers()['permissions-policy']).toContain('camera=()');
		const html = await page.text();
		const document = parseHtml(html);
		const script = elementsOf(document, 'script')
			.map((element) => attributeOf(element, 'src'))
			.find((src) => src !== undefined);
		const style = elementsOf(document, 'link')
			.filter((element) => attributeOf(element, 'rel') === 'stylesheet')
			.map((element) => attributeOf(element, 'href'))[0];
		for (const [file, type] of [
			[script, 'text/javascript; charset=utf-8'],
			[style, 'text/css; charset=utf-8'],
		] as const) {
			const response = await request.get(new URL(file!, site.baseURL).href);
			expect(response.headers()['cache-control'], file).toBe(IMMUTABLE);
			expect(response.headers()['content-type'], file).toBe(type);
		}
		const json = await request.get(site.url('errors.json'));
		expect(json.headers()['content-type']).toBe('application/json; charset=utf-8');
		expect(json.headers()['cache-control']).toBe('no-cache');
	});

	test('an exact paste finds its page, and a word search loads Pagefind’s wasm and index', async ({
		site,
	}) => {
		await site.goto();
		await site.paste(ACCESS_DENIED);
		expect((await site.ranked())[0]).toBe('errors/access-denied:exact');
		const { url, files } = await site.pagefindSearch('TrustedHosts');
		expect(url.startsWith(site.basePath)).toBe(true);
		expect(files.length).toBeGreaterThan(0);
		expect(files.filter((entry) => !entry.startsWith('200 '))).toEqual([]);
	});

	test("a missing page answers 404 with the site's own page, and the policy blocks nothing", async ({
		site,
		page,
	}) => {
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		const response = await site.goto('no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(site.box).toBeVisible();
		await site.goto('fixes/add-computer-to-trustedhosts/');
		await page.waitForLoadState('load');
		expect(violations).toEqual([]);
	});

	test('the base path without its slash redirects to it', async ({ site, request }) => {
		test.skip(site.basePath === '/', 'a root build has no bare base path');
		const bare = new URL(site.basePath.replace(/\/$/, ''), site.baseURL).href;
		const response = await request.get(bare, { maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(new URL(response.headers().location!, site.baseURL).pathname).toBe(site.basePath);
	});

	test('the other hosts’ configuration files are not served', async ({ site, request }) => {
		for (const file of HOST_FILES) {
			const response = await request.get(site.url(file));
			expect(response.status(), file).toBe(404);
			expect(await response.text(), file).not.toContain('AddType');
		}
	});

	test('no folder lists its files', async ({ site, request }) => {
		for (const folder of ['_astro/', 'pagefind/', 'pagefind/fragment/', 'og/', 'og/errors/']) {
			const response = await request.get(site.url(folder));
			expect(response.status(), folder).toBe(404);
			expect(await response.text(), folder).not.toContain('Index of');
		}
	});
});
