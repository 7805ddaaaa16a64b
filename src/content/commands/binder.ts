/**
 * Binds one command invocation to a cmdlet's documented parameter sets, as PowerShell's parameter binder
 * would, from the reference page alone (see cmdlet-reference.ts):
 *
 * 1. Each named parameter (`-Name`, `-Name:value`, a splatted hashtable's key) is resolved among the
 *    cmdlet's parameters, their aliases, the common parameters its page lists and the provider's dynamic
 *    parameters: an exact name or alias, else a prefix that matches exactly one parameter; a prefix that
 *    matches several is ambiguous. A parameter given twice is an error.
 * 2. A parameter that is not a switch takes the next element as its value (or the one after a colon); a
 *    switch takes a value only after a colon (`-Force:$true`).
 * 3. The candidate sets are those that hold every named parameter (for a provider cmdlet, only the sets
 *    documented for the path's provider). In each, the positional arguments fill the set's positional
 *    parameters, in order, that were not given by name; one argument too many rules the set out. The set's
 *    mandatory parameters must then all be given, except those that take pipeline input when something is
 *    piped into the command.
 * 4. The command binds when exactly one set remains, or several and the default set is among them, or
 *    several and input comes down the pipeline (PowerShell then picks by the piped object). Of several
 *    sets, those where every script block literal (`{…}`) lands on a ScriptBlock parameter come first,
 *    as PowerShell binds without conversion before it converts (`Invoke-Command -Session $s {…}` is the
 *    Session set, not FilePathRunspace, whose positional FilePath is a string). Several sets and no
 *    default is PowerShell's "Parameter set cannot be resolved".
 *
 * `nameOnly` (for inline code in prose, such as "list them with `Get-PSSession -ComputerName`"): a last
 * parameter written without its value names the parameter; it is resolved, not asked for a value; and
 * several sets that fit are not an ambiguity (the prose names a use, not a whole call).
 *
 * Splatting an array or a variable the page never assigns a hashtable to cannot be checked: the caller
 * says so. Parameter types are not checked, except switch or not.
 */
import type { CmdletDoc, ParameterDoc, ParameterSet } from './cmdlet-reference';
import type { CommandElement } from './powershell-syntax';

export interface BindContext {
	/** Something is piped into the command. */
	pipelineInput: boolean;
	/** The common parameters, by lower-case name (about_CommonParameters). */
	common: ReadonlyMap<string, ParameterDoc>;
	/** Lower-case variable → keys of the hashtable assigned to it, for `@variable`. */
	hashtables: ReadonlyMap<string, readonly string[]>;
	/** The provider of the command's path (`WSMan`, `Registry`), when the cmdlet takes one and it is known. */
	provider?: string | undefined;
	/** The provider's dynamic parameters for this cmdlet, usable in every set. */
	dynamicParameters?: readonly ParameterDoc[];
	/** The command stands in prose: a last parameter without its value only names it (see above). */
	nameOnly?: boolean;
}

export interface BindSuccess {
	ok: true;
	/** The set PowerShell would use (or the sets, when the pipeline decides). */
	sets: string[];
}

export interface BindFailure {
	ok: false;
	reason: string;
}

export type BindResult = BindSuccess | BindFailure;

interface NamedBinding {
	parameter: ParameterDoc;
	/** Whether it is the cmdlet's own (set-bound) parameter, not a common or dynamic one. */
	own: boolean;
}

type Resolution = NamedBinding | { error: string };

/** Resolves `-name` among the parameters (exact name or alias first, then an unambiguous prefix). */
export function resolveParameter(
	written: string,
	cmdlet: CmdletDoc,
	context: Pick<BindContext, 'common' | 'dynamicParameters'>
): Resolution {
	const key = written.toLowerCase();
	const pool: NamedBinding[] = [
		...[...cmdlet.parameters.values()].map((parameter) => ({ parameter, own: true })),
		...cmdlet.commonParameters
			.map((name) => context.common.get(name.toLowerCase()))
			.filter((parameter): parameter is ParameterDoc => parameter !== undefined)
			.map((parameter) => ({ parameter, own: false })),
		...(context.dynamicParameters ?? []).map((parameter) => ({ parameter, own: false })),
	];
	const names = (binding: NamedBinding) =>
		[binding.parameter.name, ...binding.parameter.aliases].map((name) => name.toLowerCase());
	const exact = pool.find((binding) => names(binding).includes(key));
	if (exact) return exact;
	const byPrefix = pool.filter((binding) => names(binding).some((name) => name.startsWith(key)));
	const distinct = [...new Map(byPrefix.map((b) => [b.parameter.name.toLowerCase(), b])).values()];
	if (distinct.length === 1) return distinct[0]!;
	if (distinct.length > 1) {
		const matches = distinct.map((binding) => `-${binding.parameter.name}`).join(', ');
		return { error: `-${written} is ambiguous: it matches ${matches}` };
	}
	return { error: `-${written} is not a parameter of ${cmdlet.name}` };
}

function setsFor(cmdlet: CmdletDoc, provider: string | undefined): ParameterSet[] {
	return cmdlet.sets.filter(
		(set) =>
			!set.providers ||
			!provider ||
			set.providers.some((name) => name.toLowerCase() === provider.toLowerCase())
	);
}

function setNames(sets: readonly ParameterSet[]): string {
	return [...new Set(sets.map((set) => set.name))].join(', ');
}

/** Binds the elements of one command invocation to the cmdlet's documented sets. */
export function bindCommand(
	cmdlet: CmdletDoc,
	elements: readonly CommandElement[],
	context: BindContext
): BindResult {
	const named = new Map<string, NamedBinding>();
	const positional: { text: string; scriptBlock: boolean }[] = [];
	const fail = (reason: string): BindFailure => ({ ok: false, reason });

	const bindName = (written: string): NamedBinding | BindFailure => {
		const resolved = resolveParameter(written, cmdlet, context);
		if ('error' in resolved) return fail(resolved.error);
		const key = resolved.parameter.name.toLowerCase();
		if (named.has(key)) return fail(`-${resolved.parameter.name} is given more than once`);
		named.set(key, resolved);
		return resolved;
	};

	for (let i = 0; i < elements.length; i++) {
		const element = elements[i]!;
		if (element.kind === 'splat') {
			const keys = context.hashtables.get(element.variable);
			if (!keys)
				return fail(
					`@${element.variable} splats a variable this page assigns no hashtable literal to, so its parameters cannot be checked`
				);
			for (const key of keys) {
				const bound = bindName(key);
				if ('ok' in bound) return bound;
			}
			continue;
		}
		if (element.kind === 'argument') {
			positional.push({ text: element.text, scriptBlock: element.scriptBlock });
			continue;
		}
		const bound = bindName(element.name);
		if ('ok' in bound) return bound;
		if (bound.parameter.isSwitch || element.attached !== undefined) continue;
		const next = elements[i + 1];
		if (!next && context.nameOnly) continue;
		if (!next || next.kind !== 'argument')
			return fail(`-${bound.parameter.name} is missing its argument (it is not a switch)`);
		i++;
	}

	const candidates = setsFor(cmdlet, context.provider).filter((set) =>
		[...named.values()]
			.filter((binding) => binding.own)
			.every((binding) =>
				set.parameters.some(
					(parameter) => parameter.name.toLowerCase() === binding.parameter.name.toLowerCase()
				)
			)
	);
	if (candidates.length === 0) {
		const given = [...named.values()].filter((b) => b.own).map((b) => `-${b.parameter.name}`);
		const where = context.provider ? ` documented for the ${context.provider} provider` : '';
		const verb = given.length === 1 ? 'is in no parameter set' : 'are not all in one parameter set';
		return fail(
			`${given.join(', ')} ${verb}${where} (sets: ${setNames(setsFor(cmdlet, context.provider))})`
		);
	}

	const reasons: string[] = [];
	const bound: ParameterSet[] = [];
	/** Sets where a script block literal lands on a parameter that is not a ScriptBlock. */
	const converted = new Set<ParameterSet>();
	for (const set of candidates) {
		const free = set.positionals.filter((name) => !named.has(name.toLowerCase()));
		if (positional.length > free.length) {
			const extra = positional[free.length]!.text;
			reasons.push(`set ${set.name}: no positional parameter is left for the argument ${extra}`);
			continue;
		}
		positional.forEach((argument, index) => {
			const type = cmdlet.parameters.get(free[index]!.toLowerCase())?.type ?? '';
			if (argument.scriptBlock && !/ScriptBlock/i.test(type)) converted.add(set);
		});
		const given = new Set([...named.keys(), ...free.slice(0, positional.length).map((n) => n.toLowerCase())]);
		const missing = set.parameters.filter(
			(parameter) =>
				parameter.mandatory &&
				!given.has(parameter.name.toLowerCase()) &&
				!(context.pipelineInput && cmdlet.parameters.get(parameter.name.toLowerCase())?.pipeline)
		);
		if (missing.length > 0) {
			reasons.push(
				`set ${set.name}: the mandatory ${missing.map((p) => `-${p.name}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not given`
			);
			continue;
		}
		bound.push(set);
	}
	if (bound.length === 0) return fail(reasons.join('; '));
	const exact = bound.filter((set) => !converted.has(set));
	const preferred = exact.length > 0 ? exact : bound;
	const names = [...new Set(preferred.map((set) => set.name))];
	// In prose (`Invoke-Command -FilePath`) a command names a use, not a whole call: any set will do.
	if (names.length === 1 || context.pipelineInput || context.nameOnly)
		return { ok: true, sets: names };
	const fallback = preferred.find((set) => set.isDefault);
	if (fallback) return { ok: true, sets: [fallback.name] };
	return fail(`the parameter set cannot be resolved: ${names.join(', ')} all fit and none is the default`);
}
