/**
 * Accessibility of every built page. Pages of a kind share their template, so axe (WCAG 2.2 A and AA and
 * best practices) runs on the pages that between them hold every kind of element the site shows (see
 * `elementCoveringPages`): in light with every rule, in dark for contrast, the one thing the scheme
 * changes. What differs from page to page, the content, is checked on every page from the built HTML:
 * one h1, headings that skip no level, unique ids, and a name for every link, button and image. The
 * search results and the values form are checked open as well as closed.
 */
import AxeBuilder from '@axe-core/playwright';
import {
	attributeOf,
	elementsOf,
	parseHtml,
	textContentOf,
	type HtmlElement,
} from '../src/build/html';
import {
	allPages,
	builtPage,
	elementCoveringPages,
	expect,
	test,
	timeoutPerPage,
	type Site,
} from './test-utils';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Each violation as one line: the page, the rule, how many elements, the first one and the rule's help. */
async function violationsOf(axe: AxeBuilder, path: string): Promise<string[]> {
	const { violations } = await axe.analyze();
	return violations.map(
		(v) => `${path || '/'}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}: ${v.help}`
	);
}

/** What a screen reader would call an element, from its label attributes, its text or its images' alt. */
function nameOf(element: HtmlElement, byId: Map<string, HtmlElement>): string {
	const labelledBy = attributeOf(element, 'aria-labelledby');
	if (labelledBy)
		return labelledBy
			.split(/\s+/)
			.map((id) => (byId.get(id) ? textContentOf(byId.get(id)!) : ''))
			.join(' ')
			.trim();
	const alts = elementsOf(element, 'img', 'svg').map(
		(image) => attributeOf(image, 'alt') ?? attributeOf(image, 'aria-label') ?? ''
	);
	return [attributeOf(element, 'aria-label') ?? '', textContentOf(element), ...alts]
		.join(' ')
		.trim();
}

/** The content faults of one built page, each as a line naming the page. */
function contentFaults(path: string): string[] {
	const document = parseHtml(builtPage(path));
	const faults: string[] = [];
	const elements = elementsOf(document);
	const byId = new Map<string, HtmlElement>();
	for (const element of elements) {
		const id = attributeOf(element, 'id');
		if (id === undefined) continue;
		if (byId.has(id)) faults.push(`id "${id}" is used twice`);
		byId.set(id, element);
	}
	const headings = elementsOf(document, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6');
	if (headings.filter((h) => h.tagName === 'h1').length !== 1) faults.push('not exactly one h1');
	let level = 0;
	for (const heading of headings) {
		const next = Number(heading.tagName.slice(1));
		if (next > level + 1)
			faults.push(`h${next} "${textContentOf(heading).trim()}" follows h${level}`);
		level = next;
	}
	for (const element of elementsOf(document, 'a', 'button'))
		if (attributeOf(element, 'aria-hidden') !== 'true' && nameOf(element, byId) === '')
			faults.push(`a ${element.tagName} has no name`);
	for (const image of elementsOf(document, 'img'))
		if (attributeOf(image, 'alt') === undefined) faults.push(`an img has no alt`);
	return faults.map((fault) => `${path || '/'}: ${fault}`);
}

test('every page: one h1, no skipped heading level, unique ids, a name for every link, button and image', () => {
	expect(allPages().flatMap(contentFaults)).toEqual([]);
});

/** Axe, as `configure` sets it up, over each page that holds a kind of element; every violation found. */
async function scanCoveringPages(
	site: Site,
	configure: (axe: AxeBuilder) => AxeBuilder,
	perPageMs: number
): Promise<string[]> {
	const pages = elementCoveringPages({ notFound: true });
	timeoutPerPage(pages.length, perPageMs);
	const violations: string[] = [];
	for (const path of pages) {
		await site.goto(path);
		violations.push(...(await violationsOf(configure(new AxeBuilder({ page: site.page })), path)));
	}
	return violations;
}

test('the pages holding every kind of element have no axe violation', async ({ site }) => {
	expect(await scanCoveringPages(site, (axe) => axe.withTags(TAGS), 8_000)).toEqual([]);
});

test.describe('in the dark scheme', () => {
	test.use({ colorScheme: 'dark' });

	test('the pages holding every kind of element have enough contrast', async ({ site }) => {
		const contrast = (axe: AxeBuilder) => axe.withRules(['color-contrast']);
		expect(await scanCoveringPages(site, contrast, 6_000)).toEqual([]);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });

		test('search results, the values form and the empty state have no axe violation', async ({
			site,
			page,
		}) => {
			// Three full axe runs and a full-text search: on a busy machine this outgrows the default 30 s.
			test.setTimeout(90_000);
			// Structure does not change with the scheme: the dark run checks contrast only.
			const axe = () =>
				scheme === 'dark'
					? new AxeBuilder({ page }).withRules(['color-contrast'])
					: new AxeBuilder({ page }).withTags(TAGS);
			await site.goto();
			await site.paste(
				'Enter-PSSession : Connecting to remote server SRV1 failed with the following error message : Access is denied.'
			);
			expect((await axe().analyze()).violations).toEqual([]);
			await site.paste('no remoting words here at all');
			expect((await axe().analyze()).violations).toEqual([]);
			await site.goto('fixes/provide-administrator-credentials/#computer=SRV1&user=bad%20user');
			await site.paste('firewall exception network');
			await expect(page.locator('li[data-kind="page"]').first()).toBeVisible();
			expect((await axe().analyze()).violations).toEqual([]);
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
