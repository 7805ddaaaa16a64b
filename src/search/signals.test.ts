import { expect, test } from 'vitest';
import { normalizeCode } from './signals';

test('every notation of one code normalises to the same number', () => {
	expect(normalizeCode('0x80338012')).toBe(2150858770);
	expect(normalizeCode('2150858770')).toBe(2150858770);
	expect(normalizeCode('-2144108526')).toBe(2150858770);
	expect(normalizeCode('0X80338012')).toBe(2150858770);
	expect(normalizeCode(' 5 ')).toBe(5);
});

test.each(['', 'abc', '0x', '0x1234567890', '99999999999', '1.5', '0xZZ'])(
	'%j is not a code',
	(text) => {
		expect(normalizeCode(text)).toBeUndefined();
	}
);
