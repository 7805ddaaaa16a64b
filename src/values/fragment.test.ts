import { expect, test } from 'vitest';
import { formatFragment, parseFragment } from './fragment';

test('a query round-trips through the fragment, newlines and all', () => {
	const query =
		'Enter-PSSession : Connecting to remote server SRV01 failed…\nAt line:1 char:1 & 100% <b>';
	const parsed = parseFragment(formatFragment({ query }));
	expect(parsed.query).toBe(query);
});

test('a plain anchor is an anchor', () => {
	expect(parseFragment('#add-to-existing-list')).toEqual({
		query: undefined,
		anchor: 'add-to-existing-list',
		params: new Map(),
	});
});

test('values and an anchor travel together', () => {
	const hash = formatFragment({
		anchor: 'add-an-ip-address',
		params: new Map([['ip', '10.10.1.3']]),
	});
	expect(hash).toBe('#to=add-an-ip-address&ip=10.10.1.3');
	expect(parseFragment(hash)).toEqual({
		query: undefined,
		anchor: 'add-an-ip-address',
		params: new Map([['ip', '10.10.1.3']]),
	});
});

test('a malformed escape is ignored, not thrown', () => {
	expect(parseFragment('#q=%E0%A4%A').query).toBeUndefined();
});

test('unpaired surrogates and control characters are encoded, not thrown on', () => {
	expect(
		parseFragment(formatFragment({ query: '\ud800Access\u0000 is \u202edenied\udfff' })).query
	).toBe('\ufffdAccess\u0000 is \u202edenied\ufffd');
});

test('a long query is cut so the address stays shareable', () => {
	expect(parseFragment(formatFragment({ query: 'x'.repeat(10_000) })).query).toHaveLength(2_000);
});
