/**
 * The fixture every end-to-end test uses: Playwright's webServer has built the site (at the root and
 * under a sub-path) before any test runs; `site` resolves paths against the project's base URL, pastes
 * text the way a browser paste does, and waits for the search contract's `aria-busy="false"`.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

export class Site {
	constructor(
		readonly page: Page,
		/** The base URL of the site under test, e.g. `http://localhost:4392/kb/remoting/`. */
		readonly baseURL: string,
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
		return this.items.evaluateAll((items, basePath) =>
			items.map((li) => {
				const href = (li.querySelector('a')?.getAttribute('href') ?? '').replace(/#.*$/, '');
				const path = href.startsWith(basePath) ? href.slice(basePath.length) : href;
				return `${path.replace(/\/$/, '')}:${li.getAttribute('data-match')}`;
			}),
		this.basePath);
	}
}

export const test = base.extend<{ site: Site }>({
	site: async ({ page, baseURL }, use) => {
		if (!baseURL) throw new Error('The Playwright project must set a baseURL');
		await use(new Site(page, baseURL));
	},
});

/**
 * Every page of the site, relative to its base: home, the browse pages and every error and fix page
 * (from errors.json), and the 404 page when asked for.
 */
export async function allPages(site: Site, options: { notFound?: boolean } = {}): Promise<string[]> {
	const { errors, fixes } = await entryPaths(site);
	return ['', 'errors/', 'fixes/', ...(options.notFound ? ['no-such-page/'] : []), ...errors, ...fixes];
}

/** The error and fix pages the build lists in its errors index. */
export async function entryPaths(site: Site): Promise<{ errors: string[]; fixes: string[] }> {
	const response = await site.page.request.get(site.url('errors.json'));
	const index = (await response.json()) as { errors: { url: string; fixes: { url: string }[] }[] };
	const strip = (url: string) => url.slice(site.basePath.length);
	return {
		errors: index.errors.map((error) => strip(error.url)),
		fixes: [...new Set(index.errors.flatMap((error) => error.fixes.map((fix) => strip(fix.url))))],
	};
}
