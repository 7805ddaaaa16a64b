import { describe, expect, test } from 'vitest';
import { CodeMetaError, locateSlots, parseCodeMeta } from './code-meta';

describe('parseCodeMeta', () => {
	test('reads primary and slots in any order', () => {
		expect(parseCodeMeta('slots="computer=Server01 user=Domain01\\Admin01" primary')).toEqual({
			primary: true,
			slots: [
				{ kind: 'computer', example: 'Server01' },
				{ kind: 'user', example: 'Domain01\\Admin01' },
			],
		});
	});

	test('no meta means no slots and not primary', () => {
		expect(parseCodeMeta(undefined)).toEqual({ primary: false, slots: [] });
		expect(parseCodeMeta('')).toEqual({ primary: false, slots: [] });
	});

	test('keeps the part after the first = as the example', () => {
		expect(parseCodeMeta('slots="path=C:\\a=b"').slots).toEqual([
			{ kind: 'path', example: 'C:\\a=b' },
		]);
	});

	test('ps="7" scopes a block to PowerShell 7; nothing else is a scope', () => {
		expect(parseCodeMeta('primary ps="7"')).toMatchObject({ primary: true, ps: '7' });
		expect(parseCodeMeta('primary').ps).toBeUndefined();
		expect(() => parseCodeMeta('ps="5.1"')).toThrow(/is not a PowerShell scope/);
	});

	test.each([
		['title="x"', /unknown code block option/],
		['slots="computer"', /must be written kind=example/],
		['slots="=Server01"', /must be written kind=example/],
		['slots="machine=Server01"', /slot kind "machine" is not one of/],
		['slots=""', /declares no slot/],
	])('refuses %s', (meta, message) => {
		expect(() => parseCodeMeta(meta)).toThrow(message);
	});
});

describe('locateSlots', () => {
	test('finds every occurrence of each example, in order', () => {
		const code = "$a = 'Server01'\nInvoke-Command -ComputerName Server01 -Port 8080";
		expect(
			locateSlots(code, [
				{ kind: 'port', example: '8080' },
				{ kind: 'computer', example: 'Server01' },
			])
		).toEqual([
			{ kind: 'computer', example: 'Server01', start: 6, end: 14 },
			{ kind: 'computer', example: 'Server01', start: 45, end: 53 },
			{ kind: 'port', example: '8080', start: 60, end: 64 },
		]);
	});

	test('an example that is not in the block is an error', () => {
		expect(() => locateSlots('Get-Item x', [{ kind: 'computer', example: 'Server01' }])).toThrow(
			CodeMetaError
		);
	});

	test('the same example declared twice overlaps itself', () => {
		expect(() =>
			locateSlots('Server01', [
				{ kind: 'computer', example: 'Server01' },
				{ kind: 'computer', example: 'Server01' },
			])
		).toThrow(/overlap/);
	});
});
