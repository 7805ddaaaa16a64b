import { expect, test } from 'vitest';
import { rankWordQuery } from './site-search';

test('a word query keeps the index\'s whole-query order, and lists nothing when a word is found nowhere', () => {
	expect(rankWordQuery([41, 58, 21], ['add-computer-to-trustedhosts', 'trustedhosts-required', 'other'], 2)).toEqual(['add-computer-to-trustedhosts', 'trustedhosts-required']);
	expect(rankWordQuery([1, 0], ['ssl-connection-failed'], 8)).toEqual([]);
	expect(rankWordQuery([], ['x'], 8)).toEqual([]);
});
