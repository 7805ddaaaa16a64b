import { describe, expect, test } from 'vitest';
import { parseFragment } from './fragment';
import { admitErrorSlug, admitValues, describeIgnored, ValueStore } from './value-store';

describe('admitValues', () => {
	test('keeps valid values of known kinds, trimmed', () => {
		expect(
			admitValues([
				['computer', ' SRV-APP01 '],
				['user', 'CORP\\ops'],
			])
		).toEqual({
			values: { computer: 'SRV-APP01', user: 'CORP\\ops' },
			ignored: 0,
		});
	});

	test('a spoofing link keeps none of its text and counts it as ignored', () => {
		const { params } = parseFragment('#computer=SRV01.%20URGENT:%20call%20+1-555-0100');
		const admitted = admitValues(params);
		expect(admitted).toEqual({ values: {}, ignored: 1 });
		expect(JSON.stringify(admitted)).not.toMatch(/URGENT|555/);
	});

	test('markup, commands and non-strings are refused; other keys are not values', () => {
		expect(
			admitValues([
				['computer', 'x"<img src=x onerror=alert(1)>'],
				['user', "a'; Remove-Item C:\\"],
				['port', 5986],
				['from', 'access-denied'],
				['to', 'step-1'],
			])
		).toEqual({ values: {}, ignored: 3 });
	});

	test('the first value of a kind wins', () => {
		expect(
			admitValues([
				['port', '5986'],
				['port', '80'],
			]).values
		).toEqual({ port: '5986' });
	});
});

describe('ValueStore', () => {
	test('starts from admitted values only', () => {
		const store = new ValueStore([
			['computer', 'srv01'],
			['ip', 'not an ip'],
		]);
		expect(store.values).toEqual({ computer: 'srv01' });
	});

	test('set validates: an invalid entry removes the kind and says why', () => {
		const store = new ValueStore([['computer', 'srv01']]);
		const refused = store.set('computer', 'db 07');
		expect(refused.ok).toBe(false);
		expect(!refused.ok && refused.reason).toContain('not a computer name');
		expect(store.values).toEqual({});
		expect(store.set('computer', 'db-07')).toEqual({ ok: true, value: 'db-07' });
		expect(store.values).toEqual({ computer: 'db-07' });
	});

	test('listeners hear each real change once, and the examples switch hides the values', () => {
		const store = new ValueStore();
		const seen: string[] = [];
		store.subscribe((s) => seen.push(JSON.stringify(s.shown)));
		store.set('port', '5986');
		store.set('port', '5986');
		store.showExamples(true);
		store.showExamples(false);
		store.clear();
		expect(seen).toEqual(['{}', '{"port":"5986"}', '{}', '{"port":"5986"}', '{}']);
	});

	test('entries come in the kinds’ own order', () => {
		const store = new ValueStore([
			['user', 'CORP\\ops'],
			['computer', 'srv01'],
		]);
		expect(store.entries()).toEqual([
			['computer', 'srv01'],
			['user', 'CORP\\ops'],
		]);
	});
});

test('describeIgnored says how many, never which', () => {
	expect(describeIgnored(0, 'the link')).toBe('');
	expect(describeIgnored(1, 'the link')).toBe(
		'1 value from the link was ignored because it is not valid.'
	);
	expect(describeIgnored(2, 'the link')).toBe(
		'2 values from the link were ignored because they are not valid.'
	);
});

test('admitErrorSlug keeps only an error it knows', () => {
	const known = new Map([['access-denied', 'Access is denied']]);
	expect(admitErrorSlug('access-denied', known)).toBe('Access is denied');
	expect(admitErrorSlug('URGENT call 555', known)).toBeUndefined();
	expect(admitErrorSlug(undefined, known)).toBeUndefined();
});
