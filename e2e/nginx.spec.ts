/**
 * The `/kb/remoting/` build served by a real nginx with the snippet the build wrote: pages, the paste
 * search and its full-text index, step links and the 404 page work through it, with the headers and
 * caching the snippet promises; the bare base path redirects, and no folder or host file is served.
 */
import { HOST_FILES } from '../src/build/host-files';
import { expect, test } from './test-utils';

const ACCESS_DENIED =
	'Enter-PSSession : Connecting to remote server SRV-APP01 failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.';

test.describe('served by nginx under /kb/remoting/', () => {
	test('pages carry the security headers and are revalidated', async ({ site }) => {
		for (const path of ['', 'errors/access-denied/', 'errors.json']) {
			const response = await site.page.request.get(site.url(path));
			expect(response.status(), path).toBe(200);
			const headers = response.headers();
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
			expect(headers['content-security-policy'], path).toContain("object-src 'none'");
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('no-referrer');
			expect(headers['permissions-policy'], path).toContain('camera=()');
			expect(headers['cache-control'], path).toBe('no-cache');
		}
	});

	test('hashed files are cached for a year, with their MIME types', async ({ site, page }) => {
		await site.goto();
		const script = await page.locator('script[src*="/_astro/"]').first().getAttribute('src');
		const response = await page.request.get(new URL(script!, site.baseURL).href);
		expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(response.headers()['content-type']).toContain('text/javascript');
	});

	test('an exact paste finds its error page', async ({ site }) => {
		await site.goto();
		await site.paste(ACCESS_DENIED);
		expect((await site.ranked())[0]).toBe('errors/access-denied:exact');
	});

	test("Pagefind's wasm and index load through nginx and find a page", async ({ site }) => {
		await site.goto();
		const { url, files } = await site.pagefindSearch('TrustedHosts');
		expect(url.startsWith(site.basePath)).toBe(true);
		expect(files.length).toBeGreaterThan(0);
		expect(files.every((entry) => entry.startsWith('200 '))).toBe(true);
	});

	test('the header policy, which also covers what comes before the <meta> tag, blocks nothing', async ({
		site,
		page,
	}) => {
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		for (const path of [
			'',
			'errors/access-denied/',
			'fixes/add-computer-to-trustedhosts/',
			'no-such-page/',
		]) {
			await site.goto(path);
			await page.waitForLoadState('load');
		}
		await site.goto();
		await site.paste(ACCESS_DENIED);
		expect(violations).toEqual([]);
	});

	test('a step link opens its step', async ({ site, page }) => {
		await site.goto('fixes/add-computer-to-trustedhosts/#view-the-list');
		await expect(page.locator('#view-the-list')).toBeInViewport();
	});

	test("a missing page answers 404 with the site's own page, and host files are not served", async ({
		site,
		page,
	}) => {
		const response = await site.goto('no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(site.box).toBeVisible();
		for (const file of HOST_FILES) {
			expect((await page.request.get(site.url(file))).status(), file).toBe(404);
		}
	});

	test('the base path without its slash redirects to it', async ({ site, request }) => {
		const bare = new URL(site.basePath.replace(/\/$/, ''), site.baseURL).href;
		const response = await request.get(bare, { maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(new URL(response.headers().location!, site.baseURL).pathname).toBe(site.basePath);
	});

	test('a folder without a page answers 404 with the site’s page, never 403 or a year of caching', async ({
		site,
		request,
	}) => {
		for (const folder of ['_astro/', 'pagefind/', 'pagefind/fragment/', 'og/']) {
			const response = await request.get(site.url(folder));
			expect(response.status(), folder).toBe(404);
			expect(response.headers()['cache-control'], folder).toBe('no-cache');
			expect(await response.text(), folder).toContain('data-error-search');
		}
	});
});
