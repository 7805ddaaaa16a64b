import { describe, expect, test } from 'vitest';
import { readEntries } from '../../test/load-content';
import { checkContent, formatProblems, type ErrorEntryInput, type FixEntryInput } from './content-checks';

function fix(id: string, body = '## Do it {#do-it}\n\nText.\n'): FixEntryInput {
	return { id, filePath: `content/fixes/${id}.mdx`, body, data: {} };
}

function error(id: string, overrides: Partial<ErrorEntryInput['data']> = {}, body = ''): ErrorEntryInput {
	return {
		id,
		filePath: `content/errors/${id}.mdx`,
		body,
		data: {
			messages: [`The ${id} message happened.`],
			otherWordings: [],
			signals: { errorIds: [], codes: [], exceptions: [] },
			fixes: [{ fix: { id: 'enable-remoting' } }],
			...overrides,
		},
	};
}

const fixes = [fix('enable-remoting'), fix('run-as-administrator')];

function problemsOf(errors: ErrorEntryInput[], fixEntries: FixEntryInput[] = fixes) {
	return checkContent(errors, fixEntries).map((p) => `${p.file} | ${p.field} | ${p.message}`);
}

describe('checkContent', () => {
	test('the real content has no problems', () => {
		const errors = readEntries('errors').map((e) => ({
			...e,
			data: {
				...e.data,
				otherWordings: (e.data.otherWordings ?? []).map((w: string | { text: string }) => (typeof w === 'string' ? { text: w } : w)),
				signals: { errorIds: [], codes: [], exceptions: [], ...e.data.signals },
				fixes: e.data.fixes.map((f: { fix: string }) => ({ fix: { id: f.fix } })),
			},
		})) as ErrorEntryInput[];
		expect(formatProblems(checkContent(errors, readEntries('fixes')))).toBe('');
	});

	test('sound fixture entries pass', () => {
		expect(problemsOf([error('access-denied'), error('quota-exceeded')])).toEqual([]);
	});

	test('a slug that is not kebab-case names the file and the slug', () => {
		expect(problemsOf([error('Access_Denied')])).toEqual([
			expect.stringMatching(/^content\/errors\/Access_Denied\.mdx \| slug \| "Access_Denied" is not kebab-case/),
		]);
	});

	test('a reference to a fix that does not exist names the field path', () => {
		const broken = error('access-denied', { fixes: [{ fix: { id: 'enable-remoting' } }, { fix: { id: 'no-such-fix' } }] });
		expect(problemsOf([broken])).toEqual([
			'content/errors/access-denied.mdx | fixes[1].fix | no fix named "no-such-fix" exists in content/fixes/',
		]);
	});

	test('the same fix listed twice is reported', () => {
		const broken = error('access-denied', { fixes: [{ fix: { id: 'enable-remoting' } }, { fix: { id: 'enable-remoting' } }] });
		expect(problemsOf([broken])).toEqual(['content/errors/access-denied.mdx | fixes[1].fix | "enable-remoting" is listed twice']);
	});

	test('a message claimed by two errors is reported, even with other case, spacing and punctuation', () => {
		const first = error('access-denied', { messages: ['Access is denied.'] });
		const second = error('other-error', { messages: ['ACCESS IS   DENIED'] });
		expect(problemsOf([first, second])).toEqual([
			expect.stringMatching(/^content\/errors\/other-error\.mdx \| messages\[0\] \| "ACCESS IS {3}DENIED" is already claimed by error "access-denied"/),
		]);
	});

	test('another wording that repeats a message is reported', () => {
		const broken = error('access-denied', { messages: ['Access is denied.'], otherWordings: [{ text: 'access is denied' }] });
		expect(problemsOf([broken])).toEqual([expect.stringContaining('| otherWordings[0] | "access is denied" is already claimed by this entry')]);
	});

	test('a signal claimed by two errors is reported, whatever the code notation', () => {
		const first = error('access-denied', { signals: { errorIds: ['AccessDenied'], codes: ['0x80070005'], exceptions: [] } });
		const second = error('other-error', { signals: { errorIds: ['accessdenied'], codes: ['2147942405'], exceptions: [] } });
		expect(problemsOf([first, second])).toEqual([
			'content/errors/other-error.mdx | signals.errorIds[0] | "accessdenied" is already a signal of error "access-denied"',
			'content/errors/other-error.mdx | signals.codes[0] | "2147942405" is already a signal of error "access-denied"',
		]);
	});

	test('a heading without an explicit id names the line and suggests one', () => {
		const broken = fix('enable-remoting', 'Intro.\n\n## Open an elevated session\n\nText.\n');
		expect(problemsOf([], [broken, fix('run-as-administrator')])).toEqual([
			'content/fixes/enable-remoting.mdx | body line 3 | heading "Open an elevated session" needs an explicit stable id, e.g. "## Open an elevated session {#open-an-elevated-session}"',
		]);
	});

	test('duplicate heading ids and an h1 in the body are reported', () => {
		const broken = fix('enable-remoting', '# Title {#title}\n\n## One {#step}\n\n## Two {#step}\n');
		expect(problemsOf([], [broken])).toEqual([
			expect.stringContaining('| body line 1 | an entry has no h1 of its own'),
			'content/fixes/enable-remoting.mdx | body line 5 | heading id "step" is used twice',
		]);
	});

	test('headings inside code fences are not headings', () => {
		const body = '## Step {#step}\n\n```powershell\n# a comment, not a heading\nGet-Item wsman:\\localhost\n```\n';
		expect(problemsOf([], [fix('enable-remoting', body)])).toEqual([]);
	});

	test('a slot whose example is not in its block fails, naming the block line', () => {
		const body = '## Step {#step}\n\n```powershell slots="computer=Server02"\nInvoke-Command -ComputerName Server01\n```\n';
		expect(problemsOf([], [fix('enable-remoting', body)])).toEqual([
			'content/fixes/enable-remoting.mdx | code block at body line 3 | slot computer="Server02" does not occur in its code block',
		]);
	});

	test('an unknown slot kind, overlapping slots and two primary blocks are reported', () => {
		const body = [
			'## Step {#step}',
			'```powershell primary slots="host=Server01"',
			'Invoke-Command -ComputerName Server01',
			'```',
			'```powershell primary slots="computer=Server01.Domain01 domain=Domain01"',
			"$s = 'Server01.Domain01'",
			'```',
		].join('\n');
		expect(problemsOf([], [fix('enable-remoting', body)])).toEqual([
			expect.stringContaining('| code block at body line 2 | slot kind "host" is not one of computer, ip, domain, user, port, configuration, path'),
			expect.stringContaining('| code block at body line 5 | slots computer="Server01.Domain01" and domain="Domain01" overlap'),
			'content/fixes/enable-remoting.mdx | body | 2 code blocks are marked primary; at most one may be',
		]);
	});

	test('slots on a block that is not PowerShell are refused', () => {
		const body = '```text slots="computer=Server01"\nServer01\n```\n';
		expect(problemsOf([], [fix('enable-remoting', body)])).toEqual([
			expect.stringContaining('slots and primary are only for powershell blocks'),
		]);
	});

	test('a retired entry must point at an entry that exists', () => {
		const retired = error('old-error', { retired: { replacedBy: 'new-error' } });
		expect(problemsOf([retired])).toEqual(['content/errors/old-error.mdx | retired.replacedBy | no entry named "new-error"']);
	});
});
