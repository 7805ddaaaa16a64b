/**
 * What readers see on a phone, in dark mode and on paper: no page scrolls sideways at 360 px, controls are
 * at least 44 px tall, the theme follows the system until chosen and never flashes the other scheme,
 * and a fix prints as a clean procedure.
 */
import { attributeOf, elementsOf, parseHtml, textContentOf } from '../src/build/html';
import { allPages, expect, test, timeoutPerPage } from './test-utils';

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('no page scrolls sideways, even with a long paste in the results', async ({
		site,
		page,
	}) => {
		const wide: string[] = [];
		const pages = allPages({ notFound: true });
		timeoutPerPage(pages.length, 3_000);
		for (const path of pages) {
			await site.goto(path);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > 360) wide.push(`${path || '/'}: ${width}px`);
		}
		await site.goto();
		await site.paste(
			`${'x'.repeat(5_000)} Access is denied. ${'C:\\very\\long\\path\\'.repeat(200)}`
		);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		if (width > 360) wide.push(`search results: ${width}px`);
		expect(wide).toEqual([]);
	});

	test('controls are at least 44 px tall, links in running text aside', async ({ site, page }) => {
		const small: string[] = [];
		for (const path of [
			'',
			'errors/access-denied/',
			'fixes/add-computer-to-trustedhosts/',
			'fixes/',
			'errors/',
		]) {
			await site.goto(path);
			if (path === '') await site.paste('Access is denied.');
			const found = await page.evaluate(() => {
				const controls = document.querySelectorAll<HTMLElement>(
					'a, button, input, select, textarea, summary'
				);
				const problems: string[] = [];
				for (const control of controls) {
					const box = control.getBoundingClientRect();
					if (box.width === 0 || box.height === 0) continue;
					// WCAG exempts links inside a sentence; every other control must be easy to tap.
					if (
						control.tagName === 'A' &&
						control.closest('p, li > q, .when, figcaption, blockquote, .intro, .lead, .summary') &&
						!control.matches('.rt-result-link')
					)
						continue;
					if (control.closest('svg')) continue;
					// A checkbox is tapped through its label, which is what must be large enough.
					const target = control.matches('input[type="checkbox"]')
						? (control.closest('label') ?? control)
						: control;
					if (target.getBoundingClientRect().height >= 44) continue;
					if (box.height < 44)
						problems.push(
							`${control.tagName.toLowerCase()} "${(control.textContent ?? control.getAttribute('aria-label') ?? '').trim().slice(0, 40)}" is ${Math.round(box.height)}px`
						);
				}
				return problems;
			});
			small.push(...found.map((problem) => `${path || '/'}: ${problem}`));
		}
		expect(small).toEqual([]);
	});

	test('"On this page" is one closed line above the body, and opens on a tap', async ({
		site,
		page,
	}) => {
		await site.goto('fixes/add-computer-to-trustedhosts/');
		const toc = page.locator('details.rt-toc');
		await expect(toc).not.toHaveAttribute('open');
		await expect(toc.locator('nav')).toBeHidden();
		const list = (await toc.boundingBox())!;
		expect(list.height).toBeLessThan(60);
		// The body follows straight after that one line, so the steps start where they would without a list.
		expect(
			(await page.locator('.entry-body').boundingBox())!.y - (list.y + list.height)
		).toBeLessThan(60);
		await toc.locator('summary').click();
		await expect(
			toc.getByRole('link', { name: 'Replace the list with an IP address' })
		).toBeVisible();
	});

	test('code-block headers never break a word', async ({ site, page }) => {
		const broken: string[] = [];
		for (const path of [
			'fixes/set-winrm-service-startup-type/',
			'fixes/add-computer-to-trustedhosts/',
			'fixes/enable-remoting-for-administrators-in-other-domains/',
		]) {
			await site.goto(path);
			const found = await page.locator('figure.code figcaption > *').evaluateAll((parts) =>
				parts
					.filter((part) => part.getClientRects().length > 0)
					.filter((part) => {
						const range = document.createRange();
						range.selectNodeContents(part);
						return (
							new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1
						);
					})
					.map((part) => part.textContent.trim())
			);
			broken.push(...found.map((text) => `${path}: "${text}"`));
		}
		expect(broken).toEqual([]);
	});

	test('long commands scroll inside their own block', async ({ site, page }) => {
		await site.goto('fixes/enable-remoting-for-administrators-in-other-domains/');
		const pre = page.locator('figure.code pre').last();
		const overflow = await pre.evaluate((element) => ({
			scroll: element.scrollWidth,
			client: element.clientWidth,
			style: getComputedStyle(element).overflowX,
		}));
		expect(overflow.style).toBe('auto');
		expect(overflow.scroll).toBeGreaterThan(overflow.client);
	});
});

test.describe('on a desktop', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('"On this page" stands open beside the body', async ({ site, page }) => {
		await site.goto('fixes/add-computer-to-trustedhosts/');
		await expect(page.locator('details.rt-toc')).toHaveAttribute('open');
		await expect(
			page.locator('.rt-toc').getByRole('link', { name: 'Replace the list with an IP address' })
		).toBeVisible();
	});
});

test.describe('the cascade', () => {
	test('the layer order is declared before any bundled style, so later layers win', async ({
		site,
		page,
	}) => {
		await site.goto('fixes/add-computer-to-trustedhosts/');
		const first = await page.evaluate(() => {
			const rule = document.styleSheets[0]!.cssRules[0];
			return rule instanceof CSSLayerStatementRule ? [...rule.nameList] : rule?.cssText;
		});
		expect(first).toEqual([
			'reset',
			'tokens',
			'base',
			'layout',
			'components',
			'content',
			'utilities',
			'print',
		]);
		// A component's rules beat the reset and the base link colour, as the declared order says.
		const styles = await page.evaluate(() => {
			const probe = document.createElement('p');
			probe.style.color = 'var(--color-text-muted)';
			document.body.append(probe);
			const muted = getComputedStyle(probe).color;
			probe.remove();
			return {
				codeMargin: getComputedStyle(document.querySelector('figure.code')!).marginTop,
				anchorColor: getComputedStyle(document.querySelector('a.rt-anchor')!).color,
				muted,
			};
		});
		expect(styles.codeMargin).not.toBe('0px');
		expect(styles.anchorColor).toBe(styles.muted);
	});
});

test.describe('dark mode', () => {
	test('follows the system until the reader chooses, and keeps the choice', async ({
		site,
		page,
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await site.goto('errors/access-denied/');
		const background = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(await background()).toBe('rgb(13, 17, 23)');
		await page.getByLabel('Theme').selectOption('light');
		expect(await background()).toBe('rgb(255, 255, 255)');
		await page.reload();
		expect(await background()).toBe('rgb(255, 255, 255)');
		await expect(page.getByLabel('Theme')).toHaveValue('light');
		await page.getByLabel('Theme').selectOption('auto');
		expect(await background()).toBe('rgb(13, 17, 23)');
	});

	test('a stored choice applies before the first paint', async ({ site, page }) => {
		await site.goto();
		await page.evaluate(() => localStorage.setItem('psrt-theme', 'dark'));
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				(window as unknown as { firstScheme: string }).firstScheme = getComputedStyle(
					document.documentElement
				).colorScheme;
			});
		});
		await page.emulateMedia({ colorScheme: 'light' });
		await site.goto('fixes/enable-remoting/');
		expect(
			await page.evaluate(() => (window as unknown as { firstScheme: string }).firstScheme)
		).toBe('dark');
	});
});

test.describe('print', () => {
	test('a fix prints as a clean procedure: no navigation or search, link URLs shown, code not cut off', async ({
		site,
		page,
	}) => {
		await site.goto('fixes/enable-remoting-for-administrators-in-other-domains/');
		await page.emulateMedia({ media: 'print' });
		for (const hidden of [
			'.site-header',
			'.site-footer',
			'.search-results',
			'.entry-aside',
			'[data-share]',
			'.code-copy',
			'.breadcrumbs',
		]) {
			const display = await page
				.locator(hidden)
				.first()
				.evaluate((element) => getComputedStyle(element).display);
			expect(display, hidden).toBe('none');
		}
		const link = page.locator('.entry-body a[href^="../"]').first();
		const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain(await link.getAttribute('href'));
		const pre = page.locator('figure.code pre').last();
		expect(await pre.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre-wrap');
		expect(await pre.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
	});
});

test.describe('small faults a reader notices', () => {
	test('on a phone the header of an inner page takes two short rows, not a third of the screen', async ({
		site,
		page,
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		for (const path of ['errors/access-denied/', 'fixes/add-computer-to-trustedhosts/', 'codes/']) {
			await site.goto(path);
			const height = await page
				.locator('.site-header')
				.evaluate((header) => header.getBoundingClientRect().height);
			expect(height, path).toBeLessThanOrEqual(120);
			await expect(site.box).toBeInViewport();
		}
	});

	test('the current page sits on the breadcrumb line, centred with the links', async ({
		site,
		page,
	}) => {
		for (const width of [390, 1366]) {
			await page.setViewportSize({ width, height: 800 });
			await site.goto('errors/trustedhosts-required/');
			const middles = await page.locator('.breadcrumbs li > *').evaluateAll((crumbs) =>
				crumbs.map((crumb) => {
					const box = crumb.getBoundingClientRect();
					return Math.round(box.top + box.height / 2);
				})
			);
			expect(middles).toHaveLength(3);
			expect(Math.max(...middles) - Math.min(...middles), `at ${width} px`).toBeLessThanOrEqual(2);
		}
	});

	test('the code reference states the same count as its filter', async ({ site, page }) => {
		await site.goto('codes/');
		const entries = await page.locator('[data-code-entry]').count();
		const winrm = await page.locator('section:has(#winrm-codes) [data-code-entry]').count();
		await expect(page.locator('.page-intro')).toContainText(`The ${entries} codes below`);
		await expect(page.locator('section:has(#winrm-codes) .source')).toContainText(
			`All ${winrm} WinRM codes`
		);
		await page.getByLabel('Find a code').fill('0x80338012');
		await expect(page.getByRole('status').filter({ hasText: 'codes match' })).toHaveText(
			`1 of ${entries} codes match.`
		);
		await expect(page.getByLabel('Find a code')).toHaveAccessibleName(
			`Find a code among all ${entries}`
		);
	});

	test('every page publishes a link-preview description of a sentence, not a few words', async ({
		site,
		page,
	}) => {
		const pages = allPages({ notFound: true });
		timeoutPerPage(pages.length, 500);
		const short: string[] = [];
		for (const path of pages) {
			const document = parseHtml(await (await page.request.get(site.url(path))).text());
			const meta = elementsOf(document, 'meta').find(
				(element) => attributeOf(element, 'property') === 'og:description'
			);
			const description = meta && attributeOf(meta, 'content');
			if (!description || description.length < 40) short.push(`${path || '/'}: "${description}"`);
		}
		expect(short).toEqual([]);
	});

	test('no link in running text is glued to the word before it', async ({ site, page }) => {
		const pages = allPages();
		timeoutPerPage(pages.length, 500);
		const glued: string[] = [];
		for (const path of pages) {
			const document = parseHtml(await (await page.request.get(site.url(path))).text());
			const [main] = elementsOf(document, 'main');
			for (const link of elementsOf(main!, 'a')) {
				if (!['p', 'li'].includes(link.parentNode?.nodeName ?? '')) continue;
				const siblings = link.parentNode!.childNodes;
				const before = siblings[siblings.indexOf(link) - 1];
				const text = before?.nodeName === '#text' ? textContentOf(before) : '';
				if (/[\p{L}\p{N},;:]$/u.test(text))
					glued.push(`${path || '/'}: …${text.slice(-20)}${textContentOf(link)}`);
			}
		}
		expect(glued).toEqual([]);
	});
});
