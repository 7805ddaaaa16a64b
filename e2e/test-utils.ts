/**
 * The fixture every end-to-end test uses: Playwright's webServer has built the site (at the root and
 * under a sub-path) before any test runs; `site` resolves paths against the project's base URL, pastes
 * text the way a browser paste does, and waits for the search contract's `aria-busy="false"`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import {
	attributeOf,
	elementsOf,
	metaHttpEquiv,
	parseHtml,
	type HtmlElement,
} from '../src/build/html';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Pagefind } from '../src/search/elements/search-app';

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

	/**
	 * Loads Pagefind from the base path, as the search does, and returns the address of its first result
	 * for a word, with the status and type of every file of Pagefind's the page fetched meanwhile.
	 */
	async pagefindSearch(word: string): Promise<{ url: string; files: string[] }> {
		const files: string[] = [];
		this.page.on('response', (response) => {
			if (response.url().includes('/pagefind/'))
				files.push(`${response.status()} ${response.headers()['content-type']}`);
		});
		const url = await this.page.evaluate(
			async ([base, query]) => {
				const pagefind = (await import(
					/* @vite-ignore */ `${base}pagefind/pagefind.js`
				)) as Pagefind;
				await pagefind.options({ baseUrl: base });
				const found = await pagefind.search(query);
				return (await found.results[0]!.data()).url;
			},
			[this.basePath, word] as const
		);
		return { url, files };
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

/**
 * Marks a test or group whose outcome depends on the base path (links, addresses, files fetched from
 * the base): the sub-path project runs only these.
 */
export const BASE_PATH = { tag: '@base-path' } as const;

export const test = base.extend<{ site: Site }>({
	site: async ({ page, baseURL }, use) => {
		if (!baseURL) throw new Error('The Playwright project must set a baseURL');
		await use(new Site(page, baseURL));
	},
});

/** The output directory of the build the running test's project serves. */
function buildDir(): string {
	const outDir = test.info().project.metadata.outDir as string | undefined;
	if (!outDir) throw new Error('The Playwright project must name its build in metadata.outDir');
	return outDir;
}

/** The HTML the build wrote for a page (a path as `allPages` gives it). */
export function builtPage(path: string): string {
	return readFileSync(join(buildDir(), path, 'index.html'), 'utf8');
}

/**
 * Every page the build wrote, relative to the base (`''`, `errors/`, `fixes/enable-remoting/`…), read
 * from the project's output directory so no page can be left out of a test; redirect stubs are not
 * pages. The 404 page is included, as an unknown path, when asked for.
 */
export function allPages(options: { notFound?: boolean } = {}): string[] {
	const outDir = buildDir();
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

/**
 * The kinds of element a page holds: each element's tag and classes, under those of its two nearest
 * ancestors with a class (what it sits in and on: an aside, a code block). Pages carry no inline style,
 * so this is also every way an element is styled.
 */
function elementKinds(html: string): Set<string> {
	const signatures = new Set<string>();
	const visit = (element: HtmlElement, context: string) => {
		const classes = (attributeOf(element, 'class') ?? '').split(/\s+/).sort();
		const own = `${element.tagName}.${classes.join('.')}`;
		signatures.add(`${context} > ${own}`);
		const inner = attributeOf(element, 'class')
			? `${context.split(' ').slice(-1).join(' ')} ${own}`
			: context;
		for (const child of element.childNodes) if ('tagName' in child) visit(child, inner);
	};
	const [body] = elementsOf(parseHtml(html), 'body');
	if (body) visit(body, '');
	return signatures;
}

/**
 * Few pages that between them hold every kind of element the site shows (chosen greedily from the
 * build, the page adding the most kinds first), so checks of templates and colours on them cover every
 * page. The 404 page is among them when asked for.
 */
export function elementCoveringPages(options: { notFound?: boolean } = {}): string[] {
	const remaining = new Map(allPages().map((path) => [path, elementKinds(builtPage(path))]));
	const covered = new Set<string>();
	const chosen: string[] = [];
	for (;;) {
		let best: string | undefined;
		let bestGain = 0;
		for (const [path, signatures] of remaining) {
			let gain = 0;
			for (const signature of signatures) if (!covered.has(signature)) gain++;
			if (gain > bestGain) [best, bestGain] = [path, gain];
		}
		if (!best) break;
		for (const signature of remaining.get(best)!) covered.add(signature);
		remaining.delete(best);
		chosen.push(best);
	}
	return options.notFound ? [...chosen, 'no-such-page/'] : chosen;
}
