/**
 * Plain text and headings out of HTML the site itself rendered (a heading's slot, a page body), for
 * labels and the "On this page" list. Not a general HTML parser: it reads markup our components write.
 */

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/** Decodes the character references a renderer writes (`&#39;`, `&#x27;`, `&amp;`…); unknown ones stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, name: string) => {
		if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? reference;
		const point =
			name[1] === 'x' || name[1] === 'X'
				? Number.parseInt(name.slice(2), 16)
				: Number(name.slice(1));
		return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : reference;
	});
}

/** The text a reader (or a screen reader) gets from a fragment of HTML: tags dropped, entities decoded, spaces collapsed. */
export function textOfHtml(html: string): string {
	return decodeEntities(html.replace(/<[^>]*>/g, ''))
		.replace(/\s+/g, ' ')
		.trim();
}

export interface RenderedHeading {
	depth: number;
	id: string;
	text: string;
}

const HEADING = /<h([2-6])\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

/** Every h2–h6 with an id in rendered HTML, in document order. */
export function headingsOfHtml(html: string): RenderedHeading[] {
	return [...html.matchAll(HEADING)].map((match) => ({
		depth: Number(match[1]),
		id: decodeEntities(match[2]!),
		text: textOfHtml(match[3]!),
	}));
}
