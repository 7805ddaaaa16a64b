import { describe, expect, test } from 'vitest';
import {
	forgetPastes,
	holdsValues,
	keepPaste,
	keptPaste,
	MAX_KEPT_PASTE_CHARS,
	MAX_KEPT_PASTES,
	mergeValues,
	PASTES_KEY,
	readValues,
	VALUES_KEY,
	writeValues,
	type KeyValueStorage,
} from './tab-storage';

/** An in-memory Storage, as a tab's sessionStorage behaves. */
function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & {
	items: Map<string, string>;
} {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
	};
}

/** A Storage the browser has turned off: every call throws. */
const refusing: KeyValueStorage = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('QuotaExceededError');
	},
	removeItem: () => {
		throw new Error('SecurityError');
	},
};

describe('the values a tab keeps', () => {
	test('are written and read back, and no values leave no entry', () => {
		const tab = memoryStorage();
		writeValues(tab, [
			['computer', 'SRV-APP01'],
			['user', 'CORP\\ops'],
		]);
		expect(readValues(tab)).toEqual({ computer: 'SRV-APP01', user: 'CORP\\ops' });
		expect(holdsValues(tab)).toBe(true);
		writeValues(tab, []);
		expect(tab.items.has(VALUES_KEY)).toBe(false);
		expect(holdsValues(tab)).toBe(false);
	});

	test('are admitted again on every read: a value of the wrong kind, or not a value, is dropped', () => {
		const tab = memoryStorage({
			[VALUES_KEY]: JSON.stringify({
				computer: 'x"<img src=x onerror=alert(1)>',
				user: "a'; Remove-Item C:\\",
				port: 5986,
				ip: '10.0.0.12',
				q: 'a pasted text',
			}),
		});
		expect(readValues(tab)).toEqual({ ip: '10.0.0.12' });
		expect(readValues(memoryStorage({ [VALUES_KEY]: '{not json' }))).toEqual({});
		expect(readValues(memoryStorage({ [VALUES_KEY]: '["computer","SRV01"]' }))).toEqual({});
	});

	test("a followed result's values replace the tab's of their kind and keep the others", () => {
		const tab = memoryStorage();
		writeValues(tab, [
			['computer', 'OLD-SRV'],
			['user', 'CORP\\ops'],
		]);
		mergeValues(
			tab,
			new Map([
				['computer', 'QA-WEB-4'],
				['port', 'not a port'],
			])
		);
		expect(readValues(tab)).toEqual({ computer: 'QA-WEB-4', user: 'CORP\\ops' });
	});

	test('a result with no valid value leaves the tab as it was', () => {
		const tab = memoryStorage();
		mergeValues(tab, new Map([['computer', 'srv01"; Remove-Item']]));
		expect(tab.items.size).toBe(0);
	});

	test('a storage that refuses every call leaves the page working without it', () => {
		expect(() => writeValues(refusing, [['computer', 'SRV01']])).not.toThrow();
		expect(readValues(refusing)).toEqual({});
		expect(holdsValues(refusing)).toBe(false);
		expect(() => mergeValues(refusing, new Map([['computer', 'SRV01']]))).not.toThrow();
		expect(() => keepPaste(refusing, '/', 'Access is denied.')).not.toThrow();
		expect(keptPaste(refusing, '/')).toBeUndefined();
		expect(readValues(undefined)).toEqual({});
	});
});

describe('the pastes a tab keeps for Back', () => {
	test('one per page, the last one searched; an emptied box forgets it', () => {
		const tab = memoryStorage();
		keepPaste(tab, '/', 'Access is denied.');
		keepPaste(tab, '/fixes/enable-remoting/', 'The WinRM client cannot process the request.');
		keepPaste(tab, '/', 'Access is denied. For more information');
		expect(keptPaste(tab, '/')).toBe('Access is denied. For more information');
		expect(keptPaste(tab, '/fixes/enable-remoting/')).toBe(
			'The WinRM client cannot process the request.'
		);
		expect(keptPaste(tab, '/errors/')).toBeUndefined();
		keepPaste(tab, '/', '   ');
		expect(keptPaste(tab, '/')).toBeUndefined();
		forgetPastes(tab);
		expect(tab.items.has(PASTES_KEY)).toBe(false);
	});

	test(`only the last ${MAX_KEPT_PASTES} pages keep theirs, and a whole log is not kept`, () => {
		const tab = memoryStorage();
		for (let i = 0; i <= MAX_KEPT_PASTES; i++) keepPaste(tab, `/page-${i}/`, `paste ${i}`);
		expect(keptPaste(tab, '/page-0/')).toBeUndefined();
		expect(keptPaste(tab, '/page-1/')).toBe('paste 1');
		expect(keptPaste(tab, `/page-${MAX_KEPT_PASTES}/`)).toBe(`paste ${MAX_KEPT_PASTES}`);
		keepPaste(tab, '/page-1/', 'x'.repeat(MAX_KEPT_PASTE_CHARS + 1));
		expect(keptPaste(tab, '/page-1/')).toBeUndefined();
	});

	test('a kept entry that is not a path and a text is ignored', () => {
		const tab = memoryStorage({
			[PASTES_KEY]: JSON.stringify([['/', 42], 'junk', ['/errors/', 'Access is denied.']]),
		});
		expect(keptPaste(tab, '/')).toBeUndefined();
		expect(keptPaste(tab, '/errors/')).toBe('Access is denied.');
	});
});
