import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseHtml } from './html';
import {
	checkPublishedUrls,
	parsePublishedUrls,
	publishedUrlsStep,
	redirectTargetOf,
	type Built,
} from './published-urls';
import { BuiltSite, memoryStore } from './site';

test('comments and blank lines are not URLs', () => {
	expect(parsePublishedUrls('# pages\n/\n\n/errors/  # the list\n')).toEqual(['/', '/errors/']);
});

test('a published URL must be a page, or redirect to one', () => {
	const build = new Map<string, Built>([
		['/errors/access-denied/', { kind: 'page' }],
		['/errors/old-name/', { kind: 'redirect', to: '/errors/access-denied/' }],
		['/errors/broken-redirect/', { kind: 'redirect', to: '/errors/gone/' }],
	]);
	expect(
		checkPublishedUrls(
			[
				'/errors/access-denied/',
				'/errors/old-name/',
				'/errors/broken-redirect/',
				'/errors/removed/',
			],
			(path) => build.get(path)
		)
	).toEqual([
		'/errors/broken-redirect/ redirects to /errors/gone/, which is not a page of the build',
		'/errors/removed/ is published but the build has no page or redirect for it',
	]);
});

test('every page the content has is in the published list', () => {
	const published = new Set(
		parsePublishedUrls(
			readFileSync(new URL('../../content/published-urls.txt', import.meta.url), 'utf8')
		)
	);
	const pages = ['errors', 'fixes'].flatMap((collection) =>
		readdirSync(new URL(`../../content/${collection}/`, import.meta.url))
			.filter((file) => file.endsWith('.mdx'))
			.map((file) => `/${collection}/${file.replace(/\.mdx$/, '')}/`)
	);
	const missing = ['/', '/errors/', '/fixes/', '/errors.json', ...pages].filter(
		(path) => !published.has(path)
	);
	expect(missing, 'add these to content/published-urls.txt: once published, a URL stays').toEqual(
		[]
	);
});

test('a redirect stub is read for where it sends the reader', () => {
	const stub = (content: string) =>
		redirectTargetOf(parseHtml(`<!doctype html><meta http-equiv="refresh" content="${content}">`));
	expect(stub('0;url=/kb/remoting/fixes/new/')).toBe('/kb/remoting/fixes/new/');
	expect(stub("0; URL='/fixes/new/'")).toBe('/fixes/new/');
	expect(redirectTargetOf(parseHtml('<!doctype html><title>page</title>'))).toBeUndefined();
});

test('the build step follows redirects under the base path and names every URL that is gone', () => {
	const page = '<!doctype html><title>page</title>';
	const stub = (to: string) => `<!doctype html><meta http-equiv="refresh" content="0;url=${to}">`;
	const site = new BuiltSite(
		'/kb/',
		memoryStore({
			'index.html': page,
			'errors.json': '{}',
			'fixes/new/index.html': page,
			'fixes/old/index.html': stub('/kb/fixes/new/'),
			'fixes/broken/index.html': stub('/kb/fixes/gone/'),
		})
	);
	const list = '/\n/errors.json\n/fixes/old/\n/fixes/broken/\n/fixes/removed/\n';
	expect(() => publishedUrlsStep(() => list).run(site, () => {})).toThrow(
		[
			'Published URLs must stay (content/published-urls.txt):',
			'/fixes/broken/ redirects to /fixes/gone/, which is not a page of the build',
			'/fixes/removed/ is published but the build has no page or redirect for it',
		].join('\n')
	);
	const reports: string[] = [];
	publishedUrlsStep(() => '/\n/fixes/old/').run(site, (message) => reports.push(message));
	expect(reports).toEqual(['all 2 published URLs answer']);
});
