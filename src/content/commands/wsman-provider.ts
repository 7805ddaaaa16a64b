/**
 * The WSMan provider's dynamic parameters, read from about_WSMan_Provider (vendored as
 * `sources/powershell-docs/about-5.1/about_WSMan_Provider.md`): each `### Name \<Type\>` of its
 * `## Dynamic parameters` section with the cmdlets its "Cmdlets supported" list names, and each
 * "The `Cmdlet` cmdlet supports an additional parameter `-Name`" sentence elsewhere in the page (how it
 * documents `Set-Item … -Concatenate`; its example writes it with no value, so it is read as a switch).
 */
import type { ParameterDoc } from './cmdlet-reference';

/** Lower-case cmdlet name → its dynamic parameters on `WSMan:` paths. */
export function parseWsmanDynamicParameters(page: string): Map<string, ParameterDoc[]> {
	const text = page.replace(/\r\n?/g, '\n');
	const found = new Map<string, ParameterDoc[]>();
	const add = (cmdlet: string, parameter: ParameterDoc) => {
		const list = found.get(cmdlet.toLowerCase()) ?? [];
		if (!list.some((known) => known.name.toLowerCase() === parameter.name.toLowerCase()))
			list.push(parameter);
		found.set(cmdlet.toLowerCase(), list);
	};

	const start = text.search(/^## Dynamic parameters[ \t]*$/m);
	if (start >= 0) {
		const rest = text.slice(start).replace(/^[^\n]*\n/, '');
		const end = rest.search(/^## /m);
		const dynamic = end < 0 ? rest : rest.slice(0, end);
		for (const part of dynamic.split(/^### /m).slice(1)) {
			const name = /^(\w+)/.exec(part)?.[1];
			const type = /\\<([^\\>]*)\\>/.exec(part.split('\n')[0] ?? '')?.[1] ?? '';
			const supported = /^#### Cmdlets supported[ \t]*\n([\s\S]*?)(?=^#|(?![\s\S]))/im.exec(part)?.[1] ?? '';
			if (!name) continue;
			for (const match of supported.matchAll(/^-\s*\[?([A-Z][a-z]+-[A-Za-z]+)\]?/gm)) {
				add(match[1]!, { name, type, aliases: [], isSwitch: false, pipeline: false });
			}
		}
	}

	for (const match of text.matchAll(
		/The `([A-Z][a-z]+-[A-Za-z]+)` cmdlet supports an additional parameter `-(\w+)`/g
	)) {
		add(match[1]!, {
			name: match[2]!,
			type: 'SwitchParameter',
			aliases: [],
			isSwitch: true,
			pipeline: false,
		});
	}
	return found;
}
