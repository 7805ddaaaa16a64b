import { BASE_PATH, expect, test } from './test-utils';

const ACCESS_DENIED = `Enter-PSSession : Connecting to remote server QA-WEB-4 failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.
At line:1 char:1
+ Enter-PSSession -ComputerName QA-WEB-4
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (QA-WEB-4:String) [Enter-PSSession], PSRemotingTransportException
    + FullyQualifiedErrorId : CreateRemoteRunspaceFailed`;

test.describe('the search contract', () => {
	test('the home page has the labelled search form and one results element', async ({
		site,
		page,
	}) => {
		await site.goto();
		await expect(page.locator('form[role="search"][data-error-search]')).toHaveCount(1);
		await expect(site.box).toHaveCount(1);
		await expect(
			page.getByLabel('Paste the error exactly as your console printed it')
		).toBeVisible();
		await expect(site.results).toHaveCount(1);
		await expect(site.results).toHaveAttribute('aria-busy', 'false');
	});

	test(
		'a paste finds the error first, then its fixes in order, exact only for the error',
		BASE_PATH,
		async ({ site }) => {
			await site.goto();
			await site.paste(ACCESS_DENIED);
			const ranked = await site.ranked();
			expect(ranked.slice(0, 4)).toEqual([
				'errors/access-denied:exact',
				'fixes/provide-administrator-credentials:related',
				'fixes/enable-remoting-for-non-administrators:related',
				'fixes/enable-remoting-for-administrators-in-other-domains:related',
			]);
			expect(ranked.filter((r) => r.endsWith(':exact'))).toEqual(['errors/access-denied:exact']);
			await expect(site.items.first()).toContainText('Your paste contains this message');
		}
	);

	test('typing runs the search without a button', async ({ site, page }) => {
		await site.goto();
		await site.box.click();
		await page.keyboard.type(
			'The total data received from the remote client exceeded allowed maximum.'
		);
		await site.settled();
		expect((await site.ranked())[0]).toBe('errors/quota-exceeded:exact');
	});

	test('aria-busy is true while a search runs', async ({ site, page }) => {
		await site.goto();
		const states = page.evaluate(
			() =>
				new Promise<string[]>((resolve) => {
					const results = document.querySelector('[data-search-results]')!;
					const seen: string[] = [];
					new MutationObserver(() => {
						const state = results.getAttribute('aria-busy')!;
						if (seen.at(-1) !== state) seen.push(state);
						if (state === 'false') resolve(seen);
					}).observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
				})
		);
		await site.box.fill('Access is denied.');
		expect(await states).toEqual(['true', 'false']);
	});

	test('Enter runs the search, Shift+Enter adds a line', async ({ site, page }) => {
		await site.goto();
		await site.box.evaluate((box: HTMLTextAreaElement) => {
			box.value = 'Unable to check the status of the firewall';
		});
		await site.box.press('Enter');
		await site.settled();
		expect((await site.ranked())[0]).toBe('errors/firewall-check-failed:exact');
		await site.box.press('Shift+Enter');
		await expect(site.box).toHaveValue('Unable to check the status of the firewall\n');
		expect(new URL(page.url()).hash).toBe('');
	});

	test(
		'#q= pre-fills the box and runs the search, on the home page and on any page',
		BASE_PATH,
		async ({ site }) => {
			const query =
				'The I/O operation has been aborted because of either a thread exit or an application request.';
			for (const path of ['', 'fixes/enable-remoting/', 'errors/']) {
				await site.goto(`${path}#q=${encodeURIComponent(query)}`);
				await expect(site.box).toHaveValue(query);
				await site.settled();
				expect((await site.ranked())[0], path).toBe('errors/io-aborted:exact');
			}
		}
	);

	test(
		'the paste never enters the address or history; a button copies a link that runs the search',
		BASE_PATH,
		async ({ site, page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await site.goto();
			const before = await page.evaluate(() => history.length);
			await site.paste(ACCESS_DENIED);
			await site.box.press('Enter');
			await site.settled();
			expect(new URL(page.url()).hash).toBe('');
			expect(await page.evaluate(() => history.length)).toBe(before);

			await page.getByRole('button', { name: 'Copy a link to this search' }).click();
			await expect(page.locator('[data-copy-search-link]')).toHaveText('Link copied');
			const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
			expect(link.search).toBe('');
			expect(decodeURIComponent(link.hash.slice(3))).toBe(ACCESS_DENIED);

			await page.goto(link.href);
			await expect(site.box).toHaveValue(ACCESS_DENIED);
			await site.settled();
			expect((await site.ranked())[0]).toBe('errors/access-denied:exact');
			// Once the reader edits what the link brought, the address no longer holds it.
			await site.paste('Access is denied.');
			expect(new URL(page.url()).hash).toBe('');
		}
	);

	test(
		'arrow keys move through the results and Enter opens one',
		BASE_PATH,
		async ({ site, page }) => {
			await site.goto();
			await site.paste(ACCESS_DENIED);
			await site.box.focus();
			await site.box.press('End');
			await page.keyboard.press('ArrowDown');
			await expect(site.items.nth(0).locator('a')).toBeFocused();
			await page.keyboard.press('ArrowDown');
			await expect(site.items.nth(1).locator('a')).toBeFocused();
			await page.keyboard.press('ArrowUp');
			await page.keyboard.press('ArrowUp');
			await expect(site.box).toBeFocused();
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/\/fixes\/provide-administrator-credentials\//);
		}
	);

	test('/ focuses the box from any page', async ({ site, page }) => {
		await site.goto('fixes/enable-remoting/');
		await page.locator('h1').click();
		await page.keyboard.press('/');
		await expect(site.box).toBeFocused();
	});

	test('an error the site does not cover gets no exact match', async ({ site }) => {
		await site.goto();
		await site.paste(
			'Enter-PSSession : Connecting to remote server app9 failed with the following error message : The WS-Management service cannot process the request. Operations involving multiple messages from the client are not supported. For more information, see the about_Remote_Troubleshooting Help topic.'
		);
		expect((await site.ranked()).filter((r) => r.endsWith(':exact'))).toEqual([]);
	});

	test('blank input and unrelated text show the empty states, with links to browse', async ({
		site,
	}) => {
		await site.goto();
		await site.paste('how do I bake bread');
		await expect(site.items).toHaveCount(0);
		await expect(site.results).toContainText('No page matches this text');
		await expect(site.results.getByRole('link', { name: 'all errors' })).toBeVisible();
		await site.paste('   \n  ');
		await expect(site.results).toContainText('Paste an error to find its page');
	});

	test('the pasted text never leaves the browser', async ({ site, page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await site.goto();
		await site.paste(ACCESS_DENIED);
		await site.paste(
			'WS-Management service cannot complete the operation within the time specified'
		);
		const origin = new URL(site.baseURL).origin;
		expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
		expect(requests.filter((url) => /QA-WEB-4|OperationTimeout|operation/i.test(url))).toEqual([]);
	});

	test(
		'a site search lists pages of the full-text index, under the base path',
		BASE_PATH,
		async ({ site }) => {
			await site.goto();
			await site.paste('firewall exception network');
			const pages = site.results.locator('li[data-kind="page"]');
			await expect(pages.first()).toBeVisible();
			const ranked = await site.ranked();
			expect(ranked.every((r) => r.endsWith(':related'))).toBe(true);
			const hrefs = await site.items
				.locator('a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			expect(hrefs.every((href) => href!.startsWith(site.basePath))).toBe(true);
			for (const href of hrefs)
				expect((await site.page.request.get(new URL(href!, site.baseURL).href)).status()).toBe(200);
		}
	);

	test(
		'a WinRM code in a paste is named, with its message and where to read more',
		BASE_PATH,
		async ({ site }) => {
			await site.goto();
			await site.paste(
				'Test-WSMan : <f:WSManFault xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" Code="2150859046" Machine="srv9"><f:Message>the gizmo broke</f:Message></f:WSManFault>'
			);
			const note = site.results.locator('.rt-code-note').first();
			await expect(note).toContainText('0x80338126');
			await expect(note).toContainText('ERROR_WSMAN_');
			const href = await note.locator('a').getAttribute('href');
			expect(href!.startsWith(site.basePath)).toBe(true);
			expect((await site.page.request.get(new URL(href!, site.baseURL).href)).status()).toBe(200);
		}
	);

	test(
		'a Windows code in a paste is named with its winerror.h message, linking its entry on the code reference',
		BASE_PATH,
		async ({ site }) => {
			await site.goto();
			await site.paste(
				'New-PSSession : [srv9] Connecting to remote server srv9 failed: the gizmo broke (0x80090324).'
			);
			const note = site.results.locator('.rt-code-note').first();
			await expect(note).toContainText(
				'Windows error 0x80090324 SEC_E_TIME_SKEW: The clocks on the client and server machines are skewed.'
			);
			await expect(note.locator('a')).toHaveAttribute('href', `${site.basePath}codes/#0x80090324`);
		}
	);

	test('a Win32 failure carried as an HRESULT is named after its Win32 code', async ({ site }) => {
		await site.goto();
		await site.paste(
			'winrm : The following error occurred: The service has not been started. (0x80070426)'
		);
		const note = site.results.locator('.rt-code-note').first();
		await expect(note).toContainText(
			'Windows error 0x80070426 HRESULT_FROM_WIN32(ERROR_SERVICE_NOT_ACTIVE): The service has not been started.'
		);
		await expect(note.locator('a')).toHaveAttribute('href', `${site.basePath}codes/#0x80070426`);
	});

	test('an error paste never lists pages on shared words alone', async ({ site }) => {
		await site.goto();
		await site.paste(
			'Enter-PSSession : Connecting to remote server web01 failed with the following error message : The gizmo flux capacitor of the remote host broke. For more information, see the about_Remote_Troubleshooting Help topic.'
		);
		await expect(site.results).toContainText('not in our catalog yet');
		await expect(site.results.locator('li[data-kind="page"]')).toHaveCount(0);
	});

	test('two search boxes on one page search independently', async ({ page, site }) => {
		await site.goto();
		// A second box and its results, as a page with two would render them, with their own ids.
		await page.evaluate(() => {
			const search = document.querySelector('rt-error-search')!;
			const results = document.querySelector('rt-search-results')!;
			const copy = (search.outerHTML + results.outerHTML)
				.replaceAll('q-hero', 'q-second')
				.replaceAll('search-results-hero', 'search-results-second');
			results.insertAdjacentHTML('afterend', copy);
		});
		const boxes = page.locator('form[data-error-search] textarea[name="q"]');
		await expect(boxes).toHaveCount(2);
		const regions = [
			page.locator('#search-results-hero [data-search-results]'),
			page.locator('#search-results-second [data-search-results]'),
		];
		const pasteInto = async (which: number, text: string) => {
			await boxes.nth(which).evaluate((box: HTMLTextAreaElement, value) => {
				box.value = value;
				box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
			}, text);
			await expect(regions[which]!).toHaveAttribute('aria-busy', 'false');
		};
		const top = (which: number) => regions[which]!.locator('li a').first();

		await pasteInto(0, 'Access is denied.');
		await pasteInto(
			1,
			'The I/O operation has been aborted because of either a thread exit or an application request.'
		);
		await expect(top(0)).toHaveAttribute('href', /errors\/access-denied\//);
		await expect(top(1)).toHaveAttribute('href', /errors\/io-aborted\//);
		await pasteInto(1, '   ');
		await expect(regions[1]!.locator('li')).toHaveCount(0);
		await expect(top(0)).toHaveAttribute('href', /errors\/access-denied\//);
		// Each box's arrow keys stay in its own results.
		await boxes.nth(0).focus();
		await boxes.nth(0).press('End');
		await page.keyboard.press('ArrowDown');
		await expect(top(0)).toBeFocused();
	});
});

test.describe('words search the site', () => {
	for (const word of ['quota', 'TrustedHosts', 'firewall', 'kerberos', 'timeout']) {
		test(`"${word}" lists pages that are about it, as related`, async ({ site }) => {
			await site.goto();
			await site.paste(word);
			const ranked = await site.ranked();
			expect(ranked.length).toBeGreaterThan(0);
			expect(ranked.every((r) => r.endsWith(':related'))).toBe(true);
			await expect(site.items.first()).toContainText(new RegExp(word, 'i'));
		});
	}

	test('words no page uses find nothing, without loading the full-text index', async ({
		site,
		page,
	}) => {
		const indexRequests: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/')) indexRequests.push(request.url());
		});
		await site.goto();
		await site.paste('how do I make coffee');
		await expect(site.results).toContainText('No page matches this text.');
		expect(await site.ranked()).toEqual([]);
		expect(indexRequests).toEqual([]);
	});

	test('a question finds the page that answers it first', async ({ site }) => {
		await site.goto();
		await site.paste('how do I add a server to trustedhosts');
		expect((await site.ranked())[0]).toBe('fixes/add-computer-to-trustedhosts:related');
	});

	test('result texts never run words together', async ({ site }) => {
		await site.goto();
		for (const text of ['trustedhosts', 'Access is denied.']) {
			await site.paste(text);
			const texts = await site.items.evaluateAll((items) =>
				items.map((li) => li.textContent ?? '')
			);
			expect(texts.length).toBeGreaterThan(0);
			for (const t of texts) {
				expect(t).not.toMatch(
					/[a-z.](Exact match|Known wording|Likely match|Possible match|Error page|Page\b|Fix\b|Your paste|Also in)/
				);
				expect(t).not.toMatch(/[a-z](fix \d+ of \d+|the first fix to try)/);
			}
		}
	});

	test('an error that is not in the catalog says so, and claims no page as its answer', async ({
		site,
	}) => {
		await site.goto();
		await site.paste(
			'Enter-PSSession : Connecting to remote server app9 failed with the following error message : The WS-Management service cannot process the request. Operations involving multiple messages from the client are not supported. For more information, see the about_Remote_Troubleshooting Help topic.'
		);
		await expect(site.results).toContainText('This error is not in our catalog yet');
		expect((await site.ranked()).filter((r) => !r.endsWith(':related'))).toEqual([]);
	});
});

test.describe('a search that generalises, by stages', () => {
	test(
		'a bare code in the box is a code look-up: its page first, and the code named',
		BASE_PATH,
		async ({ site }) => {
			await site.goto();
			for (const code of ['2150858770', '-2144108526']) {
				await site.paste(code);
				expect((await site.ranked())[0]).toBe('errors/cannot-connect-destination:related');
				await expect(site.results.locator('.rt-code-note').first()).toContainText('0x80338012');
				await expect(site.results).not.toContainText('No page matches');
			}
		}
	);

	test('a paste of two errors shows each, the one that opened it first, before its fixes', async ({
		site,
	}) => {
		await site.goto();
		await site.paste(
			[
				'Enter-PSSession : Connecting to remote server app-04 failed with the following error message : WinRM cannot complete the operation. Verify that the specified computer name is valid, that the computer is accessible over the network, and that a firewall exception for the WinRM service is enabled and allows access from this computer. By default, the WinRM firewall exception for public profiles limits access to remote computers within the same local subnet. For more information, see the about_Remote_Troubleshooting Help topic.',
				"Restart-Service : The term 'Restart-Service' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
			].join('\n')
		);
		const ranked = await site.ranked();
		expect(ranked[0]).toBe('errors/computer-not-reachable:exact');
		expect(ranked[1]).toMatch(/^errors\//);
		await expect(site.items.nth(1)).toContainText('Also in your paste');
	});

	test("an Ansible result line finds the client's page, its JSON and transport prefix read apart", async ({
		site,
	}) => {
		await site.goto();
		await site.paste(
			'fatal: [web-03]: UNREACHABLE! => {"changed": false, "msg": "ntlm: the specified credentials were rejected by the server", "unreachable": true}'
		);
		expect((await site.ranked())[0]).toBe('errors/ansible-credentials-rejected:exact');
	});

	test('a message pasted word for word is exact, its own leading word and all', async ({
		site,
	}) => {
		await site.goto();
		await site.paste('Error: Invalid use of command line. Type "winrm -?" for help.');
		expect((await site.ranked())[0]).toBe('errors/winrm-invalid-command-line:exact');
		await expect(site.items.first()).toContainText('Exact match');
	});

	test('a paste in other words lists the page whose rare words it shares, as possible, naming them', async ({
		site,
	}) => {
		await site.goto();
		await site.paste('New-PSSession: WSMan client library is not installed on this computer');
		expect((await site.ranked())[0]).toBe('errors/wsman-client-library-not-found:related');
		await expect(site.items.first()).toContainText('Possible match');
		await expect(site.items.first()).toContainText('library');
		await expect(site.results).not.toContainText('not in our catalog');
	});
});

test.describe('keyword searches', () => {
	test('general words list the general page first, each page labelled by what it is', async ({
		site,
	}) => {
		await site.goto();
		await site.paste('access denied');
		const ranked = await site.ranked();
		expect(ranked[0]).toBe('errors/access-denied:related');
		const wmi = ranked.indexOf('errors/wmi-access-denied:related');
		if (wmi >= 0) expect(wmi).toBeGreaterThan(0);
		await expect(site.items.first()).toContainText('Error page');
		await expect(site.results).not.toContainText('Related page');
	});

	test('"double hop" finds the second-hop fix first', async ({ site }) => {
		await site.goto();
		await site.paste('double hop');
		expect((await site.ranked())[0]).toBe('fixes/make-the-second-hop:related');
	});
});
