/**
 * The fixture every end-to-end test uses: Playwright's webServer has built the site (at the root and
 * under a sub-path) before any test runs; `site` resolves paths against the project's base URL, pastes
 * text the way a browser paste does, and waits for the search contract's `aria-busy="false"`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { metaHttpEquiv, parseHtml } from '../src/build/html';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

export class Site {
	constructor(
		readonly page: Page,
		/** The base URL of the site under test, e.g. `http://localhost:4392/kb/remoting/`. */
		readonly baseURL: string
	) {}

	/** The base path, `/` or `/kb/remoting/`. */
	get basePath(): string {
		return new URL(this.baseURL).pathname;
	}

	/** An absolute URL for a path relative to the site's base (`errors/access-denied/`). */
	url(path = ''): string {
		return new URL(path.replace(/^\//, ''), this.baseURL).href;
	}

	goto(path = '') {
		return this.page.goto(this.url(path));
	}

	get box(): Locator {
		return this.page.locator('form[role="search"][data-error-search] textarea[name="q"]');
	}

	get results(): Locator {
		return this.page.locator('[data-search-results]');
	}

	get items(): Locator {
		return this.results.locator('li');
	}

	/** Puts text in the box as a paste does (one input event), without Playwright's slow per-line fill. */
	async paste(text: string): Promise<void> {
		await this.box.evaluate((box: HTMLTextAreaElement, value) => {
			box.value = value;
			box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
		}, text);
		await this.settled();
	}

	/** Waits until a search has finished and its results, or the empty state, are shown. */
	async settled(): Promise<void> {
		await expect(this.results).toHaveAttribute('aria-busy', 'false', { timeout: 10_000 });
	}

	/** The page and data-match of each result, in rank order (`errors/access-denied:exact`), fragments aside. */
	async ranked(): Promise<string[]> {
		return this.items.evaluateAll(
			(items, basePath) =>
				items.map((li) => {
					const href = (li.querySelector('a')?.getAttribute('href') ?? '').replace(/#.*$/, '');
					const path = href.startsWith(basePath) ? href.slice(basePath.length) : href;
					return `${path.replace(/\/$/, '')}:${li.getAttribute('data-match')}`;
				}),
			this.basePath
		);
	}
}

export const test = base.extend<{ site: Site }>({
	site: async ({ page, baseURL }, use) => {
		if (!baseURL) throw new Error('The Playwright project must set a baseURL');
		await use(new Site(page, baseURL));
	},
});

/**
 * Every page the build wrote, relative to the base (`''`, `errors/`, `fixes/enable-remoting/`…), read
 * from the project's output directory so no page can be left out of a test; redirect stubs are not
 * pages. The 404 page is included, as an unknown path, when asked for.
 */
export function allPages(options: { notFound?: boolean } = {}): string[] {
	const outDir = test.info().project.metadata.outDir as string | undefined;
	if (!outDir) throw new Error('The Playwright project must name its build in metadata.outDir');
	const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.filter(
			(file) => !metaHttpEquiv(parseHtml(readFileSync(join(outDir, file), 'utf8')), 'refresh')
		)
		.map((file) =>
			file
				.replace(/index\.html$/, '')
				.split(sep)
				.join('/')
		)
		.sort();
	if (pages.length === 0)
		throw new Error(`No pages in ${outDir}; has the web server built the site?`);
	return options.notFound ? [...pages, 'no-such-page/'] : pages;
}

/**
 * Gives the running test a timeout that grows with the pages it visits: a fixed allowance plus a share
 * per page, generous enough for a slow, busy machine, so a test never outgrows its budget as the catalog
 * grows.
 */
export function timeoutPerPage(pages: number, perPageMs: number): void {
	test.setTimeout(30_000 + pages * perPageMs);
}

/** The error or fix pages the build wrote (`errors/access-denied/`…), the browse page aside. */
export function entryPages(collection: 'errors' | 'fixes'): string[] {
	return allPages().filter(
		(path) => path.startsWith(`${collection}/`) && path !== `${collection}/`
	);
}
