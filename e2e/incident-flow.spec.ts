/**
 * The incident flow, as a reader mid-incident meets it on a 1366x800 desktop and a 390x844 phone: the
 * box in the first screen and the first result in view after a paste; an error page that shows, under
 * its message, what to run, and a fix page that shows a command, both within the first screen; the
 * reader's values reaching the page they open without entering any address; Back keeping the paste and
 * its results; step links and ticket snippets that copy and say so.
 */
import type { Page } from '@playwright/test';
import { SLOT_KINDS } from '../src/values/code-meta';
import { parseFragment } from '../src/values/fragment';
import { attributeOf, elementsOf, parseHtml } from '../src/build/html';
import { builtPage, entryPages, expect, test, timeoutPerPage } from './test-utils';

const SIZES = {
	desktop: { width: 1366, height: 800 },
	phone: { width: 390, height: 844 },
};

/** A real-shaped console paste: the message, the prompt lines, the reader's own host and user. */
const ACCESS_DENIED = `Enter-PSSession : Connecting to remote server QA-WEB-4 failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.
At line:1 char:1
+ Enter-PSSession -ComputerName QA-WEB-4 -Credential CORP\\ops
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (QA-WEB-4:String) [Enter-PSSession], PSRemotingTransportException
    + FullyQualifiedErrorId : CreateRemoteRunspaceFailed`;

type Place = { top: number; bottom: number };

/**
 * Where the first shown element of each selector sits on a page not yet scrolled (top and bottom, in
 * px), or undefined where none is shown: one round trip, for the loops over every page.
 */
async function placesOf<K extends string>(
	page: Page,
	selectors: Record<K, string>
): Promise<Partial<Record<K, Place>>> {
	const found: Record<string, Place | undefined> = await page.evaluate(
		(wanted) => {
			const places: Record<string, Place | undefined> = {};
			for (const [name, selector] of Object.entries(wanted)) {
				const box = document.querySelector(selector)?.getBoundingClientRect();
				// A hidden element (a copy button before its script runs) has no box: it is not shown.
				places[name] =
					box && box.height > 0
						? { top: Math.round(box.top + scrollY), bottom: Math.round(box.bottom + scrollY) }
						: undefined;
			}
			return places;
		},
		selectors as Record<string, string>
	);
	return found as Partial<Record<K, Place>>;
}

/** Where an element sits in the first screen of a page not yet scrolled: its top and bottom, in px. */
async function placeOf(page: Page, selector: string): Promise<{ top: number; bottom: number }> {
	const element = page.locator(selector).first();
	await expect(element, `${selector} on ${page.url()}`).toBeAttached();
	return element.evaluate((found) => {
		const box = found.getBoundingClientRect();
		return { top: Math.round(box.top + scrollY), bottom: Math.round(box.bottom + scrollY) };
	});
}

for (const [size, viewport] of Object.entries(SIZES)) {
	test.describe(`on a ${viewport.width}x${viewport.height} ${size}`, () => {
		test.use({ viewport });

		test('the box is in the first screen, and after a paste the first result is in view', async ({
			site,
			page,
		}) => {
			await site.goto();
			const box = await placeOf(page, 'textarea[name="q"]');
			// The box and a few lines of it, without a scroll.
			expect(box.top + 80).toBeLessThanOrEqual(viewport.height);
			await site.paste(ACCESS_DENIED);
			const first = site.items.first();
			await expect(first).toContainText('Access is denied');
			await expect(first).toBeInViewport({ ratio: 1 });
			if (size === 'desktop') {
				// Beside the box on a wide screen: the paste never scrolled the page.
				expect(await page.evaluate(() => scrollY)).toBe(0);
			}
		});

		test('a paste in the header of a fix page shows its first result in view', async ({
			site,
			page,
		}) => {
			await site.goto('fixes/enable-remoting/');
			const header = await placeOf(page, '.site-header');
			expect(header.bottom).toBeLessThanOrEqual(size === 'phone' ? 120 : 70);
			await site.paste(ACCESS_DENIED);
			await expect(site.items.first()).toBeInViewport({ ratio: 1 });
			await expect(page).toHaveURL(/\/fixes\/enable-remoting\/$/);
		});

		test('every error page shows, under its message, what to run, within the first screen', async ({
			site,
			page,
		}) => {
			const errors = entryPages('errors');
			timeoutPerPage(errors.length, 3_000);
			const late: string[] = [];
			let commands = 0;
			for (const path of errors) {
				await site.goto(path);
				const place = await placesOf(page, {
					message: '[data-error-message]',
					link: '.lead-command h2 a',
					when: '.lead-when',
					// The command's first line; a long command goes on below, in its block.
					line: '.lead-command figure.code .line',
					step: '.lead-command .lead-step a',
				});
				const { message, link, when } = place;
				const command = place.line ?? place.step;
				if (place.line) commands++;
				if (!message || !link || !when || !command) {
					late.push(`${path}: no message, fix, when or command to run`);
					continue;
				}
				if (!(message.bottom <= link.top && link.bottom <= when.top && when.bottom <= command.top))
					late.push(`${path}: not message, fix, when, command in that order`);
				if (command.bottom > viewport.height)
					late.push(`${path}: what to run ends at ${command.bottom}px`);
			}
			expect(late).toEqual([]);
			// Most errors' first fix has a command; the others link their note or steps.
			expect(commands).toBeGreaterThan(errors.length / 2);
		});

		test('every fix page with a command shows one within the first screen', async ({
			site,
			page,
		}) => {
			const fixes = entryPages('fixes');
			// Only the pages that hold a PowerShell block, as their built HTML says, are opened.
			const withCommand = fixes.filter((path) =>
				elementsOf(parseHtml(builtPage(path)), 'figure').some(
					(figure) => attributeOf(figure, 'data-language') === 'powershell'
				)
			);
			timeoutPerPage(withCommand.length, 3_000);
			const late: string[] = [];
			let checked = 0;
			const block = 'main figure.code[data-language="powershell"]';
			for (const path of withCommand) {
				await site.goto(path);
				const { first, copy } = await placesOf(page, {
					first: `${block} .line`,
					copy: `${block} button[data-copy-code]`,
				});
				if (!first) continue;
				checked++;
				if (!copy || copy.bottom > viewport.height)
					late.push(`${path}: the first command's Copy button is not in the first screen`);
				if (first.bottom > viewport.height) late.push(`${path}: first command at ${first.top}px`);
			}
			expect(late).toEqual([]);
			expect(checked).toBe(withCommand.length);
			expect(withCommand.length).toBeGreaterThan(fixes.length / 2);
		});

		test('Back keeps the paste and its results', async ({ site, page }) => {
			await site.goto();
			await site.paste(ACCESS_DENIED);
			const ranked = await site.ranked();
			await site.items.first().locator('a').click();
			await expect(page.locator('h1')).toHaveText('Access is denied');
			await page.goBack();
			await expect(site.box).toHaveValue(ACCESS_DENIED);
			await site.settled();
			expect(await site.ranked()).toEqual(ranked);
			// A reload keeps them too; the address never held them.
			await page.reload();
			await expect(site.box).toHaveValue(ACCESS_DENIED);
			await site.settled();
			expect(await site.ranked()).toEqual(ranked);
			expect(new URL(page.url()).hash).toBe('');
		});
	});
}

test.describe('the reader’s values', () => {
	test('result links carry none; the page a result opens shows them, and no address ever holds them', async ({
		site,
		page,
	}) => {
		const addresses: string[] = [];
		page.on('framenavigated', (frame) => {
			if (frame === page.mainFrame()) addresses.push(frame.url());
		});
		await site.goto();
		await site.paste(ACCESS_DENIED);
		const hrefs = await site.items
			.locator('a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(1);
		for (const href of hrefs) {
			const { params } = parseFragment(new URL(href, site.baseURL).hash);
			expect([...params.keys()].filter((key) => SLOT_KINDS.some((kind) => kind === key))).toEqual(
				[]
			);
			expect(decodeURIComponent(href)).not.toMatch(/QA-WEB-4|CORP/);
		}

		// The first fix of the list: its command shows the paste's computer and user.
		await site.items.nth(1).locator('a').click();
		await expect(page.locator('h1')).toHaveText("Connect with an administrator's credentials");
		await expect(page.locator('main figure.code code').first()).toContainText(
			'Invoke-Command -ComputerName QA-WEB-4 -Credential CORP\\ops'
		);
		await expect(page.locator('[data-values-in-use]')).toHaveText(
			'computer name QA-WEB-4, user CORP\\ops'
		);
		// On to an error page and back to a fix through its list: the tab still has them.
		await site.goto('errors/trustedhosts-required/');
		await expect(page.locator('.lead-command .user-value').first()).toHaveText('QA-WEB-4');
		await page.locator('.lead-command h2 a').click();
		await expect(page.locator('.lead-command .user-value').first()).toHaveText('QA-WEB-4');

		for (const address of [...addresses, page.url()])
			expect(decodeURIComponent(address)).not.toMatch(/QA-WEB-4|CORP/);
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
	});

	test('a link copied on purpose with values gives them to the tab and leaves the address', async ({
		site,
		page,
	}) => {
		await site.goto('fixes/provide-administrator-credentials/#computer=SRV-APP01');
		await expect(page.locator('main figure.code code').first()).toContainText(
			'Invoke-Command -ComputerName SRV-APP01 -Credential '
		);
		expect(new URL(page.url()).hash).toBe('');
		await site.goto('fixes/enable-remoting-for-non-administrators/');
		expect(await page.evaluate(() => sessionStorage.getItem('psrt-values'))).toContain('SRV-APP01');
		// Another tab starts without them: they were this tab's.
		const other = await page.context().newPage();
		await other.goto(site.url('fixes/provide-administrator-credentials/'));
		await expect(other.locator('main figure.code code').first()).toContainText(
			'Invoke-Command -ComputerName Server01 -Credential '
		);
		await other.close();
	});
});

test.describe('copying, and saying so', () => {
	test('a step link copies the step’s address, beside the link and to screen readers', async ({
		site,
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await site.goto('fixes/add-computer-to-trustedhosts/');
		const heading = page.locator('rt-heading', { has: page.locator('#view-the-list') });
		await heading.locator('a.rt-anchor').click();
		await expect(heading.locator('.rt-anchor-status')).toHaveText('Link copied');
		await expect(heading.locator('.rt-anchor-status')).toBeVisible();
		await expect(page.locator('#announcer')).toContainText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			site.url('fixes/add-computer-to-trustedhosts/#view-the-list')
		);
		await expect(page).toHaveURL(/#view-the-list$/);
		await expect(heading.locator('.rt-anchor-status')).toBeHidden({ timeout: 5_000 });
	});

	test('the ticket snippet comes in Markdown and in plain text, each announced', async ({
		site,
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await site.goto('errors/trustedhosts-required/#computer=SRV-APP01');
		// Found by what they are, since their names change to say they copied.
		const markdown = page.locator('[data-copy-snippet]');
		const text = page.locator('[data-copy-snippet-text]');
		await expect(markdown).toHaveAccessibleName('Copy ticket snippet (Markdown)');
		await expect(text).toHaveAccessibleName('Copy ticket snippet (plain text)');
		await markdown.click();
		await expect(markdown).toHaveText('Snippet copied');
		await expect(page.locator('#announcer')).toHaveText('Snippet copied');
		const md = await page.evaluate(() => navigator.clipboard.readText());
		expect(md).toMatch(/^\*\*The WinRM client cannot process the request/);
		expect(md).toContain("```powershell\n$newServer = 'SRV-APP01'");

		await text.click();
		await expect(text).toHaveText('Snippet copied');
		const plain = await page.evaluate(() => navigator.clipboard.readText());
		expect(plain).not.toMatch(/\*\*|```/);
		expect(plain).toMatch(/^The WinRM client cannot process the request/);
		expect(plain).toContain(`Run:\n$newServer = 'SRV-APP01'`);
		await expect(text).toHaveText('Copy ticket snippet (plain text)', { timeout: 5_000 });
	});
});
