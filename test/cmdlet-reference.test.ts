/** The cmdlet pages an entry may cite are exactly the vendored ones, each with its public URL. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
// A plain ES module of the scripts, without types.
import { indexCmdletReference } from '../scripts/index-cmdlet-reference.mjs';
import { SOURCE_IDS, sourceOf } from '../src/content/sources';

test('sources/cmdlet-reference/index.json lists every vendored page (run scripts/index-cmdlet-reference.mjs)', () => {
	const committed: unknown = JSON.parse(
		readFileSync(new URL('../sources/cmdlet-reference/index.json', import.meta.url), 'utf8')
	);
	expect(committed).toEqual(indexCmdletReference());
});

test('a cmdlet page is cited by version and name and links its page on learn.microsoft.com', () => {
	const source = sourceOf('cmdlet-7.6/Remove-PSSession');
	expect(source.title).toBe('Remove-PSSession (PowerShell 7.6)');
	expect(source.url).toBe(
		'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/remove-pssession?view=powershell-7.6'
	);
	expect(SOURCE_IDS).toContain('cmdlet-5.1/Enable-WSManCredSSP');
	expect(SOURCE_IDS).toContain('cmdlet-winserver2025/Get-NetFirewallRule');
});
