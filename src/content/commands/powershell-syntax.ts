/**
 * PowerShell code read with PowerShell's grammar: the `tree-sitter-powershell` grammar (its wasm build)
 * run by `web-tree-sitter`. What the command checker needs of a block: where it does not parse, every
 * command invocation (its name, its elements in order, whether input comes down the pipeline), the keys
 * of every hashtable assigned to a variable (for splatting), and any `<placeholder>` left in the code.
 *
 * The grammar has two gaps that valid PowerShell hits on this site, both forms the sources themselves
 * print, and both come out as ERROR nodes:
 * - a comma-separated list of bare words after a parameter or a cmdlet name (`Format-List -Property
 *   Name, Permission`, which PowerShell passes as an array; the cmdlet reference writes `Format-Table
 *   ComputerName, InstanceId -AutoSize` in Remove-PSSession's Example 5);
 * - a bare word with a sub-expression inside it (`Test-Path \\$($Using:ServerC.Name)\C$`, from the
 *   second-hop article), which PowerShell expands as it would the same text in double quotes.
 * When a block does not parse, such lists are quoted (`'Name', 'Permission'`, the same array) and such
 * words double-quoted (the same string), and the block is parsed again; the block passes only if that
 * parse is clean, and the rewritten text is what the checker reads. Nothing else is repaired.
 */
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';

export interface SyntaxProblem {
	/** 1-based line in the code. */
	line: number;
	text: string;
}

export type CommandElement =
	| {
			kind: 'parameter';
			/** The name without its dash, as written (`Comp` for `-Comp`). */
			name: string;
			/** The value written after a colon (`-Force:$true`), if any. */
			attached: string | undefined;
	  }
	| {
			kind: 'argument';
			text: string;
			/** An unquoted hashtable literal (`@{…}`). */
			hashtable: boolean;
			/** A script block literal (`{…}`). */
			scriptBlock: boolean;
	  }
	| { kind: 'splat'; variable: string };

export interface CommandCall {
	/** The command name as written (`Set-Item`, `winrm`, `dir`); `undefined` for `& $x`. */
	name: string | undefined;
	/** 1-based line in the code where the command starts. */
	line: number;
	text: string;
	elements: CommandElement[];
	/** Not first in its pipeline: something is piped into it (`Get-PSSession | Remove-PSSession`). */
	pipelineInput: boolean;
}

export interface ParsedCode {
	/** The text the checker read: the code, or its repair (see above). */
	code: string;
	errors: SyntaxProblem[];
	commands: CommandCall[];
	/** Lower-case variable name (no `$`) → the keys of the hashtable literal assigned to it. */
	hashtables: Map<string, string[]>;
	/** Every `<placeholder>` outside comments: a template the reader cannot paste. */
	placeholders: SyntaxProblem[];
}

const require = createRequire(import.meta.url);
let parserPromise: Promise<Parser> | undefined;

/** The one parser of the process (loading the wasm grammar takes a while; every block reuses it). */
function powershellParser(): Promise<Parser> {
	parserPromise ??= (async () => {
		await Parser.init();
		const language = await Language.load(
			require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')
		);
		const parser = new Parser();
		parser.setLanguage(language);
		return parser;
	})();
	return parserPromise;
}

function* walk(node: Node): Generator<Node> {
	yield node;
	for (const child of node.children) if (child) yield* walk(child);
}

function lineOf(node: Node): number {
	return node.startPosition.row + 1;
}

/** ERROR and MISSING nodes, the innermost of each. */
function syntaxErrors(root: Node): SyntaxProblem[] {
	const problems: SyntaxProblem[] = [];
	for (const node of walk(root)) {
		if (node.type === 'ERROR' || node.isMissing) {
			const text = node.isMissing ? `missing ${node.type}` : node.text.trim() || '(unexpected end)';
			problems.push({ line: lineOf(node), text });
		}
	}
	return problems;
}

const BARE_WORD = String.raw`[A-Za-z_][\w.-]*`;
const BARE_WORD_LIST = new RegExp(
	String.raw`(?<=(?:(?:^|\s)-[A-Za-z]\w*|(?:^|[\s|;({])[A-Za-z]+-[A-Za-z]\w*)[ \t]+)(${BARE_WORD}(?:[ \t]*,[ \t]*${BARE_WORD})+)(?=[ \t]|$)`,
	'gm'
);

/** An unquoted word, not itself opening with `$`, `(`, `@` or `{`, with a `$(…)` inside it. */
const EXPANDABLE_BARE_WORD = /(?<=[ \t])[^\s'"$(@{#][^\s'"]*\$\([^\s)]*\)[^\s'"]*/g;

/** Quotes bare-word lists and double-quotes bare words with sub-expressions (see the module comment). */
export function quoteBareWords(code: string): string {
	return code
		.replace(BARE_WORD_LIST, (list) =>
			list
				.split(',')
				.map((word) => `'${word.trim()}'`)
				.join(', ')
		)
		.replace(EXPANDABLE_BARE_WORD, (word) => `"${word}"`);
}

function commandElements(command: Node): CommandElement[] {
	const elements: CommandElement[] = [];
	const list = command.childForFieldName('command_elements');
	if (!list) return elements;
	const children = list.children.filter((child): child is Node => child !== null);
	for (let i = 0; i < children.length; i++) {
		const child = children[i]!;
		if (child.type === 'command_argument_sep' || child.type === 'redirection') continue;
		if (child.type === 'command_parameter') {
			// `-Path:C:\x` keeps the colon in the parameter node; `-Force:$true` puts it in the separator.
			let name = child.text.replace(/^-/, '');
			let attached: string | undefined;
			if (name.endsWith(':')) {
				name = name.slice(0, -1);
				attached = children[i + 1]?.text;
				i++;
			} else if (children[i + 1]?.type === 'command_argument_sep' && children[i + 1]!.text.startsWith(':')) {
				attached = children[i + 2]?.text;
				i += 2;
			}
			elements.push({ kind: 'parameter', name, attached });
			continue;
		}
		const text = child.text;
		if (/^@\w+$/.test(text)) {
			elements.push({ kind: 'splat', variable: text.slice(1).toLowerCase() });
			continue;
		}
		// An argument that opens with `@{` is a hashtable literal to PowerShell, whatever the command.
		elements.push({
			kind: 'argument',
			text,
			hashtable: text.startsWith('@{'),
			scriptBlock: text.startsWith('{'),
		});
	}
	return elements;
}

function commandCall(command: Node): CommandCall {
	const nameNode = command.childForFieldName('command_name');
	let previous = command.previousNamedSibling;
	while (previous && previous.type === 'comment') previous = previous.previousNamedSibling;
	return {
		name: nameNode?.type === 'command_name' ? nameNode.text : undefined,
		line: lineOf(command),
		text: command.text,
		elements: commandElements(command),
		pipelineInput: command.parent?.type === 'pipeline_chain' && previous !== null,
	};
}

/** `$x = @{ A = 1; 'B' = 2 }` → `x` → `['A', 'B']`. */
function hashtableAssignments(root: Node): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const node of walk(root)) {
		if (node.type !== 'assignment_expression') continue;
		const target = node.namedChildren.find((child) => child?.type === 'left_assignment_expression');
		const variable = /^\$(\w+)$/.exec(target?.text.trim() ?? '')?.[1];
		const value = node.namedChildren[node.namedChildren.length - 1];
		const hash = value && [...walk(value)].find((child) => child.type === 'hash_literal_expression');
		if (!variable || !hash || !value.text.trim().startsWith('@{')) continue;
		const body = hash.namedChildren.find((child) => child?.type === 'hash_literal_body');
		const keys = (body?.namedChildren ?? [])
			.filter((entry): entry is Node => entry?.type === 'hash_entry')
			.map((entry) => entry.namedChildren[0]?.text.replace(/^['"]|['"]$/g, '') ?? '');
		found.set(variable.toLowerCase(), keys);
	}
	return found;
}

const PLACEHOLDER = /<[A-Za-z][\w .:/-]*>/g;

function placeholders(code: string, root: Node): SyntaxProblem[] {
	// Comments may hold anything: blank them out (keeping lines) before looking.
	let uncommented = code;
	for (const node of walk(root)) {
		if (node.type !== 'comment') continue;
		uncommented =
			uncommented.slice(0, node.startIndex) +
			node.text.replace(/[^\n]/g, ' ') +
			uncommented.slice(node.endIndex);
	}
	const found: SyntaxProblem[] = [];
	for (const match of uncommented.matchAll(PLACEHOLDER)) {
		found.push({ line: uncommented.slice(0, match.index).split('\n').length, text: match[0] });
	}
	return found;
}

/** Parses a block of PowerShell (see the module comment for the one repair made). */
export async function parsePowerShell(code: string): Promise<ParsedCode> {
	const parser = await powershellParser();
	let text = code;
	let tree = parser.parse(text);
	if (tree?.rootNode.hasError) {
		const repaired = quoteBareWords(code);
		const second = repaired !== code ? parser.parse(repaired) : null;
		if (second && !second.rootNode.hasError) {
			tree = second;
			text = repaired;
		}
	}
	if (!tree) throw new Error('the PowerShell grammar returned no tree');
	const root = tree.rootNode;
	const result: ParsedCode = {
		code: text,
		errors: root.hasError ? syntaxErrors(root) : [],
		commands: [...walk(root)].filter((node) => node.type === 'command').map(commandCall),
		hashtables: hashtableAssignments(root),
		placeholders: placeholders(text, root),
	};
	tree.delete();
	return result;
}
