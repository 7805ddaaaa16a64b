/**
 * Every built page: no axe violation (WCAG 2.2 A and AA) in light, and no contrast violation in dark
 * (the one thing the scheme changes), with the search results and the values form open as well as closed.
 */
import AxeBuilder from '@axe-core/playwright';
import { allPages, expect, test, timeoutPerPage } from './test-utils';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The page list is split into this many tests per scheme, so the two workers share them. */
const SHARDS = 4;

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });

		for (let shard = 0; shard < SHARDS; shard++) {
			test(`every page has no axe violation (part ${shard + 1} of ${SHARDS})`, async ({
				site,
				page,
			}) => {
				const violations: string[] = [];
				const pages = allPages({ notFound: true }).filter((_, i) => i % SHARDS === shard);
				timeoutPerPage(pages.length, 6_000);
				for (const path of pages) {
					await site.goto(path);
					// Only colours differ between the schemes: the dark run checks contrast, the light run everything.
					const axe = new AxeBuilder({ page });
					const { violations: found } = await (
						scheme === 'dark' ? axe.withRules(['color-contrast']) : axe.withTags(TAGS)
					).analyze();
					for (const v of found)
						violations.push(
							`${path || '/'}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}: ${v.help}`
						);
				}
				expect(violations).toEqual([]);
			});
		}

		test('search results, the values form and the empty state have no axe violation', async ({
			site,
			page,
		}) => {
			await site.goto();
			await site.paste(
				'Enter-PSSession : Connecting to remote server SRV1 failed with the following error message : Access is denied.'
			);
			expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
			await site.paste('no remoting words here at all');
			expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
			await site.goto('fixes/provide-administrator-credentials/#computer=SRV1&user=bad%20user');
			await site.paste('firewall exception network');
			await expect(page.locator('li[data-kind="page"]').first()).toBeVisible();
			expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
		});
	});
}

test('the skip link leads to the main content', async ({ site, page }) => {
	await site.goto('fixes/enable-remoting/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('focus is visible on every kind of control', async ({ site, page }) => {
	await site.goto('fixes/add-computer-to-trustedhosts/');
	for (const selector of [
		'.brand',
		'nav a',
		'textarea[name="q"]',
		'#theme-select',
		'.rt-anchor',
		'.code-copy',
		'[data-copy-link]',
		'summary',
	]) {
		const control = page.locator(selector).first();
		await control.focus();
		const outline = await control.evaluate((element) => {
			const style = getComputedStyle(element);
			return `${style.outlineStyle} ${style.outlineWidth}`;
		});
		expect(outline, selector).not.toMatch(/^none|\s0px$/);
	}
});

test('results are announced to screen readers', async ({ site, page }) => {
	await site.goto();
	await site.paste('The total data received from the remote client exceeded allowed maximum.');
	await expect(page.locator('#announcer[role="status"]')).toHaveText(
		/result.*Exact match: The total data received/
	);
});
