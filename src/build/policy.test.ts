import { describe, expect, test } from 'vitest';
import { extensionOf, mergePolicies, metaPolicyOf, untypedExtensions } from './policy';

describe('extensions', () => {
	test('are read from the last dot of the file name, lower case', () => {
		expect(extensionOf('pagefind/pagefind.en_294eb28e17.pf_meta')).toBe('pf_meta');
		expect(extensionOf('_astro/BaseLayout.e1vRn_GA.CSS')).toBe('css');
		expect(extensionOf('.htaccess')).toBeUndefined();
		expect(extensionOf('folder.d/README')).toBeUndefined();
	});

	test('without a MIME type are listed once, sorted', () => {
		expect(untypedExtensions(['a.html', 'b.pf_new', 'c.pf_new', 'd.zzz', 'web.config'])).toEqual([
			'config',
			'pf_new',
			'zzz',
		]);
	});
});

describe('the header policy', () => {
	test('is the union of the page policies, plus frame-ancestors', () => {
		const merged = mergePolicies([
			"default-src 'self'; script-src 'self' 'sha256-AAA'; style-src 'self' 'sha256-S1'",
			"default-src 'self'; script-src 'self' 'sha256-BBB' 'wasm-unsafe-eval'",
		]);
		expect(merged).toBe(
			"default-src 'self'; script-src 'self' 'sha256-AAA' 'sha256-BBB' 'wasm-unsafe-eval'; style-src 'self' 'sha256-S1'; frame-ancestors 'none'"
		);
	});

	test('is read from a page meta tag, entities decoded', () => {
		const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x+y/z=&#39;; object-src &#39;none&#39;"></head>`;
		expect(metaPolicyOf(html)).toBe("script-src 'self' 'sha256-x+y/z='; object-src 'none'");
		expect(metaPolicyOf('<head></head>')).toBeUndefined();
	});
});
