/**
 * A line scanner for the Markdown bodies of content entries: it finds the headings (with their explicit
 * `{#id}`) and the fenced code blocks (with their language and meta), skipping what is inside fences.
 * The content checks use it to enforce stable heading ids and valid slot declarations before the build
 * renders anything.
 */

export interface OutlineHeading {
	depth: number;
	text: string;
	/** The explicit id written as `{#id}`, if any. */
	id: string | undefined;
	line: number;
}

export interface OutlineFence {
	lang: string;
	meta: string;
	code: string;
	line: number;
}

export interface Outline {
	headings: OutlineHeading[];
	fences: OutlineFence[];
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)[ \t]*(.*)$/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*$/;
const EXPLICIT_ID = /[ \t]*\{#([^}\s]+)\}$/;

export function outlineMarkdown(body: string): Outline {
	const lines = body.split(/\r?\n/);
	const headings: OutlineHeading[] = [];
	const fences: OutlineFence[] = [];
	let open: { marker: string; lang: string; meta: string; line: number; code: string[] } | undefined;

	lines.forEach((text, index) => {
		const line = index + 1;
		if (open) {
			const closing = text.trim();
			if (closing.startsWith(open.marker) && /^(`+|~+)$/.test(closing) && closing[0] === open.marker[0]) {
				fences.push({ lang: open.lang, meta: open.meta, code: open.code.join('\n'), line: open.line });
				open = undefined;
			} else {
				open.code.push(text);
			}
			return;
		}
		const fence = FENCE_OPEN.exec(text);
		if (fence) {
			open = { marker: fence[1]!, lang: fence[2] ?? '', meta: (fence[3] ?? '').trim(), line, code: [] };
			return;
		}
		const heading = HEADING.exec(text);
		if (heading) {
			const raw = heading[2]!.replace(/[ \t]+#+$/, '');
			const id = EXPLICIT_ID.exec(raw)?.[1];
			headings.push({ depth: heading[1]!.length, text: raw.replace(EXPLICIT_ID, ''), id, line });
		}
	});
	if (open) fences.push({ lang: open.lang, meta: open.meta, code: open.code.join('\n'), line: open.line });
	return { headings, fences };
}
