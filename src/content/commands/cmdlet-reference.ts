/**
 * A cmdlet's documented parameters, read from its reference page (PlatyPS Markdown, as vendored under
 * `sources/cmdlet-reference/`): the `## SYNTAX` section gives one `### <set name>` heading and code block
 * per parameter set, where brackets mark what is optional (`[-Name <T>]`) or positional (`[-Name] <T>`);
 * the `## PARAMETERS` section gives each `### -Name` a YAML block with its Type, Aliases, Position, Required,
 * pipeline input and parameter sets; the front matter's `aliases:` lists the cmdlet's own aliases
 * (`dir` for Get-ChildItem).
 *
 * A set heading may name the providers it holds for (`### Path (Default) - Registry provider`): such a set
 * carries that provider's dynamic parameters, and the binder only uses it on that provider's paths.
 */

export interface SetParameter {
	name: string;
	mandatory: boolean;
	/** Written `[-Name] <T>` or `[[-Name] <T>]`: it takes a positional argument. */
	positional: boolean;
}

export interface ParameterSet {
	name: string;
	isDefault: boolean;
	/** The providers the set is documented for (`Registry`), or `undefined` for every provider. */
	providers: string[] | undefined;
	/** The set's parameters as SYNTAX lists them; `positionals` gives the positional ones in binding order. */
	parameters: SetParameter[];
	positionals: string[];
	/** The line of the SYNTAX block, as the page writes it, for messages. */
	syntax: string;
}

export interface ParameterDoc {
	name: string;
	type: string;
	aliases: string[];
	isSwitch: boolean;
	/** Accepts pipeline input (by value or by property name) in at least one set. */
	pipeline: boolean;
}

export interface CmdletDoc {
	name: string;
	/** The version folder it was read from (`5.1`, `7.6`, `winserver2025`). */
	version: string;
	module: string;
	/** The cmdlet's own aliases, from the front matter. */
	aliases: string[];
	sets: ParameterSet[];
	/** Every documented parameter, by lower-case name. */
	parameters: Map<string, ParameterDoc>;
	/** The common parameters its `### CommonParameters` paragraph says it supports (`ErrorAction`, …). */
	commonParameters: string[];
}

export class ReferencePageError extends Error {}

/** The body of a `## Heading` section (up to the next `## `), or `undefined`. */
function section(page: string, heading: string): string | undefined {
	const start = page.search(new RegExp(`^## ${heading}[ \\t]*$`, 'm'));
	if (start < 0) return undefined;
	const rest = page.slice(start).replace(/^[^\n]*\n/, '');
	const end = rest.search(/^## /m);
	return end < 0 ? rest : rest.slice(0, end);
}

/** `### heading` → its fenced block's text, in page order. */
function headedBlocks(text: string): { heading: string; block: string }[] {
	const found: { heading: string; block: string }[] = [];
	const pattern = /^### ([^\n]+)\n[\s\S]*?^```[^\n]*\n([\s\S]*?)^```/gm;
	for (const match of text.matchAll(pattern)) {
		found.push({ heading: match[1]!.trim(), block: match[2]! });
	}
	return found;
}

const SYNTAX_TOKEN =
	/\[<CommonParameters>\]|\[\[-([\w-]+)\]\s*<[^>]*>\]|\[-([\w-]+)\]\s*<[^>]*>|\[-([\w-]+)(?:\s*<[^>]*>)?\]|-([\w-]+)(?:\s*<[^>]*>)?/g;

/** The parameters one SYNTAX block lists, with what its brackets say. */
export function parseSyntaxBlock(block: string): SetParameter[] {
	const line = block.replace(/\s+/g, ' ').trim();
	const parameters: SetParameter[] = [];
	// Skip the cmdlet name itself: tokens start at the first space.
	const body = line.slice(line.indexOf(' ') + 1);
	for (const match of body.matchAll(SYNTAX_TOKEN)) {
		const [, optionalPositional, mandatoryPositional, optionalNamed, mandatoryNamed] = match;
		if (optionalPositional)
			parameters.push({ name: optionalPositional, mandatory: false, positional: true });
		else if (mandatoryPositional)
			parameters.push({ name: mandatoryPositional, mandatory: true, positional: true });
		else if (optionalNamed)
			parameters.push({ name: optionalNamed, mandatory: false, positional: false });
		else if (mandatoryNamed)
			parameters.push({ name: mandatoryNamed, mandatory: true, positional: false });
	}
	return parameters;
}

/** `Path (Default) - Alias and Function providers` → name, default, providers. */
function parseSetHeading(heading: string): {
	name: string;
	isDefault: boolean;
	providers: string[] | undefined;
} {
	const [head, providerText] = heading.split(/\s+-\s+/, 2) as [string, string | undefined];
	const isDefault = /\(Default\)/i.test(head);
	const name = head.replace(/\(Default\)/i, '').trim();
	let providers: string[] | undefined;
	if (providerText && !/^All providers$/i.test(providerText.trim())) {
		providers = providerText
			.replace(/\bproviders?\b/gi, '')
			.split(/,|\band\b/)
			.map((word) => word.trim())
			.filter(Boolean);
	}
	return { name, isDefault, providers };
}

interface YamlFacts {
	type: string;
	sets: string[];
	aliases: string[];
	position: string;
	pipeline: boolean;
}

function yamlFacts(block: string): YamlFacts {
	const field = (name: string) =>
		new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(block)?.[1]?.trim() ?? '';
	const list = (text: string) =>
		text
			.split(',')
			.map((item) => item.trim())
			.filter(Boolean);
	return {
		type: field('Type'),
		sets: list(field('Parameter Sets')),
		aliases: list(field('Aliases')),
		position: field('Position'),
		pipeline: /^True\b/i.test(field('Accept pipeline input')),
	};
}

/** The front matter's `aliases:` list. */
function frontMatterAliases(page: string): string[] {
	const front = /^---\n([\s\S]*?)\n---/.exec(page)?.[1] ?? '';
	const list = /^aliases:[ \t]*\n((?:[ \t]+-[^\n]*\n?)+)/m.exec(front)?.[1] ?? '';
	return [...list.matchAll(/-[ \t]*(\S+)/g)].map((match) => match[1]!);
}

/** Parses one reference page; throws `ReferencePageError` when it has no SYNTAX to bind against. */
export function parseCmdletPage(
	text: string,
	meta: { cmdlet: string; version: string; module: string }
): CmdletDoc {
	// Some pages have CRLF line ends.
	const page = text.replace(/\r\n?/g, '\n');
	const syntax = section(page, 'SYNTAX');
	if (!syntax) throw new ReferencePageError(`${meta.cmdlet} (${meta.version}): no ## SYNTAX section`);

	const parameters = new Map<string, ParameterDoc>();
	/** `param\0set` → documented position (a number, or NaN for Named). */
	const positions = new Map<string, number>();
	const allSetPositions = new Map<string, number>();
	const parameterSection = section(page, 'PARAMETERS') ?? '';
	for (const part of parameterSection.split(/^### -/m).slice(1)) {
		const name = /^([\w-]+)/.exec(part)?.[1];
		if (!name) continue;
		const blocks = [...part.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((m) => yamlFacts(m[1]!));
		if (blocks.length === 0) continue;
		const type = blocks[0]!.type;
		parameters.set(name.toLowerCase(), {
			name,
			type,
			aliases: [...new Set(blocks.flatMap((block) => block.aliases))],
			isSwitch: /(^|\.)SwitchParameter$/i.test(type),
			pipeline: blocks.some((block) => block.pipeline),
		});
		for (const block of blocks) {
			const position = Number.parseInt(block.position, 10);
			for (const set of block.sets) {
				if (set === '(All)') allSetPositions.set(name.toLowerCase(), position);
				else positions.set(`${name.toLowerCase()}\0${set.toLowerCase()}`, position);
			}
		}
	}

	// A cmdlet with one set writes its SYNTAX block without a heading: PowerShell calls it __AllParameterSets.
	const headed = headedBlocks(syntax);
	const blocks =
		headed.length > 0
			? headed
			: [...syntax.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((match) => ({
					heading: '__AllParameterSets (Default)',
					block: match[1]!,
				}));
	const sets: ParameterSet[] = blocks.map(({ heading, block }) => {
		const { name, isDefault, providers } = parseSetHeading(heading);
		const setParameters = parseSyntaxBlock(block);
		for (const parameter of setParameters) {
			// A parameter SYNTAX names but PARAMETERS leaves out is still a parameter of the cmdlet.
			if (!parameters.has(parameter.name.toLowerCase())) {
				const isSwitch = !new RegExp(`-${parameter.name}\\]?\\s*<`).test(block);
				parameters.set(parameter.name.toLowerCase(), {
					name: parameter.name,
					type: isSwitch ? 'SwitchParameter' : '',
					aliases: [],
					isSwitch,
					pipeline: false,
				});
			}
		}
		const positionOf = (parameter: string) => {
			const key = parameter.toLowerCase();
			const position =
				positions.get(`${key}\0${name.toLowerCase()}`) ?? allSetPositions.get(key) ?? Number.NaN;
			return Number.isNaN(position) ? Number.MAX_SAFE_INTEGER : position;
		};
		// Positional parameters bind in the order of their documented positions; SYNTAX order breaks ties
		// (the pages give several parameters `Position: 0` where the set orders them).
		const positionals = setParameters
			.filter((parameter) => parameter.positional)
			.map((parameter, index) => ({ name: parameter.name, index }))
			.sort((a, b) => positionOf(a.name) - positionOf(b.name) || a.index - b.index)
			.map((parameter) => parameter.name);
		return {
			name,
			isDefault,
			providers,
			parameters: setParameters,
			positionals,
			syntax: block.replace(/\s+/g, ' ').trim(),
		};
	});
	if (sets.length === 0)
		throw new ReferencePageError(`${meta.cmdlet} (${meta.version}): ## SYNTAX lists no set`);
	const commonText = (/^### CommonParameters[ \t]*\n([\s\S]*)/m.exec(parameterSection)?.[1] ?? '').split(
		/^#/m
	)[0]!;
	const commonParameters = [...commonText.matchAll(/(?<![\w-])-([A-Z]\w+)/g)].map((m) => m[1]!);
	return {
		name: meta.cmdlet,
		version: meta.version,
		module: meta.module,
		aliases: frontMatterAliases(page),
		sets,
		parameters,
		commonParameters,
	};
}

/**
 * The common parameters (about_CommonParameters, vendored as
 * `sources/powershell-docs/about-5.1/about_CommonParameters.md`): each `### -Name` of its
 * `## Common parameters` section with the Type and Aliases of its YAML block. `-WhatIf` and `-Confirm`
 * (its "Risk management parameters") are left out: a cmdlet's SYNTAX lists them where it has them.
 */
export function parseCommonParameters(about: string): Map<string, ParameterDoc> {
	const common = section(about.replace(/\r\n?/g, '\n'), 'Common parameters') ?? '';
	const found = new Map<string, ParameterDoc>();
	for (const part of common.split(/^### -/m).slice(1)) {
		const name = /^([\w-]+)/.exec(part)?.[1];
		const yaml = /^```yaml\n([\s\S]*?)^```/m.exec(part)?.[1];
		if (!name || !yaml) continue;
		const facts = yamlFacts(yaml);
		found.set(name.toLowerCase(), {
			name,
			type: facts.type,
			aliases: facts.aliases,
			isSwitch: /(^|\.)SwitchParameter$/i.test(facts.type),
			pipeline: false,
		});
	}
	return found;
}
