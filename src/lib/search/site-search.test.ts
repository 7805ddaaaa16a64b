import { expect, test } from 'vitest';
import { rankPages, rankWordQuery } from './site-search';

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

test('a word query keeps the index\'s whole-query order, and lists nothing when a word is found nowhere', () => {
	expect(rankWordQuery([41, 58, 21], ['add-computer-to-trustedhosts', 'trustedhosts-required', 'other'], 2)).toEqual(['add-computer-to-trustedhosts', 'trustedhosts-required']);
	expect(rankWordQuery([1, 0], ['ssl-connection-failed'], 8)).toEqual([]);
	expect(rankWordQuery([], ['x'], 8)).toEqual([]);
});
