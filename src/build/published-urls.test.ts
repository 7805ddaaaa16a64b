import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkPublishedUrls, parsePublishedUrls, type Built } from './published-urls';

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
