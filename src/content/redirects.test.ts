import { describe, expect, test } from 'vitest';
import { checkRenames, checkRenameTargets, redirectsFor } from './redirects';

describe('renames', () => {
	test('become Astro redirects under the base path', () => {
		const renames = [{ from: '/errors/old-name/', to: '/errors/access-denied/' }];
		expect(redirectsFor(renames, '/')).toEqual({ '/errors/old-name/': '/errors/access-denied/' });
		expect(redirectsFor(renames, '/kb/remoting/')).toEqual({ '/errors/old-name/': '/kb/remoting/errors/access-denied/' });
	});

	test('two redirects for one URL, shapes and chains are refused with the URL named', () => {
		expect(
			checkRenames([
				{ from: '/errors/a/', to: '/errors/b/' },
				{ from: '/errors/a/', to: '/errors/c/' },
				{ from: '/errors/c/', to: '/errors/d/' },
				{ from: '/about/', to: '/errors/d/' },
			]),
		).toEqual([
			'content/redirects.json: [1].from: "/errors/a/" has two redirects',
			'content/redirects.json: [3].from: "/about/" is not /errors/<slug>/ or /fixes/<slug>/',
			'content/redirects.json: [1].to: "/errors/c/" is itself redirected; point at the final page',
		]);
		expect(() => redirectsFor([{ from: '/errors/a/', to: '/errors/a/' }], '/')).toThrow(/redirects to itself/);
	});

	test('a redirect must lead to a live page and must not hide one', () => {
		const live = { errors: ['access-denied'], fixes: ['enable-remoting'] };
		expect(
			checkRenameTargets(
				[
					{ from: '/errors/old/', to: '/errors/gone/' },
					{ from: '/fixes/enable-remoting/', to: '/errors/access-denied/' },
				],
				live,
			),
		).toEqual([
			'content/redirects.json: [0].to: "/errors/gone/" is not a page of this site',
			'content/redirects.json: [1].from: "/fixes/enable-remoting/" is still a page; a redirect would hide it',
		]);
	});
});
