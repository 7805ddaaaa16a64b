import { expect, test } from 'vitest';
import { headingAnchor, isKebabCase, kebabOf } from './slug';

test.each(['access-denied', 'io-aborted', 'term-not-recognized-32bit', 'a'])('%s is kebab-case', (slug) => {
	expect(isKebabCase(slug)).toBe(true);
});

test.each(['Access-Denied', 'access_denied', '-access', 'access-', 'access--denied', 'access denied', ''])(
	'%j is not kebab-case',
	(slug) => {
		expect(isKebabCase(slug)).toBe(false);
	},
);

test('upstream anchors follow learn.microsoft.com headings', () => {
	expect(headingAnchor('How to enable remoting')).toBe('how-to-enable-remoting');
	expect(headingAnchor('How to detect a 32-bit session on a 64-bit computer')).toBe(
		'how-to-detect-a-32-bit-session-on-a-64-bit-computer',
	);
	expect(headingAnchor('How to change the execution policy for Import-PSSession and Import-Module')).toBe(
		'how-to-change-the-execution-policy-for-import-pssession-and-import-module',
	);
});

test('an id made from a title is kebab-case', () => {
	expect(kebabOf('Policy, on many computers')).toBe('policy-on-many-computers');
	expect(kebabOf("Client's settings: TrustedHosts")).toBe('client-s-settings-trustedhosts');
	expect(kebabOf('!!!')).toBe('section');
});
