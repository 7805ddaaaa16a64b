import { expect, test } from 'vitest';
import { rankWordQuery, wholeQueryTerms } from './site-search';

const hits = (...ids: string[]) => ids.map((id) => ({ id }));

test("a word query keeps the index's whole-query order first", () => {
	const ranked = rankWordQuery([hits('a', 'b', 'c'), hits('b', 'd')], hits('b', 'a'), 2);
	expect(ranked.map((hit) => hit.id)).toEqual(['b', 'a']);
});

test('words no page holds together still list the best page of each word, in turn', () => {
	const ranked = rankWordQuery([hits('trustedhosts-page', 'x'), hits('firewall-page', 'y')], [], 3);
	expect(ranked.map((hit) => hit.id)).toEqual(['trustedhosts-page', 'firewall-page', 'x']);
});

test('a word found nowhere lists nothing', () => {
	expect(
		rankWordQuery([hits('ssl-connection-failed'), []], hits('ssl-connection-failed'), 8)
	).toEqual([]);
	expect(rankWordQuery([], hits('x'), 8)).toEqual([]);
});

test('the whole query leaves out the commonest of three or more words', () => {
	expect(wholeQueryTerms(['add', 'server', 'trustedhosts'], [41, 59, 21])).toEqual([
		'add',
		'trustedhosts',
	]);
	expect(wholeQueryTerms(['server', 'trustedhosts'], [59, 21])).toEqual(['server', 'trustedhosts']);
});
