import { STAGES } from '../src/content/taxonomy';
import { expect, test } from './test-utils';
import type { ErrorsIndex } from '../src/search/errors-index';

const TRUSTED_HOSTS_BY_IP = `Enter-PSSession : Connecting to remote server 10.10.1.3 failed with the following error message : The WinRM client cannot process the request. If the authentication scheme is different from Kerberos, or if the client computer is not joined to a domain, then HTTPS transport must be used or the destination machine must be added to the TrustedHosts configuration setting. Use winrm.cmd to configure TrustedHosts. Note that computers in the TrustedHosts list might not be authenticated. You can get more information about that by running the following command: winrm help config. For more information, see the about_Remote_Troubleshooting Help topic.
At line:1 char:1
+ Enter-PSSession -ComputerName 10.10.1.3 -Credential CORP\\ops
    + CategoryInfo          : InvalidArgument: (10.10.1.3:String) [Enter-PSSession], PSRemotingTransportException
    + FullyQualifiedErrorId : CreateRemoteRunspaceFailed`;

test.describe('your values in the commands', () => {
	test('a paste naming 10.10.1.3 lands on the TrustedHosts fix with it in the command and in the copy', async ({
		site,
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await site.goto();
		await site.paste(TRUSTED_HOSTS_BY_IP);
		expect((await site.ranked()).slice(0, 2)).toEqual([
			'errors/trustedhosts-required:exact',
			'fixes/add-computer-to-trustedhosts:related',
		]);
		await site.items.nth(1).locator('a').click();
		// The values came through the tab's storage: the address names only the error the reader came from.
		await expect(page).toHaveURL(
			/\/fixes\/add-computer-to-trustedhosts\/#from=trustedhosts-required$/
		);
		expect(new URL(page.url()).search).toBe('');

		const ipBlock = page.locator('figure.code').filter({ has: page.locator('[data-slot="ip"]') });
		await expect(ipBlock).toHaveCount(1);
		await expect(ipBlock.locator('code')).toHaveText(
			'Set-Item wsman:\\localhost\\Client\\TrustedHosts -Value 10.10.1.3'
		);
		await expect(ipBlock.locator('.user-value')).toHaveText('10.10.1.3');
		const primary = page.locator('figure.code').filter({ has: page.locator('pre[data-primary]') });
		await expect(primary.locator('code')).toContainText("$newServer = '10.10.1.3'");

		await ipBlock.getByRole('button', { name: 'Copy the command' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'Set-Item wsman:\\localhost\\Client\\TrustedHosts -Value 10.10.1.3'
		);

		// The guide's original is one click away, and the copy follows what is shown. The values form stays
		// closed, its summary naming the values in use.
		await expect(page.locator('[data-values-in-use]')).toContainText('IP address 10.10.1.3');
		await page.locator('summary', { hasText: 'Your values' }).click();
		await page.getByRole('button', { name: "Show the guide's examples" }).click();
		await expect(ipBlock.locator('code')).toHaveText(
			'Set-Item wsman:\\localhost\\Client\\TrustedHosts -Value 172.16.0.0'
		);
		await ipBlock.getByRole('button', { name: 'Copy the command' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'Set-Item wsman:\\localhost\\Client\\TrustedHosts -Value 172.16.0.0'
		);
		await page.getByRole('button', { name: 'Show my values' }).click();
		await expect(ipBlock.locator('.user-value')).toHaveText('10.10.1.3');
	});

	test('an error page carries the values on to its fixes and says so', async ({ site, page }) => {
		await site.goto('errors/access-denied/#computer=SRV-APP01&user=CORP%5Cops');
		await expect(page.locator('[data-values-note]')).toContainText(
			'computer name SRV-APP01, user CORP\\ops'
		);
		await page.locator('.fix-list a.fix-title').first().click();
		await expect(page.locator('figure.code code').first()).toHaveText(
			'Invoke-Command -ComputerName SRV-APP01 -Credential CORP\\ops -ScriptBlock { Get-Culture }'
		);
	});

	test('a paste with "; Remove-Item in a host name substitutes nothing', async ({ site, page }) => {
		await site.goto();
		await site.paste(
			'[srv01"; Remove-Item C:\\ -Recurse] Connecting to remote server srv01"; Remove-Item failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.'
		);
		expect((await site.ranked())[0]).toBe('errors/access-denied:exact');
		const href = await site.items.first().locator('a').getAttribute('href');
		expect(href).not.toContain('#');
		await site.items.nth(1).locator('a').click();
		await expect(page.locator('figure.code code').first()).toHaveText(
			'Invoke-Command -ComputerName Server01 -Credential Domain01\\User01 -ScriptBlock { Get-Culture }'
		);
		await expect(page.locator('.user-value')).toHaveCount(0);
	});

	test('a hostile value in the address is ignored: never placed, never shown, never run', async ({
		site,
		page,
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await site.goto(
			`fixes/provide-administrator-credentials/#computer=${encodeURIComponent('x"<img src=x onerror=alert(1)>')}&user=${encodeURIComponent("a'; Remove-Item C:\\")}`
		);
		await expect(page.locator('figure.code code').first()).toHaveText(
			'Invoke-Command -ComputerName Server01 -Credential Domain01\\User01 -ScriptBlock { Get-Culture }'
		);
		await expect(page.locator('[data-ignored]')).toHaveText(
			'2 values from the link were ignored because they are not valid.'
		);
		await expect(page.locator('#value-computer')).toHaveValue('');
		await expect(page.locator('#value-user')).toHaveValue('');
		await expect(page.locator('main img')).toHaveCount(0);
		expect(await page.locator('body').textContent()).not.toMatch(/onerror|Remove-Item C:/);
		// The address no longer holds them either.
		expect(new URL(page.url()).hash).toBe('');
		expect(dialogs).toEqual([]);
	});

	test('a spoofing link shows none of its text on the page', async ({ site, page }) => {
		await site.goto('errors/access-denied/#computer=SRV01.%20URGENT:%20call%20+1-555-0100');
		await expect(page.locator('[data-values-note]')).toHaveText(
			'1 value from the link was ignored because it is not valid.'
		);
		const text = (await page.locator('body').textContent()) ?? '';
		expect(text).not.toMatch(/URGENT|555-0100|call \+1/);
		for (const href of await page
			.locator('.fix-list a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
			expect(decodeURIComponent(href)).not.toMatch(/URGENT|555/);
		}
		await page.locator('.fix-list a.fix-title').first().click();
		expect(await page.locator('body').textContent()).not.toMatch(/URGENT|555-0100/);
	});

	test("an example in prose follows the reader's value, marked as theirs, and comes back with the examples", async ({
		site,
		page,
	}) => {
		await site.goto('fixes/add-computer-to-trustedhosts/');
		const example = page.locator('rt-example [data-source]');
		await expect(example).toHaveText('fabrikam.com');
		await expect(example).toHaveAttribute('data-source', 'example');
		await site.goto('fixes/add-computer-to-trustedhosts/#domain=corp.example.com');
		await page.reload();
		await expect(example).toHaveText('corp.example.com');
		await expect(example).toHaveAttribute('data-source', 'yours');
		await expect(page.locator('rt-example')).toContainText('(your domain)');
		await page.locator('summary', { hasText: 'Your values' }).click();
		await page.getByRole('button', { name: "Show the guide's examples" }).click();
		await expect(example).toHaveText('fabrikam.com');
		// A hostile value from a link is refused; the tab's own valid one stays.
		await site.goto(
			'fixes/add-computer-to-trustedhosts/#domain=' + encodeURIComponent('evil.example.com"><b>x')
		);
		await page.reload();
		await expect(example).toHaveText('corp.example.com');
		await expect(page.locator('main b')).toHaveCount(0);
		// The values form opens by itself to say a link's value was ignored.
		await expect(page.locator('rt-your-values details')).toHaveAttribute('open', '');
		await page.getByRole('button', { name: 'Forget my values' }).click();
		await expect(example).toHaveText('fabrikam.com');
	});

	test('the ticket snippet of a fix names the error the reader came from, and only a real one', async ({
		site,
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await site.goto();
		await site.paste(TRUSTED_HOSTS_BY_IP);
		await site.items.nth(1).locator('a').click();
		await expect(page).toHaveURL(
			/\/fixes\/add-computer-to-trustedhosts\/#.*from=trustedhosts-required/
		);
		await page.getByRole('button', { name: 'Copy ticket snippet (Markdown)', exact: true }).click();
		const snippet = await page.evaluate(() => navigator.clipboard.readText());
		expect(snippet).toContain(
			'For the error: The WinRM client cannot process the request: use HTTPS or TrustedHosts'
		);
		expect(snippet).toContain("$newServer = '10.10.1.3'");

		// From an error page's list of fixes too.
		await site.goto('errors/access-denied/');
		await page.locator('.fix-list a.fix-title').first().click();
		await page.getByRole('button', { name: 'Copy ticket snippet (Markdown)', exact: true }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
			'For the error: Access is denied'
		);

		// A slug this fix does not resolve, or no such error, names nothing.
		for (const from of ['quota-exceeded', 'URGENT-call-555']) {
			await site.goto(`fixes/add-computer-to-trustedhosts/#from=${from}`);
			await page.reload();
			await page
				.getByRole('button', { name: 'Copy ticket snippet (Markdown)', exact: true })
				.click();
			expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain(
				'For the error'
			);
		}
	});

	test('typed values are checked, quoted where they land, remembered on request and forgotten', async ({
		site,
		page,
	}) => {
		await site.goto('fixes/detect-32-bit-session-on-64-bit-computer/');
		await page.locator('summary', { hasText: 'Your values' }).click();
		await page.locator('#value-computer').fill('db-07.corp.example.com');
		await page.locator('#value-configuration').fill('Microsoft.PowerShell32');
		const code = page.locator('figure.code code').first();
		await expect(code).toContainText(
			'New-PSSession -ComputerName db-07.corp.example.com -ConfigurationName Microsoft.PowerShell32'
		);
		await page.locator('#value-computer').fill('db 07');
		await expect(page.locator('#value-computer-note')).toContainText(
			'Not used: not a computer name'
		);
		await expect(code).toContainText('-ComputerName Server01 ');

		await page.locator('#value-computer').fill('db-07');
		await page.getByLabel('Remember my values in this browser').check();
		await page.reload();
		await expect(code).toContainText('-ComputerName db-07 ');
		await page.locator('summary', { hasText: 'Your values' }).click();
		await page.getByRole('button', { name: 'Forget my values' }).click();
		await expect(code).toContainText('-ComputerName Server01 ');
		await page.reload();
		await expect(code).toContainText('-ComputerName Server01 ');
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		expect(await page.evaluate(() => sessionStorage.getItem('psrt-values'))).toBeNull();
	});
});

test.describe('the connection-path map', () => {
	test('shows every error at its stage, linking to its page', async ({ site, page }) => {
		await site.goto('errors/');
		const index = (await (await page.request.get(site.url('errors.json'))).json()) as ErrorsIndex;
		const links = page.locator('.connection-map a');
		await expect(links).toHaveCount(index.errors.length);
		for (const error of index.errors)
			await expect(page.locator(`.connection-map a[href="${error.url}"]`)).toHaveCount(1);
		await links.first().focus();
		await expect(links.first()).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${index.errors[0]!.url}$`));
	});

	test('on an error page, marks its own stage in words', async ({ site, page }) => {
		await site.goto('errors/quota-exceeded/');
		const operation = STAGES.findIndex((stage) => stage.id === 'operation');
		await expect(page.locator('.connection-map figcaption')).toContainText(
			`stage ${operation + 1} of ${STAGES.length}, ${STAGES[operation]!.label}`
		);
		await expect(page.locator('.connection-map .stage.current')).toContainText('this error');
		await expect(page.locator('.connection-map a[aria-current="page"]')).toHaveText(
			/total data received/
		);
	});
});
