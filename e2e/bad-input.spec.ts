/**
 * Hostile and huge pastes, end to end: each is kept as text (never parsed as HTML, never run), the search
 * settles within its own bounds, and the page keeps answering afterwards.
 */
import { expect, test } from './test-utils';

const REMOTE =
	'Connecting to remote server QA1 failed with the following error message : Access is denied.';

const cases: [string, () => string][] = [
	['an <img onerror>', () => `<img src=x onerror="alert('img')">${REMOTE}`],
	[
		'a <script>',
		() =>
			`<script>alert('script')</script>${REMOTE}<script src="https://evil.example/x.js"></script>`,
	],
	[
		'an <svg onload>',
		() => `<svg onload="alert('svg')"><a href="javascript:alert('a')">${REMOTE}</a></svg>`,
	],
	[
		'markup in a placeholder',
		() =>
			`The term '<img src=x onerror=alert(1)>' is not recognized as the name of a cmdlet, function, script file, or operable program.`,
	],
	['a 1 MB error log', () => `${'2025-01-01T00:00:00Z INFO step ok\n'.repeat(30_000)}${REMOTE}`],
	['a 200,000-character word', () => 'x'.repeat(200_000)],
	['100,000 blank lines', () => '\n'.repeat(100_000)],
	[
		'regex bait',
		() =>
			`At ${'x:'.repeat(20_000)}${'((((a+)+)+)+'.repeat(2_000)}${'<a '.repeat(20_000)}${'\\\\'.repeat(20_000)}!`,
	],
	['JSON bait: an unclosed member repeated', () => `{${'"msg": "\\"'.repeat(20_000)}${REMOTE}`],
	[
		'odd Unicode: RTL override, zero-width, NUL, lone surrogates',
		() => `\u202eAcc\u200bess\u0000 is \ud800denied.\udfff\u2066${REMOTE}\u2069`,
	],
];

test.describe('bad input', () => {
	for (const [name, make] of cases) {
		test(`${name} is shown as text, answered in bounds, and leaves the page responsive`, async ({
			site,
			page,
		}) => {
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			const foreign: string[] = [];
			page.on('request', (request) => {
				if (!request.url().startsWith(new URL(site.baseURL).origin)) foreign.push(request.url());
			});
			await site.goto();
			const text = make();
			await site.paste(text);

			// The box holds exactly what was pasted, as text.
			expect(await site.box.evaluate((box: HTMLTextAreaElement) => box.value.length)).toBe(
				text.length
			);
			// Nothing from the paste became an element or ran.
			expect(
				await page.locator('[data-search-results] :is(img, script, svg, iframe, object)').count()
			).toBe(0);
			expect(await page.locator('body img').count()).toBe(0);
			expect(dialogs).toEqual([]);
			expect(foreign).toEqual([]);
			// Either results or the empty state are shown.
			await expect(site.results.locator('li, .empty-state').first()).toBeVisible();
			// The page still answers: a frame is painted and a click still navigates.
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
			await page.getByRole('link', { name: 'Errors', exact: true }).first().click();
			await expect(page.locator('h1')).toHaveText('All errors');
		});
	}

	test('a paste too long to read whole says which parts were read', async ({ site }) => {
		await site.goto();
		await site.paste(
			`${'2025-01-01 INFO a line of a long build log\n'.repeat(5_000)}Connecting to remote server build-7 failed with the following error message : Access is denied.`
		);
		await expect(site.results.locator('.rt-search-note')).toContainText(
			'read its beginning and its end'
		);
		expect((await site.ranked())[0]).toBe('errors/access-denied:exact');
	});

	test('markup the user pasted is shown back as text in the results', async ({ site }) => {
		await site.goto();
		await site.paste(
			'File C:\\<b>bold</b>\\x.psm1 cannot be loaded because the execution of scripts is disabled on this system.'
		);
		// The execution policy's message is printed outside remoting too: its page is listed, not claimed.
		expect((await site.ranked())[0]).toBe('errors/scripts-disabled:related');
		await expect(site.items.first()).toContainText('outside remoting too');
		await expect(site.items.first().locator('b')).toHaveCount(0);
	});
});
