/**
 * Plain text and headings out of HTML the site itself rendered (a heading's slot, a page body), for
 * labels and the "On this page" list, read with the build's one HTML parser (html.ts).
 */
import { attributeOf, elementsOf, parseHtmlFragment, textContentOf } from './html';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a reader (or a screen reader) gets from a fragment of HTML: tags dropped, references decoded, spaces collapsed. */
export function textOfHtml(html: string): string {
	return collapse(textContentOf(parseHtmlFragment(html)));
}

export interface RenderedHeading {
	depth: number;
	id: string;
	text: string;
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

/** Every h2–h6 with an id in rendered HTML, in document order. */
export function headingsOfHtml(html: string): RenderedHeading[] {
	return elementsOf(parseHtmlFragment(html), ...HEADINGS).flatMap((heading) => {
		const id = attributeOf(heading, 'id');
		return id
			? [{ depth: Number(heading.tagName.slice(1)), id, text: collapse(textContentOf(heading)) }]
			: [];
	});
}
