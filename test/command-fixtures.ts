/**
 * Small reference pages in the vendored pages' format, for the unit tests of the command checker: each
 * shows one binding rule and nothing else.
 */
import { CmdletCatalog, type CmdletIndexEntry } from '../src/content/commands/catalog';
import { parseCommonParameters } from '../src/content/commands/cmdlet-reference';
import { parseWsmanDynamicParameters } from '../src/content/commands/wsman-provider';

const yaml = (
	type: string,
	sets: string,
	options: { aliases?: string; position?: string; required?: boolean; pipeline?: string } = {}
) =>
	[
		'```yaml',
		`Type: ${type}`,
		`Parameter Sets: ${sets}`,
		`Aliases: ${options.aliases ?? ''}`,
		'',
		`Required: ${options.required ? 'True' : 'False'}`,
		`Position: ${options.position ?? 'Named'}`,
		'Default value: None',
		`Accept pipeline input: ${options.pipeline ?? 'False'}`,
		'Accept wildcard characters: False',
		'```',
	].join('\n');

const COMMON =
	'### CommonParameters\n\nThis cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable,\n-InformationAction, -InformationVariable, -OutVariable, -OutBuffer, -PipelineVariable, -Verbose,\n-WarningAction, and -WarningVariable.\n';

/** Remove-Thing: sets Id (default, positional Id), Name (named), ComputerName (positional, alias Cn). */
export const REMOVE_THING = `---
aliases:
  - rmt
title: Remove-Thing
---
# Remove-Thing

## SYNTAX

### Id (Default)

\`\`\`
Remove-Thing [-Id] <Int32[]> [-Force] [-WhatIf] [<CommonParameters>]
\`\`\`

### Name

\`\`\`
Remove-Thing -Name <String[]> [-Force] [-WhatIf] [<CommonParameters>]
\`\`\`

### ComputerName

\`\`\`
Remove-Thing [-ComputerName] <String[]> [[-Port] <Int32>] [-ConfigurationName <String>] [-Force]
 [<CommonParameters>]
\`\`\`

## PARAMETERS

### -ComputerName

${yaml('System.String[]', 'ComputerName', { aliases: 'Cn', position: '0', required: true })}

### -ConfigurationName

${yaml('System.String', 'ComputerName')}

### -Force

${yaml('System.Management.Automation.SwitchParameter', '(All)')}

### -Id

${yaml('System.Int32[]', 'Id', { position: '0', required: true, pipeline: 'True (ByPropertyName)' })}

### -Name

${yaml('System.String[]', 'Name', { required: true, pipeline: 'True (ByValue)' })}

### -Port

${yaml('System.Int32', 'ComputerName', { position: '1' })}

### -WhatIf

${yaml('System.Management.Automation.SwitchParameter', '(All)', { aliases: 'wi' })}

${COMMON}
## INPUTS
`;

/** Run-Block: a script block in one set, a file path (a string at the same position) in another. */
export const RUN_BLOCK = `# Run-Block

## SYNTAX

### Session

\`\`\`
Run-Block [[-Session] <Object[]>] [-ScriptBlock] <ScriptBlock> [<CommonParameters>]
\`\`\`

### FilePath

\`\`\`
Run-Block [[-Session] <Object[]>] [-FilePath] <String> [<CommonParameters>]
\`\`\`

## PARAMETERS

### -FilePath

${yaml('System.String', 'FilePath', { position: '1', required: true })}

### -ScriptBlock

${yaml('System.Management.Automation.ScriptBlock', 'Session', { position: '1', required: true })}

### -Session

${yaml('System.Object[]', '(All)', { position: '0' })}

${COMMON}
`;

/** Set-Node: a provider cmdlet, with a set only for the Registry provider. */
export const SET_NODE = `# Set-Node

## SYNTAX

### Path (Default) - All providers

\`\`\`
Set-Node [-Path] <string[]> [[-Value] <Object>] [-Force] [<CommonParameters>]
\`\`\`

### Path (Default) - Registry provider

\`\`\`
Set-Node [-Path] <string[]> [[-Value] <Object>] [-Force] [-Type <RegistryValueKind>] [<CommonParameters>]
\`\`\`

## PARAMETERS

### -Force

${yaml('System.Management.Automation.SwitchParameter', '(All)')}

### -Path

${yaml('System.String[]', 'Path', { position: '0', required: true })}

### -Type

${yaml('Microsoft.Win32.RegistryValueKind', 'Path')}

### -Value

${yaml('System.Object', 'Path', { position: '1' })}

${COMMON}
`;

/** Show-Fault: a cmdlet documented only for PowerShell 7. */
export const SHOW_FAULT = `# Show-Fault

## SYNTAX

\`\`\`
Show-Fault [[-Newest] <Int32>] [<CommonParameters>]
\`\`\`

## PARAMETERS

### -Newest

${yaml('System.Int32', '(All)', { position: '0' })}

${COMMON}
`;

export const ABOUT_COMMON_PARAMETERS = `# about_CommonParameters

## Common parameters

### -ErrorAction

${yaml('ActionPreference', '', { aliases: 'ea' })}

### -Verbose

${yaml('SwitchParameter', '', { aliases: 'vb' })}

## Risk management parameters

### -WhatIf

${yaml('SwitchParameter', '', { aliases: 'wi' })}
`;

export const ABOUT_WSMAN_PROVIDER = `# about_WSMan_Provider

## Setting the value of items in the WSMan: drive

The \`Set-Node\` cmdlet supports an additional parameter \`-Concatenate\` that
appends a value instead of changing it.

## Dynamic parameters

### Transport \\<String\\>

Specifies the transport.

#### Cmdlets Supported

- [New-Node][06]

## Using the pipeline
`;

const PAGES: Record<string, string> = {
	'5.1/Remove-Thing': REMOVE_THING,
	'5.1/Run-Block': RUN_BLOCK,
	'5.1/Set-Node': SET_NODE,
	'7.6/Remove-Thing': REMOVE_THING,
	'7.6/Show-Fault': SHOW_FAULT,
};

/** A catalog over the fixture pages: Show-Fault is documented for 7.6 only. */
export function fixtureCatalog(): CmdletCatalog {
	const index: CmdletIndexEntry[] = Object.keys(PAGES).map((key) => {
		const [version, cmdlet] = key.split('/') as [string, string];
		return { version, module: 'Fixture', cmdlet, url: `https://example.invalid/${key}` };
	});
	return new CmdletCatalog(
		index,
		(entry) => PAGES[`${entry.version}/${entry.cmdlet}`]!,
		parseCommonParameters(ABOUT_COMMON_PARAMETERS),
		parseWsmanDynamicParameters(ABOUT_WSMAN_PROVIDER)
	);
}
