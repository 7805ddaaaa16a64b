import { describe, expect, test } from 'vitest';
import { quoteFor, stringContextAt } from './powershell-quote';

/** The context at the first occurrence of `marker` in `code`. */
const contextOf = (code: string, marker = 'X') => stringContextAt(code, code.indexOf(marker));

describe('stringContextAt', () => {
	test.each([
		['Invoke-Command -ComputerName X', 'bare'],
		["$server = 'X'", 'single'],
		['Set-Item wsman:\\localhost\\Client\\TrustedHosts -Value "$curValue, X"', 'double'],
		["$a = 'it''s X'", 'single'],
		['$a = "say `"X"', 'double'],
		["$a = 'done' ; X", 'bare'],
		["$h = @'\nline X\n'@", 'here-single'],
		['$h = @"\nline X\n"@\n', 'here-double'],
		["$h = @'\nline\n'@\nX", 'bare'],
		['# a comment with X', 'comment'],
		['<# block X #>', 'bare'],
		['\u2018typographic X\u2019', 'single'],
	])('%j is %s', (code, expected) => {
		expect(contextOf(code)).toBe(expected);
	});
});

describe('quoteFor', () => {
	test('single quotes double every single quote, typographic ones included', () => {
		expect(quoteFor("O'Brien", 'single')).toEqual({ ok: true, text: "O''Brien" });
		expect(quoteFor('O\u2019Brien', 'single')).toEqual({ ok: true, text: 'O\u2019\u2019Brien' });
		expect(quoteFor('$env:x `n', 'single')).toEqual({ ok: true, text: '$env:x `n' });
	});

	test('double quotes escape $, backtick and quotes with a backtick', () => {
		expect(quoteFor('a$b`c"d', 'double')).toEqual({ ok: true, text: 'a`$b``c`"d' });
		expect(quoteFor('$(Remove-Item C:\\ -Recurse)', 'double')).toEqual({
			ok: true,
			text: '`$(Remove-Item C:\\ -Recurse)',
		});
		expect(quoteFor('a$b', 'here-double')).toEqual({ ok: true, text: 'a`$b' });
	});

	test('a bare argument takes only characters that keep it one literal token', () => {
		expect(quoteFor('srv-01.corp.example.com', 'bare')).toEqual({
			ok: true,
			text: 'srv-01.corp.example.com',
		});
		expect(quoteFor('CORP\\svc_deploy', 'bare')).toEqual({ ok: true, text: 'CORP\\svc_deploy' });
		for (const hostile of [
			'srv; Remove-Item C:\\',
			'a b',
			'x$(y)',
			"x'y",
			'x"y',
			'x`y',
			'x|y',
			'x&y',
			'x@y',
		]) {
			expect(quoteFor(hostile, 'bare').ok, hostile).toBe(false);
		}
	});

	test('no value may break a line or carry NUL, in any context', () => {
		for (const context of ['bare', 'single', 'double', 'here-single', 'here-double'] as const) {
			expect(quoteFor("x\n'@\nRemove-Item C:\\", context).ok).toBe(false);
			expect(quoteFor('x\0y', context).ok).toBe(false);
		}
	});
});
