import { expect, test } from 'vitest';
import { extensionOf, untypedExtensions } from './mime';

test('extensions are read from the last dot of the file name, lower case', () => {
	expect(extensionOf('pagefind/pagefind.en_294eb28e17.pf_meta')).toBe('pf_meta');
	expect(extensionOf('_astro/BaseLayout.e1vRn_GA.CSS')).toBe('css');
	expect(extensionOf('.htaccess')).toBeUndefined();
	expect(extensionOf('folder.d/README')).toBeUndefined();
});

test('extensions without a MIME type are listed once, sorted', () => {
	expect(untypedExtensions(['a.html', 'b.pf_new', 'c.pf_new', 'd.zzz', 'web.config'])).toEqual([
		'config',
		'pf_new',
		'zzz',
	]);
});
