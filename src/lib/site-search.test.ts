import { expect, test } from 'vitest';
import { MAX_SITE_SEARCH_TERMS, rankPages, siteSearchTerms } from './site-search';

test('a question keeps the words that say what it is about', () => {
	expect(siteSearchTerms('how do I add a server to trustedhosts')).toEqual(['add', 'server', 'trustedhosts']);
	expect(siteSearchTerms('TrustedHosts')).toEqual(['trustedhosts']);
	expect(siteSearchTerms('Kerberos kerberos KERBEROS timeout')).toEqual(['kerberos', 'timeout']);
});

test('a long text is cut to a few terms', () => {
	expect(siteSearchTerms('one two three four five six seven eight nine ten')).toHaveLength(MAX_SITE_SEARCH_TERMS);
	expect(siteSearchTerms('x'.repeat(100_000))).toHaveLength(1);
});

const hit = (id: string, score: number) => ({ id, score, page: id });

test('pages holding more of the terms rank first, then by score', () => {
	const ranked = rankPages(
		[
			[hit('trustedhosts-fix', 1), hit('proxy-fix', 3)],
			[hit('trustedhosts-fix', 1), hit('proxy-fix', 2), hit('ports-fix', 9)],
			[hit('trustedhosts-fix', 2)],
		],
		4,
	);
	expect(ranked).toEqual(['trustedhosts-fix', 'proxy-fix']);
});

test('a single term lists its pages by score; a term found nowhere does not empty the list', () => {
	expect(rankPages([[hit('a', 1), hit('b', 2)]], 4)).toEqual(['b', 'a']);
	expect(rankPages([[hit('a', 1), hit('b', 2)], []], 4)).toEqual(['b', 'a']);
	expect(rankPages([[hit('a', 1), hit('b', 2)]], 1)).toEqual(['b']);
});
