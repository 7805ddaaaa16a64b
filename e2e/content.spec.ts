import type { ErrorsIndex, IndexedError } from '../src/search/errors-index';
import {
	attributeOf,
	elementsOf,
	parseHtml,
	textContentOf,
	type HtmlElement,
} from '../src/build/html';
import { builtPage, entryPages, expect, test } from './test-utils';

/** Text as Playwright compares it: whitespace runs as one space, trimmed. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const shownText = (element: HtmlElement) => squash(textContentOf(element));

const hasClass = (element: HtmlElement, name: string) =>
	(attributeOf(element, 'class') ?? '').split(/\s+/).includes(name);

/** The elements an element sits in, nearest first. */
function ancestors(element: HtmlElement): HtmlElement[] {
	const found: HtmlElement[] = [];
	for (let node = element.parentNode; node && 'tagName' in node; node = node.parentNode)
		found.push(node);
	return found;
}

async function errorsIndex(site: {
	page: import('@playwright/test').Page;
	url(path: string): string;
}): Promise<IndexedError[]> {
	return ((await (await site.page.request.get(site.url('errors.json'))).json()) as ErrorsIndex)
		.errors;
}

test.describe('error pages', () => {
	// Read from the built HTML of every error page, as a browser would show its text.
	test('each shows its messages exactly and links to its fixes in order', async ({ site }) => {
		const errors = await errorsIndex(site);
		// errors.json indexes every error page the build wrote, and no other.
		const built = entryPages('errors').map((path) => `${site.basePath}${path}`);
		expect(errors.map((error) => error.url).sort()).toEqual(built);
		for (const error of errors) {
			const page = parseHtml(builtPage(error.url.slice(site.basePath.length)));
			expect(elementsOf(page, 'h1').map(shownText), error.slug).toEqual([squash(error.title)]);
			const messages = elementsOf(page).filter(
				(element) => attributeOf(element, 'data-error-message') !== undefined
			);
			expect(messages.map(shownText), error.slug).toEqual(error.messages.map(squash));
			const fixLinks = elementsOf(page, 'a').filter(
				(link) =>
					hasClass(link, 'fix-title') && ancestors(link).some((a) => hasClass(a, 'fix-list'))
			);
			expect(
				fixLinks.map((link) => [attributeOf(link, 'href'), shownText(link)]),
				error.slug
			).toEqual(error.fixes.map((fix) => [fix.url, squash(fix.title)]));
		}
	});

	test('access denied orders its nine fixes and says when each is the likely one', async ({
		site,
		page,
	}) => {
		await site.goto('errors/access-denied/');
		const fixes = page.locator('.fix-list > li');
		await expect(fixes).toHaveCount(9);
		await expect(fixes.first()).toContainText('Connect with an administrator');
		await expect(fixes.first()).toContainText('Administrators group');
		for (const fix of await fixes.all()) await expect(fix.locator('.when')).not.toBeEmpty();
	});

	test('access denied groups its fixes by what they address, before the connection map', async ({
		site,
		page,
	}) => {
		await site.goto('errors/access-denied/');
		const outline = await page
			.locator('main :is(h2, h3)')
			.evaluateAll((headings) =>
				headings.map((h) => `${h.tagName} ${h.textContent.replace(/\s+/g, ' ').trim()}`)
			);
		const fixes = outline.indexOf('H2 Fixes, most likely first');
		expect(outline.slice(fixes, fixes + 4)).toEqual([
			'H2 Fixes, most likely first',
			'H3 Your account',
			'H3 Remoting not set up',
			'H3 Policy, on many computers',
		]);
		expect(outline.indexOf('H2 Where on the connection it fails')).toBeGreaterThan(fixes);
		const group = page.locator('#fixes-your-account').locator('xpath=../following-sibling::ol[1]');
		await expect(group.locator('h4 a.fix-title')).toHaveText([
			"Connect with an administrator's credentials",
			'Let users who are not administrators connect',
			'Let administrators from other domains connect with full rights',
		]);
	});

	test('"On this page" lists exactly the h2 and h3 headings the page renders', async ({
		site,
		page,
	}) => {
		for (const path of [
			'errors/access-denied/',
			'errors/trustedhosts-required/',
			'fixes/add-computer-to-trustedhosts/',
		]) {
			await site.goto(path);
			const rendered = await page
				.locator('.entry-body :is(h2, h3)[id]')
				.evaluateAll((headings) => headings.map((h) => `#${h.id} ${h.textContent.trim()}`));
			const listed = await page
				.locator('.rt-toc a')
				.evaluateAll((links) =>
					links.map((a) => `${a.getAttribute('href')} ${a.textContent.trim()}`)
				);
			expect(listed, path).toEqual(rendered);
		}
	});

	test('the connection map names each error of its stage as its title, counts the others, and says where it fails in plain words', async ({
		site,
		page,
	}) => {
		await site.goto('errors/trustedhosts-required/');
		const map = page.locator('.connection-map');
		const errors = await errorsIndex(site);
		const here = errors.find((error) =>
			error.url.endsWith('/errors/trustedhosts-required/')
		)!.stage;
		for (const error of errors.filter((candidate) => candidate.stage === here))
			await expect(map.getByRole('link', { name: error.title, exact: true })).toHaveCount(1);
		const elsewhere = errors.filter((error) => error.stage === 'network').length;
		await expect(
			map.getByRole('link', { name: `${elsewhere} errors at Network`, exact: true })
		).toHaveAttribute('href', /\/errors\/#stage-network$/);
		await expect(map.locator('figcaption')).toContainText(
			"Client's settings. TrustedHosts, the authentication scheme"
		);
	});

	test('messages with placeholders show them as Windows prints the rest', async ({
		site,
		page,
	}) => {
		await site.goto('errors/scripts-disabled/');
		await expect(page.locator('[data-error-message]')).toHaveText([
			'Import-Module: File <filename> cannot be loaded because the execution of scripts is disabled on this system.',
		]);
	});

	test('each cites the upstream page and sections', async ({ site, page }) => {
		await site.goto('errors/connection-refused/');
		const citation = page.locator('.citation');
		await expect(
			citation.getByRole('link', { name: 'How to configure remoting on alternate ports' })
		).toHaveAttribute(
			'href',
			/learn\.microsoft\.com\/.*about_remote_troubleshooting.*#how-to-configure-remoting-on-alternate-ports$/
		);
	});
});

test.describe('fix pages', () => {
	test('each links back to every error that lists it', async ({ site }) => {
		const errors = await errorsIndex(site);
		const fixes = entryPages('fixes');
		expect(fixes.length).toBeGreaterThan(0);
		for (const fixPath of fixes) {
			// Listed by how high each error ranks this fix (its position in the error's fixes), then in index order.
			const rank = (error: (typeof errors)[number]) =>
				error.fixes.findIndex((fix) => fix.url === `${site.basePath}${fixPath}`);
			const expected = errors.filter((error) => rank(error) >= 0).sort((a, b) => rank(a) - rank(b));
			const back = elementsOf(parseHtml(builtPage(fixPath)), 'a').filter((link) =>
				ancestors(link).some((a) => hasClass(a, 'resolves'))
			);
			expect(
				back.map((link) => attributeOf(link, 'href')),
				fixPath
			).toEqual(expected.map((error) => error.url));
		}
	});

	test('steps are numbered headings with stable ids and an on-this-page list', async ({
		site,
		page,
	}) => {
		await site.goto('fixes/add-computer-to-trustedhosts/');
		await expect(page.locator('#view-the-list')).toHaveText('See what is already trusted');
		await expect(page.locator('.rt-toc')).toContainText('Change the list: pick one option');
		const before = await page
			.locator('#change-the-list')
			.evaluate((h) => getComputedStyle(h, '::before').content);
		expect(before).toContain('Step');
	});

	test('says whether it needs an elevated session', async ({ site, page }) => {
		await site.goto('fixes/add-computer-to-trustedhosts/');
		await expect(page.locator('.entry-header .badge')).toHaveText('Needs Run as administrator');
		await site.goto('fixes/provide-administrator-credentials/');
		await expect(page.locator('.entry-header .badge')).toHaveText('No elevation needed');
	});

	test('the copy button copies the exact command', async ({ site, page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await site.goto('fixes/set-winrm-service-startup-type/');
		// The procedure's own block, not its copy in the lead section at the top of the page.
		const block = page
			.locator('figure.code:not(.lead-command figure.code)')
			.filter({ hasText: 'Invoke-CimMethod @invokeCimMethodSplat' });
		await block.getByRole('button', { name: 'Copy the command' }).click();
		await expect(block.getByRole('button')).toHaveText('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(
			[
				'$invokeCimMethodSplat = @{',
				"    ComputerName = 'Server01', 'Server02'",
				`    Query = 'Select * From Win32_Service Where Name = "WinRM"'`,
				"    MethodName = 'ChangeStartMode'",
				"    Arguments = @{StartMode  = 'Automatic'}",
				'}',
				'Invoke-CimMethod @invokeCimMethodSplat',
			].join('\n')
		);
	});

	test('notes without an error are reachable from the fixes page', async ({ site, page }) => {
		await site.goto('fixes/');
		for (const title of [
			'PowerShell remoting from Linux and macOS',
			'Interrupt a remote command that stops responding',
		]) {
			await page.getByRole('link', { name: title }).click();
			await expect(page.locator('h1')).toHaveText(title);
			await expect(page.locator('.resolves, .none').first()).toBeVisible();
			await page.goBack();
		}
	});
});

test.describe('browsing', () => {
	test('the home page leads to every error and to the fixes', async ({ site, page }) => {
		await site.goto();
		const errors = await errorsIndex(site);
		for (const error of errors)
			await expect(page.locator(`main a[href="${error.url}"]`).first()).toBeVisible();
		await page.getByRole('link', { name: 'Browse the fixes by topic' }).click();
		await expect(page.locator('h1')).toHaveText('All fixes');
		await expect(page.locator('.fix-index li')).toHaveCount(entryPages('fixes').length);
	});

	test('the errors page groups every error by stage', async ({ site, page }) => {
		await site.goto('errors/');
		await expect(page.locator('main .rt-entry-card')).toHaveCount(entryPages('errors').length);
		await expect(page.getByRole('heading', { name: 'Session configuration' })).toBeVisible();
	});
});

test.describe('the 404 page', () => {
	test('answers 404 and helps the reader on', async ({ site, page }) => {
		const response = await site.goto('errors/no-such-error/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
		await expect(site.box).toBeVisible();
		await page.getByRole('link', { name: 'all errors' }).first().click();
		await expect(page.locator('h1')).toHaveText('All errors');
	});
});
