/**
 * The code reference page: every WinRM code has its own link, a covered code leads to its error page, an
 * uncovered one shows Windows' message and says it is not curated, and the filter box finds a code by
 * any form Windows prints it in; a Windows code of winerror.h shows its name and message. Also: no axe
 * violation, and codes.json agrees with the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test-utils';
import type { CodesJson } from '../src/codes/json';

test.describe('code reference', () => {
	test('a covered code links to its error page from its own anchor', async ({ site, page }) => {
		await site.goto('codes/#0x80338012');
		const entry = page.locator('[id="0x80338012"]');
		await expect(entry).toBeInViewport();
		await expect(entry).toContainText('ERROR_WSMAN_DESTINATION_UNREACHABLE');
		await expect(entry).toContainText('2150858770');
		await expect(entry).toContainText('-2144108526');
		await expect(entry).not.toContainText('Not curated');
		await entry
			.getByRole('link', {
				name: 'The client cannot connect to the destination specified in the request',
			})
			.click();
		await expect(page).toHaveURL(site.url('errors/cannot-connect-destination/'));
	});

	test('an uncovered code shows its message and says it is not curated', async ({ site, page }) => {
		await site.goto('codes/#0x80338001');
		const entry = page.locator('[id="0x80338001"]');
		await expect(entry.locator('[data-code-message]')).toHaveText(
			'The WS-Management service cannot process the request. The WS-Addressing action URI is invalid. Check the documentation for information on how to construct an action URI.'
		);
		await expect(entry).toContainText('Not curated');
		await expect(entry.locator('a:not(.self)')).toHaveCount(0);
	});

	test('a Windows code an error page names is listed with that page and its message', async ({
		site,
		page,
	}) => {
		await site.goto('codes/');
		const entry = page.locator('[id="0x80070005"]');
		await expect(entry.getByRole('link', { name: 'Access is denied' })).toHaveAttribute(
			'href',
			`${site.basePath}errors/access-denied/`
		);
		await expect(entry).toContainText('Access is denied.');
	});

	test('a Windows code of winerror.h shows its name and message, and the page names the header', async ({
		site,
		page,
	}) => {
		await site.goto('codes/#0x80090324');
		const entry = page.locator('[id="0x80090324"]');
		await expect(entry).toBeInViewport();
		await expect(entry).toContainText('SEC_E_TIME_SKEW');
		await expect(entry).toContainText('2148074276');
		await expect(entry).toContainText('-2146893020');
		await expect(entry.locator('[data-code-message]')).toHaveText(
			'The clocks on the client and server machines are skewed.'
		);
		const intro = page
			.locator('#windows-codes')
			.locator('xpath=ancestor::section')
			.locator('.source');
		await expect(intro.getByRole('link', { name: 'winerror.h' })).toHaveAttribute(
			'href',
			/github\.com\/microsoft\/win32metadata\/.*\/winerror\.h$/
		);
		// A Win32 code keeps the anchor of its value, and its number as the header writes it.
		await expect(page.locator('[id="0x0000052e"]')).toContainText('ERROR_LOGON_FAILURE');
		await expect(page.locator('[id="0x0000052e"] .self')).toHaveText('1326');
	});

	test('the filter finds a code by decimal, by signed decimal and by hex in any case', async ({
		site,
		page,
	}) => {
		await site.goto('codes/');
		const box = page.getByLabel('Find a code');
		const shown = page.locator('[data-code-entry]:visible');
		const total = await page.locator('[data-code-entry]').count();
		expect(total).toBeGreaterThan(474);

		for (const [query, id] of [
			['2150858770', '0x80338012'],
			['-2144108526', '0x80338012'],
			['0x803380E4', '0x803380e4'],
			['0X803380e4', '0x803380e4'],
			['0x5', '0x00000005'],
		]) {
			await box.fill(query!);
			await expect(shown, query).toHaveCount(1);
			await expect(shown, query).toHaveAttribute('id', id!);
		}
		await expect(page.getByRole('status').filter({ hasText: 'codes match' })).toHaveText(
			`1 of ${total} codes match.`
		);

		await box.fill('trustedhosts');
		await expect(shown.first()).toBeVisible();
		await box.fill('no such code anywhere');
		await expect(shown).toHaveCount(0);
		await expect(page.getByText('No code matches.')).toBeVisible();
		await box.fill('');
		await expect(shown).toHaveCount(total);
	});

	test('the whole list is there without JavaScript, without a dead filter box', async ({
		browser,
		site,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url('codes/'));
		await expect(page.locator('[data-code-entry]:visible')).toHaveCount(
			await page.locator('[data-code-entry]').count()
		);
		await expect(page.getByLabel('Find a code')).toBeHidden();
		await context.close();
	});

	test('codes.json lists every WinRM code and every Windows code with a message of the page, with its covering page', async ({
		site,
		page,
	}) => {
		const json = (await (await page.request.get(site.url('codes.json'))).json()) as CodesJson;
		expect(json.version).toBe(2);
		expect(json.page).toBe(`${site.basePath}codes/`);
		await site.goto('codes/');
		const ids = (section: string, entries: string) =>
			page
				.locator(`#${section}`)
				.locator('xpath=ancestor::section')
				.locator(entries)
				.evaluateAll((items) => items.map((li) => li.id));
		const hex = ([value]: CodesJson['codes'][number]) => `0x${value.toString(16).padStart(8, '0')}`;
		expect(json.codes.map(hex)).toEqual(await ids('winrm-codes', '[data-code-entry]'));
		expect(json.windows.map(hex)).toEqual(
			await ids('windows-codes', '[data-code-entry]:has([data-code-message])')
		);
		expect(json.codes.find(([value]) => value === 2150858770)?.[3]).toBe(
			`${site.basePath}errors/cannot-connect-destination/`
		);
	});

	for (const scheme of ['light', 'dark'] as const) {
		// Filtered to a few entries of each kind (covered, not curated, a Windows code): every entry has
		// the same markup, and axe over all five hundred takes minutes.
		test(`has no axe violation in ${scheme}`, async ({ site, page }) => {
			// Two axe runs over a page of five hundred entries: on a busy machine that outgrows 30 s.
			test.setTimeout(90_000);
			await page.emulateMedia({ colorScheme: scheme });
			await site.goto('codes/');
			const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
			for (const query of ['0x803380e', 'access is denied']) {
				await page.getByLabel('Find a code').fill(query);
				await expect(page.locator('[data-code-entry]:visible').first()).toBeVisible();
				expect(
					(await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map(
						(v) => `${query}: ${v.id}`
					)
				).toEqual([]);
			}
		});
	}
});
