/**
 * Links that last, checked on the built site at the root and under a sub-path: every internal link and
 * `#anchor` resolves, every page unfurls with its own title, summary and image, errors.json matches the
 * pages, step links scroll to and mark their step, and the share buttons copy a clean link and snippet.
 */
import { BASE_PATH, allPages, expect, test, timeoutPerPage, type Site } from './test-utils';
import { attributeOf, elementsOf, parseHtml, type HtmlDocument } from '../src/build/html';
import type { ErrorsIndex } from '../src/search/errors-index';

/** The value of a page's `<meta property|name="key">`, or '' when it has none. */
function metaOf(document: HtmlDocument, key: string): string {
	const meta = elementsOf(document, 'meta').find(
		(element) => attributeOf(element, 'property') === key || attributeOf(element, 'name') === key
	);
	return (meta && attributeOf(meta, 'content')) ?? '';
}

/** Every page reachable from the home page, with the ids it defines and the links it holds. */
async function crawl(site: Site) {
	const pages = new Map<string, { ids: Set<string>; links: string[]; html: string }>();
	const queue = [site.url()];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (pages.has(url)) continue;
		const response = await site.page.request.get(url);
		expect(response.status(), url).toBe(200);
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) {
			pages.set(url, { ids: new Set(), links: [], html: '' });
			continue;
		}
		const html = await response.text();
		const document = parseHtml(html);
		const ids = new Set(
			elementsOf(document)
				.map((element) => attributeOf(element, 'id'))
				.filter((id): id is string => id !== undefined)
		);
		const links = elementsOf(document, 'a')
			.map((a) => attributeOf(a, 'href'))
			.filter((href): href is string => href !== undefined);
		pages.set(url, { ids, links, html });
		for (const href of links) {
			const target = new URL(href, url);
			if (target.origin !== new URL(site.baseURL).origin) continue;
			target.hash = '';
			if (!pages.has(target.href) && !queue.includes(target.href)) queue.push(target.href);
		}
	}
	return pages;
}

test.describe('links', BASE_PATH, () => {
	test('every built page is reachable from the home page, and every internal link and anchor resolves inside the base path', async ({
		site,
	}) => {
		timeoutPerPage(allPages().length, 2_000);
		const pages = await crawl(site);
		const unreachable = allPages().filter((path) => !pages.has(site.url(path)));
		expect(unreachable).toEqual([]);
		const broken: string[] = [];
		for (const [url, { links }] of pages) {
			for (const href of links) {
				const target = new URL(href, url);
				if (target.origin !== new URL(site.baseURL).origin) continue;
				if (!target.pathname.startsWith(site.basePath))
					broken.push(`${url} → ${href}: outside ${site.basePath}`);
				const anchor = target.hash.slice(1);
				target.hash = '';
				const page = pages.get(target.href);
				if (!page) broken.push(`${url} → ${href}: not crawled`);
				else if (anchor && !anchor.includes('=') && !page.ids.has(decodeURIComponent(anchor)))
					broken.push(`${url} → ${href}: no #${anchor} there`);
			}
		}
		expect(broken).toEqual([]);
	});

	test('every page unfurls with its own title, summary, canonical URL and preview image', async ({
		site,
	}) => {
		const pages = allPages();
		timeoutPerPage(pages.length, 2_000);
		for (const path of pages) {
			const document = parseHtml(await (await site.page.request.get(site.url(path))).text());
			const meta = (key: string) => metaOf(document, key);
			const link = elementsOf(document, 'link').find(
				(element) => attributeOf(element, 'rel') === 'canonical'
			);
			const canonical = (link && attributeOf(link, 'href')) ?? '';
			expect(meta('og:title'), path).not.toBe('');
			expect(meta('og:description').length, path).toBeGreaterThan(20);
			expect(meta('twitter:card'), path).toBe('summary_large_image');
			expect(meta('og:type'), path).toBe(
				path.startsWith('errors/') || path.startsWith('fixes/')
					? path.endsWith('s/') && path.split('/').length === 2
						? 'website'
						: 'article'
					: 'website'
			);
			expect(new URL(canonical).pathname, path).toBe(`${site.basePath}${path}`);
			expect(meta('og:url'), path).toBe(canonical);
			const image = new URL(meta('og:image'));
			expect(image.pathname.startsWith(site.basePath), path).toBe(true);
			const png = await site.page.request.get(site.url(image.pathname.slice(site.basePath.length)));
			expect(png.headers()['content-type'], path).toBe('image/png');
			const body = await png.body();
			expect([body.readUInt32BE(16), body.readUInt32BE(20)], path).toEqual([1200, 630]);
		}
	});

	test('an error page previews its own message, and a fix page its title', async ({ site }) => {
		const html = await (await site.page.request.get(site.url('errors/io-aborted/'))).text();
		expect(html).toContain(`og/errors/io-aborted.png`);
		expect(html).toContain(
			'<meta property="og:description" content="A remote operation was cut off'
		);
	});

	test('errors.json has a version and the URL of each error under the base path', async ({
		site,
		page,
	}) => {
		// content.spec.ts checks each error page against its entry here.
		const index = (await (await page.request.get(site.url('errors.json'))).json()) as ErrorsIndex;
		expect(index.version).toBe(1);
		expect(index.base).toBe(site.basePath);
		for (const error of index.errors)
			expect(error.url.startsWith(site.basePath), error.url).toBe(true);
	});

	test('the sitemap lists every page under the base path', async ({ site }) => {
		const index = await (await site.page.request.get(site.url('sitemap-index.xml'))).text();
		const sitemap = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
		const xml = await (
			await site.page.request.get(site.url(new URL(sitemap).pathname.slice(site.basePath.length)))
		).text();
		const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		for (const path of allPages()) expect(listed).toContain(`${site.basePath}${path}`);
	});
});

test.describe('step links', BASE_PATH, () => {
	test('opening a step link scrolls to the step and marks it', async ({ site, page }) => {
		await site.goto('fixes/add-computer-to-trustedhosts/#add-an-ip-address');
		const step = page.locator('#add-an-ip-address');
		await expect(step).toBeInViewport();
		const marked = await step.evaluate(
			(heading) => getComputedStyle(heading.closest('.rt-heading')!).backgroundColor
		);
		expect(marked).not.toBe('rgba(0, 0, 0, 0)');
	});

	test('every heading link is named after its heading as read, never with raw character references', async ({
		site,
		page,
	}) => {
		const wrong: string[] = [];
		await site.goto();
		const pages = allPages();
		timeoutPerPage(pages.length, 2_000);
		for (const path of pages) {
			// Each page is parsed as the browser parses it, without loading it: labels and text need no styles.
			const html = await (await page.request.get(site.url(path))).text();
			const links = await page.evaluate((source) => {
				const doc = new DOMParser().parseFromString(source, 'text/html');
				return [...doc.querySelectorAll('.rt-heading')].map((heading) => ({
					label: heading.querySelector('a.rt-anchor')?.getAttribute('aria-label') ?? '',
					text: heading.querySelector('h2, h3, h4')!.textContent.replace(/\s+/g, ' ').trim(),
				}));
			}, html);
			for (const { label, text } of links) {
				if (label !== `Link to this section: ${text}`)
					wrong.push(`${path}: "${label}" for "${text}"`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('every heading has a keyboard-reachable link to itself', async ({ site, page }) => {
		await site.goto('fixes/enable-remoting-on-public-networks/');
		const headings = page.locator('main :is(h2, h3, h4)');
		const count = await headings.count();
		expect(count).toBeGreaterThan(3);
		for (let i = 0; i < count; i++) {
			const heading = headings.nth(i);
			const id = await heading.getAttribute('id');
			expect(id).toMatch(/^[a-z0-9-]+$/);
			const link = heading.locator('xpath=following-sibling::a[1]');
			await expect(link).toHaveAttribute('href', `#${id}`);
			await link.focus();
			await expect(link).toBeFocused();
		}
	});

	test('the share buttons copy a clean link and a ticket snippet, and say so', async ({
		site,
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await site.goto('fixes/provide-administrator-credentials/#computer=SRV-APP01');
		const copyLink = page.locator('[data-copy-link]');
		await expect(copyLink).toHaveText('Copy link');
		await copyLink.click();
		await expect(copyLink).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			site.url('fixes/provide-administrator-credentials/')
		);

		await page.locator('#connect-with-credential + a').click();
		await expect(copyLink).toHaveText('Copy link to this step');
		await copyLink.click();
		await expect(copyLink).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			site.url('fixes/provide-administrator-credentials/#connect-with-credential')
		);

		const copySnippet = page.locator('[data-copy-snippet]');
		await copySnippet.click();
		await expect(copySnippet).toHaveText('Snippet copied');
		const snippet = await page.evaluate(() => navigator.clipboard.readText());
		expect(snippet).toContain("**Connect with an administrator's credentials**");
		expect(snippet).toContain(
			site.url('fixes/provide-administrator-credentials/#connect-with-credential')
		);
		expect(snippet).toContain(
			'```powershell\nInvoke-Command -ComputerName SRV-APP01 -Credential Domain01\\User01 -ScriptBlock {\n    Get-Culture\n}\n```'
		);
	});

	test('an error page snippet carries the most likely fix and its command', async ({
		site,
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await site.goto('errors/trustedhosts-required/');
		await page.locator('[data-copy-snippet]').click();
		await expect(page.locator('[data-copy-snippet]')).toHaveText('Snippet copied');
		const snippet = await page.evaluate(() => navigator.clipboard.readText());
		expect(snippet).toContain(
			'**The WinRM client cannot process the request: use HTTPS or TrustedHosts**'
		);
		expect(snippet).toContain(
			`Most likely fix: Add a computer to the TrustedHosts list\n${site.url('fixes/add-computer-to-trustedhosts/')}`
		);
		expect(snippet).toContain("$newServer = 'Server01.Domain01.Fabrikam.com'");
	});
});
