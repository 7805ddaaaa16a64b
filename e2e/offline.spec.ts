/**
 * Still there when the network is not: after one visit the service worker holds the whole site, so with
 * the network gone a visited page, an unvisited error and fix page, an exact search, a guess, a site
 * search (which needs Pagefind's index) and a code (the code table) all work. The worker caches nothing
 * of what the reader types.
 */
import { expect, test } from './test-utils';

test.describe('offline', () => {
	test('after one visit, pages never opened and the paste search work without the network', async ({
		site,
		page,
		context,
	}) => {
		await site.goto();
		await expect(page.getByText('This site now works offline in this browser.')).toBeVisible({
			timeout: 20_000,
		});
		await context.setOffline(true);

		for (const path of [
			'errors/operation-timeout/',
			'fixes/add-computer-to-trustedhosts/',
			'errors/',
			'',
		]) {
			const response = await site.goto(path);
			expect(response?.ok(), path).toBe(true);
		}
		await site.paste(
			'Enter-PSSession : Connecting to remote server web01 failed with the following error message : Access is denied.'
		);
		expect((await site.ranked())[0]).toBe('errors/access-denied:exact');

		await site.paste(
			'WinRM cannot complete the operation. Verify that the specified computer name is valid, that the computer is accessible'
		);
		await site.settled();
		await expect(site.items.first()).toBeVisible();

		// A site search needs Pagefind's wasm and index, and a code the code table: both come from the cache.
		await site.paste('TrustedHosts firewall');
		await expect(site.results.locator('li[data-kind="page"]').first()).toBeVisible();
		await site.paste('WSManFault Code="2150859046"');
		await expect(site.results.locator('.rt-code-note').first()).toContainText('0x80338126');

		await site.goto('errors/access-denied/#computer=SRV-OFFLINE-01');
		await expect(page.locator('h1')).toHaveText('Access is denied');

		// Nothing the reader typed or filled in is in any cache.
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys())
				for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
			return urls;
		});
		expect(cached.length).toBeGreaterThan(40);
		expect(cached.filter((url) => /web01|SRV-OFFLINE|#|\?q=/i.test(url))).toEqual([]);
		await context.setOffline(false);
	});

	test('a missing page offline gets the 404 page, with the status 404', async ({
		site,
		page,
		context,
	}) => {
		await site.goto();
		await expect(page.getByText('This site now works offline in this browser.')).toBeVisible({
			timeout: 20_000,
		});
		await context.setOffline(true);
		const response = await site.goto('no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toContainText(/not found|no page/i);
		await expect(site.box).toBeVisible();
		await context.setOffline(false);
	});
});
