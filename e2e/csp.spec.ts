/**
 * The Content-Security-Policy holds while the site is used. Every built page carries a strict policy
 * (read from the built files); the build itself stops on a page whose inline code its own policy would
 * block (src/build/policy.ts). In the browser, a page of each kind is opened and the reader pastes,
 * searches (an exact match and a guess that loads Pagefind's wasm), copies, opens the values form and
 * switches the theme. Any `securitypolicyviolation` fails the test.
 */
import { attributeOf, elementsOf, metaHttpEquiv, parseHtml } from '../src/build/html';
import type { Page } from '@playwright/test';
import { allPages, builtPage, expect, test } from './test-utils';

/** Collects every violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`
			);
		});
	});
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) console.push(message.text());
	});
	return async () => [
		...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
		...console,
	];
}

test.describe('the Content-Security-Policy', () => {
	test('every page carries a strict policy in its head', () => {
		for (const path of allPages()) {
			const document = parseHtml(builtPage(path));
			const meta = metaHttpEquiv(document, 'content-security-policy');
			const policy = (meta && attributeOf(meta, 'content')) ?? '';
			expect(policy, path).toContain("object-src 'none'");
			expect(policy, path).toContain("base-uri 'none'");
			expect(policy, path).toContain("form-action 'self'");
			expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
			expect(policy, path).not.toContain('unsafe-inline');
			expect(policy, path).not.toMatch(/https?:\/\//);
			const styled = elementsOf(document).filter(
				(element) => attributeOf(element, 'style') !== undefined
			);
			expect(
				styled.map((element) => element.tagName),
				`${path} has inline style attributes`
			).toEqual([]);
		}
	});

	test('opening a page of each kind reports no violation', async ({ site, page }) => {
		const violations = await watchViolations(page);
		for (const path of [
			'',
			'errors/',
			'fixes/',
			'errors/access-denied/',
			'fixes/add-computer-to-trustedhosts/',
			'codes/',
			'no-such-page/',
		]) {
			await site.goto(path);
			await page.waitForLoadState('load');
			expect(await violations(), path).toEqual([]);
		}
	});

	test('pasting, searching, copying, the values form and the theme report no violation', async ({
		site,
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const violations = await watchViolations(page);
		await site.goto();
		await site.paste(
			'Enter-PSSession : Connecting to remote server web01 failed with the following error message : Access is denied.'
		);
		await expect(site.items.first()).toBeVisible();
		await site.paste(
			'The WS-Management service cannot complete the operation within the time specified'
		);
		// Words: pages come from Pagefind, whose search runs in WebAssembly; a code loads the code table.
		await site.paste('TrustedHosts firewall');
		await expect(site.items.first()).toBeVisible();
		await site.paste('WSManFault Code="2150859046"');
		await expect(site.results.locator('.rt-code-note').first()).toBeVisible();
		await site.goto('fixes/add-computer-to-trustedhosts/');
		await page.locator('[data-copy-code]').first().click();
		await page.locator('details', { hasText: 'Your values' }).first().locator('summary').click();
		const theme = page.getByLabel('Theme');
		await theme.selectOption('dark');
		await theme.selectOption('light');
		expect(await violations()).toEqual([]);
	});
});
