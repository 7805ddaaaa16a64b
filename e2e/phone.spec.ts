/** On a phone (360 px wide): the answer to a paste and a fix's first command are where the reader looks. */
import { expect, test } from './test-utils';

test.use({ viewport: { width: 360, height: 640 } });

const ACCESS_DENIED = `Enter-PSSession : Connecting to remote server QA-WEB-4 failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.
At line:1 char:1
+ Enter-PSSession -ComputerName QA-WEB-4
    + CategoryInfo          : InvalidArgument: (QA-WEB-4:String) [Enter-PSSession], PSRemotingTransportException
    + FullyQualifiedErrorId : CreateRemoteRunspaceFailed`;

test('after a paste on the home page, the first result is in view', async ({ site }) => {
	await site.goto();
	await site.paste(ACCESS_DENIED);
	await expect(site.items.first()).toBeInViewport();
});

test('after a paste in the header of another page, the first result is in view', async ({
	site,
}) => {
	await site.goto('fixes/enable-remoting/');
	await site.paste(ACCESS_DENIED);
	await expect(site.items.first()).toBeInViewport();
});

test('the values panel starts closed, so the first command is not pushed screens down', async ({
	site,
	page,
}) => {
	await site.goto('fixes/provide-administrator-credentials/#computer=SRV-APP01&user=CORP%5Cops');
	const panel = page.locator('rt-your-values details');
	await expect(panel).not.toHaveAttribute('open');
	// Closed, the panel takes a line or two; open, it would take more than the screen.
	const height = () => panel.evaluate((details) => details.getBoundingClientRect().height);
	expect(await height()).toBeLessThan(640 / 4);
	await expect(page.locator('figure.code code').first()).toHaveText(
		'Invoke-Command -ComputerName SRV-APP01 -Credential CORP\\ops -ScriptBlock { Get-Culture }'
	);
	await panel.locator('summary').click();
	expect(await height()).toBeGreaterThan(640 / 2);
});
