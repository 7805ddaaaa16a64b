/**
 * A Sätteri mdast plugin that records, while the processor renders an entry, the headings (with the ids
 * they render with), the code blocks (with their parsed meta), the inline code spans, the asides (by
 * type) and the text of every paragraph. The record rides out of the render in
 * the entry's frontmatter (`remarkPluginFrontmatter.outline` of Astro's `render()`), so the content checks
 * and the pages read exactly what was rendered, never a second parse of the Markdown.
 *
 * A code block whose meta cannot be used (an unknown option, a bad slot, a slot missing from its command)
 * stops the render of that file at once, naming the file and the line: Shiki would otherwise have to
 * mark slots it cannot place.
 */
import {
	CodeMetaError,
	locateSlots,
	parseCodeMeta,
	type PowerShellScope,
	type SlotRange,
} from '../values/code-meta';

export interface OutlineHeading {
	depth: number;
	/** The heading's text as rendered. */
	text: string;
	/** The id written as `{#id}`, which the heading renders with; `undefined` when none was written. */
	id: string | undefined;
	/** The line in the source file. */
	line: number;
}

export interface OutlineCodeBlock {
	lang: string;
	code: string;
	primary: boolean;
	/** Every place a declared slot's example stands in the code. */
	slots: SlotRange[];
	/** Why the block is only the reader's own check (`check="reason"`), if it is one. */
	check: string | undefined;
	/** The PowerShell the block is scoped to (`ps="7"`), if any. */
	ps: PowerShellScope | undefined;
	line: number;
}

/** An inline code span (`` `Get-Item x` ``) as rendered: its text and the line it starts on. */
export interface OutlineInlineCode {
	code: string;
	line: number;
}

/** An `<Aside type="…">` of the body and the line it opens on. */
export interface OutlineAside {
	type: string;
	line: number;
}

/** A paragraph's text as rendered (inline code included, markup dropped) and the line it starts on. */
export interface OutlineParagraph {
	text: string;
	line: number;
}

export interface ContentOutline {
	headings: OutlineHeading[];
	codeBlocks: OutlineCodeBlock[];
	inlineCode: OutlineInlineCode[];
	asides: OutlineAside[];
	paragraphs: OutlineParagraph[];
}

/** The key of the rendered frontmatter that carries the outline. */
export const OUTLINE_KEY = 'outline';

export class CodeBlockError extends Error {
	constructor(readonly file: string, readonly problems: readonly { line: number; message: string }[]) {
		super(problems.map(({ line, message }) => `${file}: code block at line ${line}: ${message}`).join('\n'));
		this.name = 'CodeBlockError';
	}
}

/** Just the parts of Sätteri's mdast nodes and context this plugin reads. */
interface SourceNode {
	position?: { start: { line: number } } | undefined;
}
interface HeadingNode extends SourceNode {
	depth: number;
	data?: { hProperties?: { id?: unknown } } | undefined;
}
interface CodeNode extends SourceNode {
	lang?: string | null | undefined;
	meta?: string | null | undefined;
	value: string;
}
interface InlineCodeNode extends SourceNode {
	value: string;
}
interface JsxElementNode extends SourceNode {
	name: string | null;
	attributes: readonly { type: string; name?: string; value?: unknown }[];
}
interface VisitorContext {
	fileURL: URL | undefined;
	data: Record<string, unknown>;
	textContent(node: never): string;
}

/** A path relative to the project, as the content checks name files (`content/fixes/x.mdx`). */
function projectPath(fileURL: URL | undefined): string {
	if (!fileURL) return '(unknown file)';
	const path = decodeURIComponent(fileURL.pathname);
	const at = path.lastIndexOf('/content/');
	return at >= 0 ? path.slice(at + 1) : path;
}

function readCodeBlock(node: CodeNode): OutlineCodeBlock {
	const lang = node.lang ?? '';
	const meta = parseCodeMeta(node.meta ?? undefined);
	if ((meta.primary || meta.slots.length > 0) && lang !== 'powershell') {
		throw new CodeMetaError('slots and primary are only for powershell blocks');
	}
	const line = node.position?.start.line ?? 0;
	if (meta.ps && lang !== 'powershell') throw new CodeMetaError('ps is only for powershell blocks');
	return {
		lang,
		code: node.value,
		primary: meta.primary,
		slots: locateSlots(node.value, meta.slots),
		check: meta.check,
		ps: meta.ps,
		line,
	};
}

/**
 * The plugin, as a factory: Sätteri calls it once per document, so one file's outline never leaks into
 * another's. Pass the function itself in `mdastPlugins`.
 */
export function contentOutline() {
	const outline: ContentOutline = {
		headings: [],
		codeBlocks: [],
		inlineCode: [],
		asides: [],
		paragraphs: [],
	};
	const problems: { line: number; message: string }[] = [];
	return {
		name: 'psrt:content-outline',
		// Lines name where a problem is; Sätteri records positions only when a plugin asks.
		options: { position: true },
		heading(node: HeadingNode, ctx: VisitorContext) {
			const id = node.data?.hProperties?.id;
			outline.headings.push({
				depth: node.depth,
				text: ctx.textContent(node as never),
				id: typeof id === 'string' ? id : undefined,
				line: node.position?.start.line ?? 0,
			});
		},
		code(node: CodeNode) {
			try {
				outline.codeBlocks.push(readCodeBlock(node));
			} catch (error) {
				if (!(error instanceof CodeMetaError)) throw error;
				problems.push({ line: node.position?.start.line ?? 0, message: error.message });
			}
		},
		inlineCode(node: InlineCodeNode) {
			outline.inlineCode.push({ code: node.value, line: node.position?.start.line ?? 0 });
		},
		paragraph(node: SourceNode, ctx: VisitorContext) {
			outline.paragraphs.push({
				text: ctx.textContent(node as never),
				line: node.position?.start.line ?? 0,
			});
		},
		mdxJsxFlowElement(node: JsxElementNode) {
			if (node.name !== 'Aside') return;
			const type = node.attributes.find((attribute) => attribute.name === 'type')?.value;
			outline.asides.push({
				// A type written as an expression (`type={x}`) is not known before the page runs: recorded as ''.
				type: typeof type === 'string' ? type : '',
				line: node.position?.start.line ?? 0,
			});
		},
		after(_root: unknown, ctx: VisitorContext) {
			if (problems.length > 0) throw new CodeBlockError(projectPath(ctx.fileURL), problems);
			const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
			if (astro?.frontmatter) astro.frontmatter[OUTLINE_KEY] = outline;
		},
	};
}

/** The outline a render recorded, from Astro's `remarkPluginFrontmatter`. */
export function renderedOutline(frontmatter: Record<string, unknown>, file: string): ContentOutline {
	const outline = frontmatter[OUTLINE_KEY] as ContentOutline | undefined;
	if (!outline) throw new Error(`${file} was rendered without the content-outline plugin (see astro.config.mjs)`);
	return outline;
}
