import { describe, expect, test } from 'vitest';
import { rankByTitle, rankWordQuery, wholeQueryTerms } from './site-search';

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

describe('pages found for words come in the order a reader of the words expects', () => {
	const page = (title: string) => ({ title });
	const order = (titles: string[], terms: string[]) =>
		rankByTitle(titles.map(page), terms).map((p) => p.title);

	test('among titles holding all the words, the one most about them comes first', () => {
		expect(
			order(
				['The WMI service returned an access denied error', 'Access is denied'],
				['access', 'denied']
			)
		).toEqual(['Access is denied', 'The WMI service returned an access denied error']);
	});

	test('a title holding more of the words comes before the index order', () => {
		expect(
			order(
				[
					'Use CredSSP so Enter-PSSession can reach a network module path',
					'Module paths on a network share',
					'Reach a third computer from a remote session (the second hop)',
				],
				['double', 'hop']
			)[0]
		).toBe('Reach a third computer from a remote session (the second hop)');
	});

	test('titles that hold none of the words keep the index order', () => {
		expect(order(['b page', 'a page'], ['quota'])).toEqual(['b page', 'a page']);
	});
});
