import { expect, test } from 'vitest';
import { buildSiteWords, decodeSiteWords, siteMayUse } from './site-words';

const site = buildSiteWords([
	'Add the computer to TrustedHosts.',
	'A Group Policy sets it; policies win.',
	'Set-Item WSMan:\\localhost',
]).words;

test("the site words are the texts' words of three letters or more, sorted, each once", () => {
	expect(site).toEqual([
		'add',
		'computer',
		'group',
		'item',
		'localhost',
		'policies',
		'policy',
		'set',
		'sets',
		'the',
		'trustedhosts',
		'win',
		'wsman',
	]);
});

test.each(['trustedhosts', 'trusted', 'computers', 'policy', 'polices', 'wsman', 'localhost'])(
	'%j may be used by a page',
	(term) => {
		expect(siteMayUse(site, term)).toBe(true);
	}
);

test.each(['coffee', 'bake', 'kerberos', 'zzz'])('%j is used by no page', (term) => {
	expect(siteMayUse(site, term)).toBe(false);
});

test('a broken or old file is refused with a clear error', () => {
	expect(decodeSiteWords({ version: 1, words: ['a'] })).toEqual(['a']);
	expect(() => decodeSiteWords({ version: 2, words: [] })).toThrow(
		/site-words\.json: expected version 1/
	);
	expect(() => decodeSiteWords({ version: 1, words: [1] })).toThrow(/site-words\.json/);
	expect(() => decodeSiteWords(null)).toThrow(/site-words\.json/);
});
