import { describe, expect, test } from 'vitest';
import { loadEntries } from '../../test/load-content';
import { outlineOf } from '../../test/render-content';
import { budget, entryFiles } from '../../test/rendered-entries';
import { checkContent, formatProblems, type ErrorEntryInput, type FixEntryInput } from './content-checks';

/** A fix whose body is rendered through the site's pipeline, as the catalog sees it. */
async function fix(id: string, body = '## Do it {#do-it}\n\nText.\n'): Promise<FixEntryInput> {
	const filePath = `content/fixes/${id}.mdx`;
	return { id, filePath, outline: await outlineOf(body, filePath), data: {} };
}

function error(id: string, overrides: Partial<ErrorEntryInput['data']> = {}): ErrorEntryInput {
	return {
		id,
		filePath: `content/errors/${id}.mdx`,
		outline: { headings: [], codeBlocks: [], inlineCode: [], asides: [], paragraphs: [] },
		data: {
			messages: [{ text: `The ${id} message happened.` }],
			otherWordings: [],
			signals: { errorIds: [], codes: [], exceptions: [] },
			fixes: [{ fix: { id: 'enable-remoting' } }],
			...overrides,
		},
	};
}

const fixes = await Promise.all([fix('enable-remoting'), fix('run-as-administrator')]);

function problemsOf(errors: ErrorEntryInput[], fixEntries: FixEntryInput[] = fixes) {
	return checkContent(errors, fixEntries).map((p) => `${p.file} | ${p.field} | ${p.message}`);
}

describe('checkContent', () => {
	test('the real content, parsed by its schemas and rendered by the pipeline, has no problems', async () => {
		const withOutline = async <T extends { filePath: string; body: string }>(entry: T) => ({
			...entry,
			outline: await outlineOf(entry.body, entry.filePath),
		});
		const errors = await Promise.all(loadEntries('errors').map(withOutline));
		const fixEntries = await Promise.all(loadEntries('fixes').map(withOutline));
		expect(errors.length).toBeGreaterThan(10);
		expect(formatProblems(checkContent(errors, fixEntries))).toBe('');
		// Rendering every entry grows with the catalog: its budget does too (test/rendered-entries.ts).
	}, budget(entryFiles().length));

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

	test('fix groups: every fix has one or none has, and a group stands together', () => {
		const grouped = (...groups: (string | undefined)[]) =>
			error('access-denied', { fixes: groups.map((group, i) => ({ fix: { id: ['enable-remoting', 'run-as-administrator', 'third'][i]! }, group })) });
		const three = [...fixes, { ...fixes[0], id: 'third' }];
		expect(problemsOf([grouped('Your account', 'Your account', 'Policy')], three)).toEqual([]);
		expect(problemsOf([grouped('Your account', undefined, 'Policy')], three)).toEqual([
			'content/errors/access-denied.mdx | fixes[1].group | missing: when one fix of an error has a group, every fix needs one',
		]);
		expect(problemsOf([grouped('Your account', 'Policy', 'Your account')], three)).toEqual([
			'content/errors/access-denied.mdx | fixes[2].group | "Your account" was used before another group; a group\'s fixes stand together',
		]);
	});

	test('a message claimed by two errors is reported, even with other case, spacing and punctuation', () => {
		const first = error('access-denied', { messages: [{ text: 'Access is denied.' }] });
		const second = error('other-error', { messages: [{ text: 'ACCESS IS   DENIED' }] });
		expect(problemsOf([first, second])).toEqual([
			expect.stringMatching(/^content\/errors\/other-error\.mdx \| messages\[0\] \| "ACCESS IS {3}DENIED" is already claimed by error "access-denied"/),
		]);
	});

	test('another wording that repeats a message is reported', () => {
		const broken = error('access-denied', { messages: [{ text: 'Access is denied.' }], otherWordings: [{ text: 'access is denied' }] });
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

	test('a heading without an explicit id names the line and suggests one', async () => {
		const broken = await fix('enable-remoting', 'Intro.\n\n## Open an elevated session\n\nText.\n');
		expect(problemsOf([], [broken, fixes[1]])).toEqual([
			'content/fixes/enable-remoting.mdx | line 3 | heading "Open an elevated session" needs an explicit stable id, e.g. "## Open an elevated session {#open-an-elevated-session}"',
		]);
	});

	test('duplicate heading ids and an h1 in the body are reported, inside a component too', async () => {
		const broken = await fix('enable-remoting', '# Title {#title}\n\n## One {#step}\n\n<Aside type="note">\n### Two {#step}\n</Aside>\n');
		expect(problemsOf([], [broken])).toEqual([
			expect.stringContaining('| line 1 | an entry has no h1 of its own'),
			'content/fixes/enable-remoting.mdx | line 6 | heading id "step" is used twice',
		]);
	});

	test('headings inside code fences are not headings', async () => {
		const body = '## Step {#step}\n\n```powershell\n# a comment, not a heading\nGet-Item wsman:\\localhost\n```\n';
		expect(problemsOf([], [await fix('enable-remoting', body)])).toEqual([]);
	});

	test('two primary blocks are reported with their lines', async () => {
		const body = ['## Step {#step}', '```powershell primary', 'Get-Item x', '```', '```powershell primary', 'Get-Item y', '```'].join('\n');
		expect(problemsOf([], [await fix('enable-remoting', body)])).toEqual([
			'content/fixes/enable-remoting.mdx | body | the code blocks at lines 2, 5 are all marked primary; at most one may be',
		]);
	});

	test('a retired entry must point at an entry that exists', () => {
		const retired = error('old-error', { retired: { replacedBy: 'new-error' } });
		expect(problemsOf([retired])).toEqual(['content/errors/old-error.mdx | retired.replacedBy | no entry named "new-error"']);
	});
});
