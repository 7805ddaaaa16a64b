import { describe, expect, test } from 'vitest';
import { outlineOf } from '../../../test/render-content';
import { absenceClaim, checkClaim, names, pageClaims, sentences } from './absence-claims';

const sources = new Map([
	['winrm-docs/quotas.md', 'Set MaxShellsPerUser with winrm set winrm/config/winrs.'],
	['about.md', 'Run Get-Error to view errors. MaxShellsPerUserX is another.'],
]);

describe('claims of absence', () => {
	test('sentences are split at their ends, not inside code or abbreviations of a path', () => {
		expect(sentences('One source. None of the sources names `a.b`. Another\nline!')).toEqual([
			'One source.',
			'None of the sources names `a.b`.',
			'Another line!',
		]);
	});

	test('a claim is found and told a naming claim or not', () => {
		expect(absenceClaim('None of the sources this site cites names the setting that holds this quota.', []))
			.toMatchObject({ naming: true, names: [] });
		expect(absenceClaim('No cited source documents the remote service\'s setting for unencrypted traffic.', []))
			.toMatchObject({ naming: true });
		expect(absenceClaim("No cited source documents changing the service's settings.", [])).toMatchObject({
			naming: false,
		});
		expect(absenceClaim('No source this site cites gives a procedure for this code.', [])).toMatchObject({
			naming: false,
		});
		expect(absenceClaim('None of the sources this site cites says how to fix this error.', [])).toMatchObject({
			naming: false,
		});
		// a name with a qualifier after it is about that use, not about the name
		expect(
			absenceClaim('No cited source documents Get-Error in a Windows PowerShell endpoint.', ['Get-Error'])
		).toMatchObject({ naming: false });
		expect(absenceClaim('No cited source documents Get-Error.', ['Get-Error'])).toMatchObject({
			naming: true,
			names: ['Get-Error'],
		});
		expect(absenceClaim('The source names MaxShellsPerUser.', ['MaxShellsPerUser'])).toBeUndefined();
		expect(absenceClaim('No source this site cites names a cause for this error.', [])).toMatchObject({
			naming: false,
		});
		expect(absenceClaim('No cited source gives the command that turns it back on.', [])).toMatchObject({
			naming: false,
		});
		expect(absenceClaim('No Microsoft source this site cites lists them.', [])).toMatchObject({
			naming: false,
		});
	});

	test('a naming claim fails when a vendored source names it, or when it writes no name', () => {
		const claim = absenceClaim('No source names MaxShellsPerUser.', ['MaxShellsPerUser'])!;
		expect(checkClaim(claim, sources)?.problem).toBe(
			'says no source names `MaxShellsPerUser`, but winrm-docs/quotas.md does'
		);
		const unnamed = absenceClaim('None of the sources names the setting that holds this quota.', [])!;
		expect(checkClaim(unnamed, sources)?.problem).toMatch(/writes no name in code/);
		const absent = absenceClaim('No source names MaxShellsPerPlugin.', ['MaxShellsPerPlugin'])!;
		expect(checkClaim(absent, sources)).toBeUndefined();
		const procedure = absenceClaim('No source gives a fix for this error.', [])!;
		expect(checkClaim(procedure, sources)).toBeUndefined();
	});

	test('a name is found whole and case-sensitively', () => {
		expect(names('use MaxShellsPerUserX here', 'MaxShellsPerUser')).toBe(false);
		expect(names('use maxshellsperuser here', 'MaxShellsPerUser')).toBe(false);
		expect(names('"MaxShellsPerUser"', 'MaxShellsPerUser')).toBe(true);
	});

	test("a page's claims are read from its render, with the code spans of their paragraph", async () => {
		const outline = await outlineOf(
			'## Where {#w}\n\nClose shells. No source\nnames `MaxShellsPerUser`.\n\n- No source gives a fix.\n'
		);
		expect(pageClaims(outline, ['A summary. No cited source documents a fix.'])).toEqual([
			{ sentence: 'No source names MaxShellsPerUser.', line: 3, naming: true, names: ['MaxShellsPerUser'] },
			{ sentence: 'No source gives a fix.', line: 6, naming: false, names: [] },
			{ sentence: 'No cited source documents a fix.', line: undefined, naming: false, names: [] },
		]);
	});
});
